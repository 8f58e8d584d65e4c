import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../src/triage/safety.js';

/**
 * The safety layers over two sets written by outside authors who never saw the rules, the code
 * or each other's text (test/fixtures/triage-outside-r1-*.jsonl, 370 messages each). They were
 * scored once while sealed, before anyone tuning read them; now they are spent, so they hold
 * floors against regression only, and the next round needs new authors. A message counts as
 * caught when it is flagged or the bot asks its safety question. The floors are what this round
 * reached, far below the 0.98 the product needs (issue #16 stays open).
 */
interface Row {
  id: string;
  text: string;
  emergency: boolean;
  safeguarding: string | null;
}

const sets: [string, { caught: number; precision: number; askedOnBenign: number }][] = [
  ['triage-outside-r1-authC.jsonl', { caught: 0.65, precision: 0.93, askedOnBenign: 0.03 }],
  ['triage-outside-r1-authD.jsonl', { caught: 0.62, precision: 0.93, askedOnBenign: 0.04 }],
];

describe.each(sets)('safety on %s (outside authors, spent)', (file, floors) => {
  const rows: Row[] = readFileSync(fileURLToPath(new URL(`../fixtures/${file}`, import.meta.url)), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Row);
  const results = rows.map((row) => {
    const safety = assessSafety(row.text);
    const flagged = safety.emergency !== null || safety.safeguarding !== null;
    return { needs: row.emergency || row.safeguarding !== null, flagged, asked: !flagged && Boolean(safety.safetyCheck) };
  });
  const needing = results.filter((result) => result.needs);
  const benign = results.filter((result) => !result.needs);
  const flagged = results.filter((result) => result.flagged);

  it(`catches at least ${floors.caught} of the emergencies and disclosures (flag or question)`, () => {
    expect(needing.filter((result) => result.flagged || result.asked).length / needing.length).toBeGreaterThanOrEqual(floors.caught);
  });

  it(`flags with precision at least ${floors.precision}`, () => {
    expect(flagged.filter((result) => result.needs).length / flagged.length).toBeGreaterThanOrEqual(floors.precision);
  });

  it(`asks its safety question on at most ${floors.askedOnBenign} of the messages that needed none`, () => {
    expect(benign.filter((result) => result.asked).length / benign.length).toBeLessThanOrEqual(floors.askedOnBenign);
  });
});
