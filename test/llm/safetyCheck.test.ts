import { beforeEach, describe, expect, it } from 'vitest';
import { assessSafety } from '../../src/triage/safety.js';
import { withLlmReading } from '../../src/triage/safety/llmAddition.js';
import { useFakeOpenAi } from './fakeOpenAi.js';
import { servicesFor, type Harness } from './harness.js';

/** The model's safety reading beside the offline layers, against a local fake model. */
describe('the LLM safety check', () => {
  const fake = useFakeOpenAi();
  let harness: Harness;
  beforeEach(() => {
    harness = servicesFor(fake);
  });

  const quiet = 'can I swap my garage for one nearer the flats';

  it.each([
    [{ concern: 'adult-at-risk', certainty: 'clear' }, { safeguarding: 'adult-at-risk', safetyCheck: null }],
    [{ concern: 'self-harm', certainty: 'possible' }, { safeguarding: null, safetyCheck: 'self-harm' }],
    [{ concern: 'emergency', certainty: 'clear' }, { emergency: null, safetyCheck: 'danger' }],
    [{ concern: 'none', certainty: 'clear' }, { safeguarding: null, safetyCheck: null }],
  ])('a reading of %j adds %j', async (reading, expected) => {
    fake.script({ json: reading });
    // What a reading adds, not the budget (tested below): the first call of a loaded clean-clone run took 5.3 s, past the 3 s budget.
    const result = withLlmReading(assessSafety(quiet), await harness.llm.readSafety(quiet, 60_000));
    expect(result).toMatchObject(expected);
    expect(fake.requests[0]!.body.messages[1]!.content).toContain(quiet);
  });

  it.each([
    ['wrong (fails the schema)', { json: { concern: 'murder', certainty: 'very' } }],
    ['down', { status: 500 }],
    ['slow (past the budget)', { json: { concern: 'self-harm', certainty: 'clear' }, delayMs: 400 }],
  ])('when the model is %s the offline layers decide alone', async (_, reply) => {
    fake.script(reply as never, reply as never, reply as never);
    const reading = await harness.llm.readSafety(quiet, 100);
    expect(reading).toBeUndefined();
    expect(withLlmReading(assessSafety(quiet), reading)).toEqual(assessSafety(quiet));
  });

  it('never takes a flag or a question away', () => {
    const gas = assessSafety('I can smell gas in the kitchen');
    expect(withLlmReading(gas, { concern: 'none', certainty: 'clear' }).emergency).toBe('gas');
    const asked = assessSafety('we got the eviction notice today and honestly what is the point any more');
    expect(withLlmReading(asked, { concern: 'none', certainty: 'clear' }).safetyCheck).toBe('self-harm');
  });
});
