import { describe, expect, it } from 'vitest';
import { createTypoCorrector } from '../../../src/triage/safety/fuzzy.js';
import { oneOf, phrase, stemsOf, vocabularyOf } from '../../../src/triage/safety/rules.js';

/**
 * Typo correction aims at the rules' words, and some of those are open stems ("sozinh[oa]s?",
 * "kanalizacij\S*"). A word that is such a stem plus a letter is the stem's own inflection, which
 * the rule reads as written: cutting it back to the bare stem ("sozinho" → "sozinh") or turning it
 * into another language's word ("kanalizacija" → "kanalizacja") would lose the match.
 */
const patterns = [phrase(oneOf('sozinh[oa]s?', 'kanalizacij\\S*', 'kanalizacja', 'flooding', 'ceiling'))];
const corrector = createTypoCorrector({ vocabulary: vocabularyOf(patterns), protectedWords: new Set(), minLength: 5, stems: stemsOf(patterns) });

describe('typo correction beside open stems', () => {
  it.each([
    ['sozinho', 'sozinho'],
    ['kanalizacija', 'kanalizacija'],
    ['floding', 'flooding'],
    ['cieling', 'ceiling'],
  ])('%s reads as %s', (token, expected) => {
    expect(corrector.correct(token)).toBe(expected);
  });

  it('finds the stems: a word followed by a letter class, a group or \\S, not a whole word', () => {
    expect([...stemsOf(patterns)].sort()).toEqual(['kanalizacij', 'sozinh']);
  });
});
