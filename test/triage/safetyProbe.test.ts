import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../src/triage/safety.js';

/**
 * The safety detectors over test/fixtures/triage-probe.jsonl: 270 labelled messages written fresh,
 * away from the rules. A missed emergency or disclosure is the worst error, so recall must be total;
 * precision has floors that leave room for one or two cautious false flags as the rules grow.
 */
interface ProbeRow {
  id: string;
  text: string;
  emergency: boolean;
  safeguarding: string | null;
  wantsHuman: boolean;
}

const rows: ProbeRow[] = readFileSync(fileURLToPath(new URL('../fixtures/triage-probe.jsonl', import.meta.url)), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as ProbeRow);
const results = rows.map((row) => ({ row, result: assessSafety(row.text) }));

const floors = { emergencyPrecision: 0.95, safeguardingPrecision: 0.95, wantsHumanRecall: 0.9, wantsHumanPrecision: 0.9 };

/** Ids of rows where `wrong` holds, so a failure names the messages to look at. */
function idsWhere(wrong: (entry: (typeof results)[number]) => boolean): string[] {
  return results.filter(wrong).map(({ row }) => row.id);
}

function precision(predicted: (entry: (typeof results)[number]) => boolean, correct: (entry: (typeof results)[number]) => boolean): number {
  const flagged = results.filter(predicted);
  return flagged.filter(correct).length / flagged.length;
}

describe('safety probe (fresh wording)', () => {
  it('is a labelled set with emergencies, every kind of disclosure and requests for a person', () => {
    expect(rows.length).toBe(270);
    expect(rows.filter((row) => row.emergency).length).toBeGreaterThan(10);
    expect(new Set(rows.map((row) => row.safeguarding).filter(Boolean))).toEqual(new Set(['domestic-abuse', 'self-harm', 'child-at-risk', 'adult-at-risk']));
  });

  it('finds every emergency', () => {
    expect(idsWhere(({ row, result }) => row.emergency && result.emergency === null)).toEqual([]);
  });

  it('finds every disclosure, with its kind', () => {
    expect(idsWhere(({ row, result }) => row.safeguarding !== null && result.safeguarding !== row.safeguarding)).toEqual([]);
  });

  it(`keeps emergency precision at or above ${floors.emergencyPrecision}`, () => {
    expect(precision(({ result }) => result.emergency !== null, ({ row }) => row.emergency)).toBeGreaterThanOrEqual(floors.emergencyPrecision);
  });

  it(`keeps safeguarding precision at or above ${floors.safeguardingPrecision}`, () => {
    expect(precision(({ result }) => result.safeguarding !== null, ({ row, result }) => row.safeguarding === result.safeguarding)).toBeGreaterThanOrEqual(
      floors.safeguardingPrecision,
    );
  });

  it(`keeps wantsHuman recall and precision at or above ${floors.wantsHumanRecall} and ${floors.wantsHumanPrecision}`, () => {
    const wanted = results.filter(({ row }) => row.wantsHuman);
    expect(wanted.filter(({ result }) => result.wantsHuman).length / wanted.length).toBeGreaterThanOrEqual(floors.wantsHumanRecall);
    expect(precision(({ result }) => result.wantsHuman, ({ row }) => row.wantsHuman)).toBeGreaterThanOrEqual(floors.wantsHumanPrecision);
  });
});
