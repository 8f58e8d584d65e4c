import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifierModelPath, codeFingerprint, dataFingerprint } from '../../src/triage/safety/classifierFingerprint.js';
import { classifierFileSchema, headLabels, loadClassifier } from '../../src/triage/safety/classifierModel.js';
import { trainClassifier } from '../../src/triage/safety/trainClassifier.js';

const committed = classifierFileSchema.parse(JSON.parse(readFileSync(classifierModelPath, 'utf8')));

/**
 * The committed model (src/triage/safety/classifierModel.json) is what ships: it must have been
 * trained by today's trainer and features, on today's training files. Run `npm run train:safety`
 * (see README) when this fails.
 */
describe('the committed safety classifier', () => {
  it('was trained by the current trainer and features', () => {
    expect(committed.fingerprint.code).toBe(codeFingerprint());
  });

  it('was trained on the current training files (each one present on this machine)', () => {
    const present = Object.keys(committed.fingerprint.data).filter((path) => existsSync(path));
    expect(present).toEqual(expect.arrayContaining(['knowledge/training/authA.jsonl', 'knowledge/training/authN.jsonl']));
    expect(dataFingerprint(present)).toEqual(Object.fromEntries(present.map((path) => [path, committed.fingerprint.data[path]])));
  });

  it('has one head a label, each with its question threshold at or below its flag threshold', () => {
    expect(committed.heads.map((head) => head.label)).toEqual(headLabels);
    for (const head of committed.heads) expect(head.ask).toBeLessThanOrEqual(head.flag);
  });
});

describe('training', () => {
  const messages = [
    ...Array.from({ length: 20 }, (_, index) => ({ text: `my bin was not collected on day ${index}`, emergency: false, safeguarding: null })),
    ...Array.from({ length: 20 }, (_, index) => ({ text: `what day is recycling week ${index}`, emergency: false, safeguarding: null })),
    ...Array.from({ length: 10 }, (_, index) => ({ text: `I want to end my life tonight ${index}`, emergency: true, safeguarding: 'self-harm' })),
  ];
  const fingerprint = { code: 'test', data: {} };

  it('gives the same file for the same data', () => {
    expect(trainClassifier(messages, fingerprint)).toEqual(trainClassifier(messages, fingerprint));
  });

  it('scores a message like the positives above one like the negatives', () => {
    const classifier = loadClassifier(trainClassifier(messages, fingerprint));
    const selfHarm = (text: string) => classifier.score(text).find((head) => head.label === 'self-harm')!.score;
    expect(selfHarm('I want to end my life')).toBeGreaterThan(selfHarm('my bin was not collected'));
  });
});
