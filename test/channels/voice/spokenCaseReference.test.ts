import { describe, expect, it } from 'vitest';
import { issueCaseReference, normaliseCaseReference } from '../../../src/cases/caseReference.js';
import { spokenText } from '../../../src/channels/rendering/speech.js';
import { withSpokenCaseReference } from '../../../src/channels/voice/spokenCaseReference.js';

const prefix = 'NBC';
/** A real reference (its check symbol right), drawn from fixed symbols. */
const reference = issueCaseReference(prefix, 'missed-bin', (count) => [7, 20, 4, 23, 2, 21, 29].slice(0, count));
const written = reference.replace(/-/g, '');
/** "N B C, B I N, seven …", as the reference was read to the caller. */
const readOut = spokenText(reference).replace(/\.$/, '');

/** Each letter of the read-out said the way callers spell: Z as "zed", X as "x-ray", any other as "K for kilo". */
function spelledAsOnThePhone(said: string): string {
  const examples: Record<string, string> = { K: 'kilo', M: 'mike', Q: 'quebec', R: 'romeo', T: 'tango', N: 'nora', B: 'bravo', C: 'charlie', I: 'india' };
  return said.replace(/\b([A-Z])\b/g, (letter: string) => (letter === 'Z' ? 'zed' : letter === 'X' ? 'x-ray' : examples[letter] ? `${letter} for ${examples[letter]}` : letter));
}

describe('withSpokenCaseReference', () => {
  it.each([
    ['read back as it was read out', readOut],
    ['with "oh", lower case and no commas', readOut.replace(/,/g, '').toLowerCase()],
    ['prefix and type said as words', `NBC bin ${reference.split('-').slice(2).join(' ')}`],
    ['with the NATO alphabet', `November Bravo Charlie, B I N, ${readOut.split(', ').slice(2).join(', ')}`],
    ['with its dashes read out', `N B C dash B I N dash ${reference.split('-').slice(2).map((part) => part.split('').join(' ')).join(' dash ')}`],
    // Caller trial 10, finding 13: spelt as people spell on the phone.
    ['with "zed", "x-ray" and "K for kilo"', spelledAsOnThePhone(readOut)],
  ])('%s', (_case, spoken) => {
    const heard = withSpokenCaseReference(`my reference is ${spoken} please`, prefix);
    expect(heard).toBe(`my reference is ${written} please`);
    expect(normaliseCaseReference(written, prefix)).toBe(reference);
  });

  // Issue 21, fifth caller: "double oh" was refused or did not match.
  it.each([
    ['read out', 'N B C, R E P, oh oh oh one two three'],
    ['with "double oh"', 'N B C, R E P, double oh oh one two three'],
    ['with "triple oh"', 'november bravo charlie romeo echo papa triple oh one two three'],
    ['with "double zero"', 'N B C R E P zero double zero one two three'],
  ])('an old reference %s', (_case, spoken) => {
    expect(withSpokenCaseReference(spoken, prefix)).toBe('NBCREP000123');
  });

  it('a new reference with a double letter or digit in it', () => {
    const doubled = issueCaseReference(prefix, 'repair', (count) => [0, 0, 4, 4, 2, 21, 29].slice(0, count));
    const said = spokenText(doubled).replace(/\.$/, '').replace(/\b(\w+) \1\b/, 'double $1');
    expect(said).toContain('double');
    expect(withSpokenCaseReference(said, prefix)).toBe(doubled.replace(/-/g, ''));
  });

  it.each(['my bin was not collected', 'N B three, four Q T', 'one two three', 'yes please', 'NBC', 'a double bed and a double oh seven poster'])('leaves %j as it is', (utterance) => {
    expect(withSpokenCaseReference(utterance, prefix)).toBe(utterance);
  });
});
