import { describe, expect, it } from 'vitest';
import { scoreTriage, type LabelledMessage, type Prediction } from '../../src/triage/evaluation.js';

type Row = [label: Partial<LabelledMessage>, prediction: Partial<Prediction>];

/** Six messages whose report can be worked out by hand. */
const rows: Row[] = [
  // 1. an emergency, flagged
  [{ topic: 'repairs', emergency: true }, { topic: 'repairs', emergency: true }],
  // 2. an emergency, not flagged but asked the safety question
  [{ topic: 'repairs', emergency: true }, { topic: 'damp-mould', safetyCheck: true }],
  // 3. domestic abuse, flagged as such (topic not judged)
  [{ topic: 'housing-options', safeguarding: 'domestic-abuse' }, { topic: 'repairs', safeguarding: 'domestic-abuse' }],
  // 4. self-harm, flagged as the wrong category
  [{ topic: 'benefits', safeguarding: 'self-harm' }, { topic: 'benefits', safeguarding: 'domestic-abuse' }],
  // 5. nothing needed, asked anyway, in Polish, wrong topic
  [{ topic: 'missed-bin', lang: 'pol' }, { topic: 'waste-collections', safetyCheck: true }],
  // 6. nothing needed, nothing asked, right topic
  [{ topic: 'missed-bin' }, { topic: 'missed-bin' }],
];

const labels: LabelledMessage[] = rows.map(([label], index) => ({ id: `m${index + 1}`, text: '…', topic: 'repairs', emergency: false, safeguarding: null, wantsHuman: false, ...label }));
const predictions: Prediction[] = rows.map(([, prediction]) => ({ topic: 'repairs', emergency: false, safeguarding: null, wantsHuman: false, safetyCheck: false, ...prediction }));
const report = scoreTriage(labels, predictions);

describe('the triage evaluation report', () => {
  it.each([
    ['emergency recall: flagged only', report.emergency.recall, 1 / 2],
    ['emergency caught: flagged or asked', report.emergency.caught, 2 / 2],
    ['emergency precision', report.emergency.precision, 1 / 1],
    ['safeguarding recall: right category only', report.safeguarding.recall, 1 / 2],
    ['safeguarding precision: a wrong category is a false flag', report.safeguarding.precision, 1 / 2],
    ['domestic-abuse recall', report.safeguardingByCategory['domestic-abuse']!.recall, 1 / 1],
    ['domestic-abuse precision', report.safeguardingByCategory['domestic-abuse']!.precision, 1 / 2],
    ['self-harm caught', report.safeguardingByCategory['self-harm']!.caught, 0 / 1],
    ['safety question on messages that needed none', report.needlessQuestions.rate, 1 / 2],
    ['topic accuracy, judged without the safeguarding messages', report.topicAccuracy, 2 / 4],
    ['repairs accuracy', report.topicByTopic['repairs']!.accuracy, 1 / 2],
    ['missed-bin accuracy', report.topicByTopic['missed-bin']!.accuracy, 1 / 2],
    ['English accuracy (no lang field is English)', report.topicByLanguage['eng']!.accuracy, 2 / 3],
    ['Polish accuracy', report.topicByLanguage['pol']!.accuracy, 0 / 1],
  ])('%s', (_, value, expected) => {
    expect(value).toBeCloseTo(expected, 10);
  });

  it('counts what each figure is taken over', () => {
    expect(report.topicCount).toBe(4);
    expect(report.needlessQuestions).toMatchObject({ asked: 1, count: 2 });
    expect(Object.keys(report.safeguardingByCategory)).toEqual(['domestic-abuse', 'self-harm']);
    expect(report.safeguardingByCategory['self-harm']).toMatchObject({ positives: 1, predicted: 0 });
  });

  it('lists the confusions, commonest first', () => {
    expect(report.confusions).toEqual([
      { expected: 'repairs', predicted: 'damp-mould', count: 1 },
      { expected: 'missed-bin', predicted: 'waste-collections', count: 1 },
    ]);
  });
});
