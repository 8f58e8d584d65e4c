import { afterAll, describe, expect, it } from 'vitest';
import type { SafetyReading } from '../../src/llm/safetyCheck.js';
import { PooledEmbedder } from '../../src/knowledge/pooledEmbedder.js';
import { UseLiteEmbedder } from '../../src/knowledge/useLiteEmbedder.js';
import { createSafetyByExample } from '../../src/triage/safety/byExample.js';
import { pooledSafetyByExample, type ExampleReader } from '../../src/triage/pooledSafetyByExample.js';

const concern: SafetyReading = { concern: 'self-harm', certainty: 'possible' };

/** A reader that answers from a table, counting what it was asked; `never` never answers, `broken` fails once. */
function tableReader() {
  const asked: string[] = [];
  let broken = true;
  const reader: ExampleReader = {
    readByExample: async (text) => {
      asked.push(text);
      if (text === 'never') return new Promise<SafetyReading>(() => undefined);
      if (text === 'broken' && broken) {
        broken = false;
        throw new Error('the pool failed');
      }
      return concern;
    },
  };
  return { reader, asked };
}

describe('the reading by example on the encoder pool', () => {
  it.each([
    ['the same message twice', ['I want to end it all', 'I want to end it all'], [concern, concern], ['I want to end it all']],
    ['the same message with other spacing', ['I want  to end it all ', 'I want to end it all'], [concern, concern], ['I want to end it all']],
    ['two messages', ['yes', 'no'], [concern, concern], ['yes', 'no']],
    ['a reading later than the budget', ['never'], [undefined], ['never']],
    ['a failed reading, tried again next time', ['broken', 'broken'], [undefined, concern], ['broken', 'broken']],
  ])('%s', async (_, messages, readings, asked) => {
    const table = tableReader();
    const read = pooledSafetyByExample(table.reader, 50);
    const got: (SafetyReading | undefined)[] = [];
    for (const message of messages) got.push(await read(message));
    expect(got).toEqual(readings);
    expect(table.asked).toEqual(asked);
  });

  describe('with the bundled encoder', () => {
    const pool = new PooledEmbedder({ threads: 1 });
    afterAll(() => pool.close());

    it('reads each message as the reading in this thread does', async () => {
      const inThread = createSafetyByExample(new UseLiteEmbedder(), undefined, 60_000);
      const onPool = pooledSafetyByExample(pool, 60_000);
      const texts = ['my partner hits me and I am scared to go home', 'I cant cope anymore and I have pills', 'When is my bin collected?'];
      const readings = [];
      for (const text of texts) {
        const reading = await onPool(text);
        expect(reading).toEqual(await inThread(text));
        readings.push(reading?.concern);
      }
      expect(readings).toEqual(['domestic-abuse', 'self-harm', 'none']);
    });
  });
});
