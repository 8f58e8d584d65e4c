import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { UseLiteEmbedder } from '../../src/knowledge/useLiteEmbedder.js';
import { assessSafety, type SafetyAssessment } from '../../src/triage/safety.js';
import { committedExampleBank } from '../../src/triage/safety/byExample.js';
import { withLlmReading } from '../../src/triage/safety/llmAddition.js';

/**
 * The safety layers over sets written by outside authors (one or two a round) who never saw the rules, the code
 * or each other's text (test/fixtures/triage-outside-r*-*.jsonl, 360–370 messages each; round 5's first set has most of its messages in the ten community languages). They were
 * scored once while sealed, before anyone tuning read them; now they are spent, so they hold
 * floors against regression only, and the next round needs new authors. A message counts as
 * caught when it is flagged or the bot asks its safety question. The floors are what was
 * reached, far below the 0.98 the product needs (issue #16 stays open): for the offline layers
 * alone, and with the reading by example added as the bot adds it. Since round 9 the classifier
 * and the example bank are trained on these sets as well (more authors carried better to new ones
 * than anything else measured), so they are regression floors only; the sealed sets judge.
 */
interface Row {
  id: string;
  text: string;
  emergency: boolean;
  safeguarding: string | null;
}

interface Floors {
  caught: number;
  precision: number;
  askedOnBenign: number;
}

const sets: [string, { offline: Floors; byExample: Floors }][] = [
  // Round 6 (training author R in the classifier and the example bank, community-language messages read by the classifier without a
  // sign of risk beside it, concepts from the spent sets' misses): caught with the reading by example P 0.708 → 0.757, Q 0.908 → 0.936,
  // M 0.899 → 0.919 over the nine sets 1,285 → 1,304 of 1,405, asked on harmless 41 → 42 of 1,875. Four floors moved by one message
  // each: C offline caught 0.92 → 0.91 and one more harmless message asked about in F, I and Q, from the retrained thresholds.
  // Raised in round 4 (concept families by kind in the ten community languages, English third-party child and adult wording, training author N),
  // caught with the reading by example: C 0.867 → 0.953, D 0.880 → 0.953, E 0.762 → 0.939, F 0.831 → 0.935, H 0.814 → 0.952, I 0.907 → 0.951.
  // Raised in round 3 (training authors J and K, concept families by category): C 0.827 → 0.867, D 0.847 → 0.880, E 0.735 → 0.762, F 0.799 → 0.831 caught with the reading by example.
  ['triage-outside-r1-authC.jsonl', { offline: { caught: 0.91, precision: 0.96, askedOnBenign: 0.02 }, byExample: { caught: 0.95, precision: 0.96, askedOnBenign: 0.02 } }],
  ['triage-outside-r1-authD.jsonl', { offline: { caught: 0.92, precision: 0.955, askedOnBenign: 0.01 }, byExample: { caught: 0.95, precision: 0.955, askedOnBenign: 0.01 } }],
  // Round 2, sealed until scored once at the end of that round (E: 0.605 → 0.735 caught with the reading by example, F: 0.656 → 0.799).
  ['triage-outside-r2-authE.jsonl', { offline: { caught: 0.87, precision: 0.93, askedOnBenign: 0.015 }, byExample: { caught: 0.93, precision: 0.93, askedOnBenign: 0.035 } }],
  ['triage-outside-r2-authF.jsonl', { offline: { caught: 0.9, precision: 0.92, askedOnBenign: 0.01 }, byExample: { caught: 0.93, precision: 0.92, askedOnBenign: 0.015 } }],
  // Round 3, sealed until scored before and after that round's tuning (H: 0.809 → 0.814 caught with the reading by example, I: 0.863 → 0.907).
  ['triage-outside-r3-authH.jsonl', { offline: { caught: 0.9, precision: 0.96, askedOnBenign: 0.025 }, byExample: { caught: 0.95, precision: 0.96, askedOnBenign: 0.03 } }],
  ['triage-outside-r3-authI.jsonl', { offline: { caught: 0.91, precision: 0.98, askedOnBenign: 0.025 }, byExample: { caught: 0.95, precision: 0.98, askedOnBenign: 0.04 } }],
  // Round 4, sealed until scored before and after that round's tuning (M: 0.846 → 0.893 caught with the reading by example; English 0.969 → 0.990, the ten community languages 0.623 → 0.717).
  ['triage-outside-r4-authM.jsonl', { offline: { caught: 0.83, precision: 0.95, askedOnBenign: 0.015 }, byExample: { caught: 0.91, precision: 0.95, askedOnBenign: 0.02 } }],
  // Round 5, sealed until scored before and after that round's tuning (training author R, concepts told by what is done or heard):
  // caught with the reading by example P 0.694 → 0.708 (community languages 0.568 → 0.589), Q 0.879 → 0.908 (0.700 → 0.800).
  ['triage-outside-r5-authP.jsonl', { offline: { caught: 0.635, precision: 0.855, askedOnBenign: 0.025 }, byExample: { caught: 0.75, precision: 0.855, askedOnBenign: 0.035 } }],
  ['triage-outside-r5-authQ.jsonl', { offline: { caught: 0.855, precision: 0.91, askedOnBenign: 0.025 }, byExample: { caught: 0.93, precision: 0.91, askedOnBenign: 0.035 } }],
];

function rates(rows: readonly Row[], assessments: readonly SafetyAssessment[]): Floors {
  const results = rows.map((row, index) => {
    const safety = assessments[index]!;
    const flagged = safety.emergency !== null || safety.safeguarding !== null;
    return { needs: row.emergency || row.safeguarding !== null, flagged, asked: !flagged && Boolean(safety.safetyCheck) };
  });
  const needing = results.filter((result) => result.needs);
  const benign = results.filter((result) => !result.needs);
  const flagged = results.filter((result) => result.flagged);
  return {
    caught: needing.filter((result) => result.flagged || result.asked).length / needing.length,
    precision: flagged.filter((result) => result.needs).length / flagged.length,
    askedOnBenign: benign.filter((result) => result.asked).length / benign.length,
  };
}

const encoder = new UseLiteEmbedder();

describe.each(sets)('safety on %s (outside authors, spent)', (file, floors) => {
  const rows: Row[] = readFileSync(fileURLToPath(new URL(`../fixtures/${file}`, import.meta.url)), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Row);
  const offline = rows.map((row) => assessSafety(row.text));
  let byExample: SafetyAssessment[] = [];
  beforeAll(async () => {
    const bank = committedExampleBank();
    const vectors = await encoder.embed(rows.map((row) => row.text));
    byExample = offline.map((safety, index) => withLlmReading(safety, bank.read(vectors[index]!), 'example'));
  }, 300_000);

  describe.each([
    ['the offline layers', () => offline, floors.offline],
    ['with the reading by example', () => byExample, floors.byExample],
  ] as const)('%s', (_, assessments, floor) => {
    it(`catch at least ${floor.caught} of the emergencies and disclosures (flag or question)`, () => {
      expect(rates(rows, assessments()).caught).toBeGreaterThanOrEqual(floor.caught);
    });

    it(`flag with precision at least ${floor.precision}`, () => {
      expect(rates(rows, assessments()).precision).toBeGreaterThanOrEqual(floor.precision);
    });

    it(`ask the safety question on at most ${floor.askedOnBenign} of the messages that needed none`, () => {
      expect(rates(rows, assessments()).askedOnBenign).toBeLessThanOrEqual(floor.askedOnBenign);
    });
  });
});
