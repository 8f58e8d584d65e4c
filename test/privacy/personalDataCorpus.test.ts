import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { redactPersonalData } from '../../src/privacy/redact.js';

/**
 * Recall and false positives of the redactor on corpora of resident-style sentences (fictional
 * people, UK formats, typos, lower case), each with the exact pieces of personal data that must
 * disappear, and sentences with none, which must come out unchanged (an unanswered-questions
 * report of "[name] [name]" is no report).
 */
const sample = z.object({ text: z.string().min(1), personal: z.array(z.string().min(1)) });
const readCorpus = (name: string) =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')
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

/**
 * Each corpus with its floors. Ours was written by the people who tune the patterns; the outside
 * rounds were written by authors who never saw the code, each sealed until the round after it
 * was tuned (round 3 was scored once, sealed, and is held at what it measured: a regression floor,
 * below the 0.95 the security review asked for). The next round needs a new outside corpus.
 */
const corpora = [
  { name: 'personal-data.jsonl', minimumRecall: 0.95, maximumFalsePositiveRate: 0.05 },
  { name: 'personal-data-outside-r1.jsonl', minimumRecall: 0.95, maximumFalsePositiveRate: 0.05 },
  { name: 'personal-data-outside-r2.jsonl', minimumRecall: 0.95, maximumFalsePositiveRate: 0.05 },
  { name: 'personal-data-outside-r3.jsonl', minimumRecall: 0.86, maximumFalsePositiveRate: 0.08 },
];

describe.each(corpora)('personal-data corpus $name', ({ name, minimumRecall, maximumFalsePositiveRate }) => {
  const corpus = readCorpus(name);
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
      `${name}: recall ${recall.toFixed(3)} (${pieces - leaks.length}/${pieces} pieces), ` +
        `false positives ${falsePositiveRate.toFixed(3)} (${changed.length}/${without.length} sentences)`,
    );
    expect(recall, `leaked:\n${leaks.join('\n')}`).toBeGreaterThanOrEqual(minimumRecall);
    expect(falsePositiveRate, `changed:\n${changed.join('\n')}`).toBeLessThanOrEqual(maximumFalsePositiveRate);
  });
});
