import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Embedder } from '../../src/knowledge/embedder.js';
import { useLiteModel } from '../../src/knowledge/useLiteModel.js';
import { assessSafety } from '../../src/triage/safety.js';
import { createSafetyByExample } from '../../src/triage/safety/byExample.js';
import { classifierModelPath, codeFingerprint, dataFingerprint, exampleBankCode, exampleBankPath } from '../../src/triage/safety/classifierFingerprint.js';
import { classifierFileSchema } from '../../src/triage/safety/classifierModel.js';
import { exampleBankFileSchema, loadExampleBank } from '../../src/triage/safety/exampleBank.js';
import { withLlmReading } from '../../src/triage/safety/llmAddition.js';
import { labelOf, trainExampleBank, type LabelledExample } from '../../src/triage/safety/trainExampleBank.js';

/**
 * The reading by example: a message is read against its nearest labelled examples. Here the
 * "encoder" is a table of unit vectors in four dimensions, so each case says plainly where a
 * message lies: near the self-harm examples, near the harmless ones, or between.
 */
const unit = (...values: number[]) => {
  const length = Math.hypot(...values);
  return values.map((value) => value / length);
};
const directions = {
  selfHarm: unit(1, 0.1, 0, 0),
  abuse: unit(0, 1, 0.1, 0),
  bins: unit(0, 0, 1, 0.1),
  parking: unit(0.1, 0, 0, 1),
};
/** A small spread around a direction, so neighbours are not all equally near. */
const near = (direction: number[], step: number) => unit(...direction.map((value, index) => value + (index === step % 4 ? 0.05 : 0)));

const examples: (LabelledExample & { vector: number[] })[] = [
  ...[0, 1, 2, 3].flatMap((step) => [
    { emergency: false, safeguarding: 'self-harm', author: step % 2 ? 'a' : 'b', vector: near(directions.selfHarm, step) },
    { emergency: false, safeguarding: 'domestic-abuse', author: step % 2 ? 'a' : 'b', vector: near(directions.abuse, step) },
    { emergency: false, safeguarding: null, author: step % 2 ? 'a' : 'b', vector: near(directions.bins, step) },
    { emergency: false, safeguarding: null, author: step % 2 ? 'b' : 'a', vector: near(directions.parking, step) },
  ]),
];
const file = trainExampleBank(examples, examples.map((example) => example.vector), { embedder: 'table', fingerprint: { code: 'test', data: {} } });
const bank = loadExampleBank(file);

describe('reading a message by its nearest examples', () => {
  it.each([
    ['among the self-harm examples', directions.selfHarm, { concern: 'self-harm', certainty: 'possible' }],
    ['among the domestic abuse examples', directions.abuse, { concern: 'domestic-abuse', certainty: 'possible' }],
    ['among the harmless examples', directions.bins, { concern: 'none', certainty: 'clear' }],
    ['among the parking examples, a little towards self-harm', unit(0.1, 0, 0, 1), { concern: 'none', certainty: 'clear' }],
  ])('a message %s', (_, vector, reading) => {
    expect(bank.read(vector)).toEqual(reading);
  });

  it.each([
    ['a self-harm emergency', { emergency: true, safeguarding: 'self-harm' }, 'self-harm'],
    ['an emergency alone', { emergency: true, safeguarding: null }, 'emergency'],
    ['a harmless message', { emergency: false, safeguarding: null }, 'none'],
  ] as const)('labels %s as %s', (_, example, label) => {
    expect(labelOf(example)).toBe(label);
  });

  it('sets its threshold above the benign examples read without their own author', () => {
    for (const example of examples) {
      if (example.safeguarding) continue;
      expect(bank.lean(example.vector, (other) => examples[other]!.author === example.author).score).toBeLessThan(file.threshold);
    }
  });
});

/** An encoder that answers from the table above, or fails, or takes too long. */
function tableEncoder(behaviour: 'answers' | 'fails' | 'slow', id = 'table'): Embedder {
  return {
    id,
    dimensions: 4,
    embed: async (texts) => {
      if (behaviour === 'fails') throw new Error('encoder down');
      if (behaviour === 'slow') await new Promise((resolve) => setTimeout(resolve, 300));
      return texts.map((text) => (text.includes('pills') ? directions.selfHarm : directions.bins));
    },
  };
}

describe('the reading by example beside the offline layers', () => {
  const quiet = 'can I swap my garage for one nearer the flats';

  it('adds the safety question when the message lies among concerns, and nothing otherwise', async () => {
    const read = createSafetyByExample(tableEncoder('answers'), bank);
    const asked = withLlmReading(assessSafety(quiet), await read('pills'), 'example');
    expect(asked).toMatchObject({ safetyCheck: 'self-harm', safeguarding: null, emergency: null });
    expect(asked.evidence).toContain('example.self-harm.possible');
    expect(withLlmReading(assessSafety(quiet), await read(quiet), 'example')).toEqual(assessSafety(quiet));
  });

  it.each([['fails', 'fails'], ['is slower than the budget', 'slow']] as const)('gives no reading when the encoder %s', async (_, behaviour) => {
    expect(await createSafetyByExample(tableEncoder(behaviour), bank, 100)('pills')).toBeUndefined();
  });

  it('refuses an encoder other than the one the bank was built with', () => {
    expect(() => createSafetyByExample(tableEncoder('answers', 'another-model'), bank)).toThrow(/built with table/);
  });
});

/** The committed bank (src/triage/safety/exampleBank.json) must match today's code and training files: run `npm run train:safety` when this fails. */
describe('the committed example bank', () => {
  const committed = exampleBankFileSchema.parse(JSON.parse(readFileSync(exampleBankPath, 'utf8')));

  it('was built by the current code, with the bundled encoder', () => {
    expect(committed.fingerprint.code).toBe(codeFingerprint(exampleBankCode));
    expect(committed.embedder).toBe(useLiteModel.id);
    expect(committed.dimensions).toBe(useLiteModel.dimensions);
  });

  it('was built from training files the classifier was trained on too (it has the spent sets besides), as they are today', () => {
    const classifier = classifierFileSchema.parse(JSON.parse(readFileSync(classifierModelPath, 'utf8')));
    expect(classifier.fingerprint.data).toMatchObject(committed.fingerprint.data);
    const present = Object.keys(committed.fingerprint.data).filter((path) => existsSync(path));
    expect(present).toContain('knowledge/training/authA.jsonl');
    expect(dataFingerprint(present)).toEqual(Object.fromEntries(present.map((path) => [path, committed.fingerprint.data[path]])));
  });
});
