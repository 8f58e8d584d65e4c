import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { redactPersonalData } from '../../src/privacy/redact.js';

/**
 * Recall and false positives of the redactor on test/fixtures/personal-data.jsonl: resident-style
 * sentences we wrote (fictional people, UK formats, typos, lower case) before tuning the patterns,
 * each with the exact pieces of personal data that must disappear, and sentences with none, which
 * must come out unchanged (an unanswered-questions report of "[name] [name]" is no report).
 */
const sample = z.object({ text: z.string().min(1), personal: z.array(z.string().min(1)) });
const corpus = readFileSync(new URL('../fixtures/personal-data.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => sample.parse(JSON.parse(line)));

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The words of one piece of personal data still in the redacted text. A piece half removed
 * ("Mary [name]") leaks; a word the sentence also uses outside its personal data does not count.
 */
function leakedWords(text: string, personal: readonly string[], piece: string, redacted: string): string[] {
  const rest = personal.reduce((remaining, other) => remaining.split(other).join(' '), text);
  const elsewhere = new Set(words(rest));
  const left = new Set(words(redacted.replace(/\[[a-z-]+\]/g, ' ')));
  return words(piece).filter((word) => !elsewhere.has(word) && left.has(word));
}

/** The floors the security review asked for (issue 8). */
const minimumRecall = 0.95;
const maximumFalsePositiveRate = 0.05;

describe('personal-data corpus', () => {
  const withPersonalData = corpus.filter(({ personal }) => personal.length > 0);
  const without = corpus.filter(({ personal }) => personal.length === 0);

  it('has at least 200 sentences with personal data and 100 without', () => {
    expect(withPersonalData.length).toBeGreaterThanOrEqual(200);
    expect(without.length).toBeGreaterThanOrEqual(100);
    for (const { text, personal } of withPersonalData) for (const piece of personal) expect(text).toContain(piece);
  });

  it(`removes at least ${minimumRecall} of the personal data and changes at most ${maximumFalsePositiveRate} of the other sentences`, () => {
    const leaks: string[] = [];
    let pieces = 0;
    for (const { text, personal } of withPersonalData) {
      const redacted = redactPersonalData(text);
      for (const piece of personal) {
        pieces += 1;
        const leaked = leakedWords(text, personal, piece, redacted);
        if (leaked.length > 0) leaks.push(`${JSON.stringify(piece)} in ${JSON.stringify(redacted)}`);
      }
    }
    const changed = without.flatMap(({ text }) => {
      const redacted = redactPersonalData(text);
      return redacted === text ? [] : [`${JSON.stringify(text)} → ${JSON.stringify(redacted)}`];
    });
    const recall = (pieces - leaks.length) / pieces;
    const falsePositiveRate = changed.length / without.length;
    console.log(
      `personal-data corpus: recall ${recall.toFixed(3)} (${pieces - leaks.length}/${pieces} pieces), ` +
        `false positives ${falsePositiveRate.toFixed(3)} (${changed.length}/${without.length} sentences)`,
    );
    expect(recall, `leaked:\n${leaks.join('\n')}`).toBeGreaterThanOrEqual(minimumRecall);
    expect(falsePositiveRate, `changed:\n${changed.join('\n')}`).toBeLessThanOrEqual(maximumFalsePositiveRate);
  });
});
