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

describe('withSpokenCaseReference', () => {
  it.each([
    ['read back as it was read out', readOut],
    ['with "oh", lower case and no commas', readOut.replace(/,/g, '').toLowerCase()],
    ['prefix and type said as words', `NBC bin ${reference.split('-').slice(2).join(' ')}`],
    ['with the NATO alphabet', `November Bravo Charlie, B I N, ${readOut.split(', ').slice(2).join(', ')}`],
  ])('%s', (_case, spoken) => {
    const heard = withSpokenCaseReference(`my reference is ${spoken} please`, prefix);
    expect(heard).toBe(`my reference is ${written} please`);
    expect(normaliseCaseReference(written, prefix)).toBe(reference);
  });

  it('an old reference read out ("N B C, R E P, oh oh oh one two three")', () => {
    expect(withSpokenCaseReference('N B C, R E P, oh oh oh one two three', prefix)).toBe('NBCREP000123');
  });

  it.each(['my bin was not collected', 'N B three, four Q T', 'one two three', 'yes please', 'NBC'])('leaves %j as it is', (utterance) => {
    expect(withSpokenCaseReference(utterance, prefix)).toBe(utterance);
  });
});
