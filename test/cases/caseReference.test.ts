import { describe, expect, it } from 'vitest';
import { findCaseReference, issueCaseReference, normaliseCaseReference, readCaseReference, type RandomSymbols } from '../../src/cases/caseReference.js';
import { caseTypes } from '../../src/cases/caseSystem.js';

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const format = /^NBC-(REP|DMP|BIN|CBK)-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;
/** Fixed symbols, so a test can name the reference they make. */
const fixed =
  (...values: number[]): RandomSymbols =>
  (count) =>
    values.slice(0, count);

/** A repeatable source (a linear congruential generator), so a failure names the same references every run. */
function seeded(seed: number): RandomSymbols {
  let state = seed;
  return (count) =>
    Array.from({ length: count }, () => {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      return (state >>> 16) % 32;
    });
}
const source = seeded(2026);
/** Seven digits first: the check is then the only letter, the case most likely to be misread as an old number. */
const digitsFirst = (index: number): RandomSymbols => {
  let first = true;
  return (count) => (first ? ((first = false), String(3_000_000 + index * 104_729).slice(0, count).split('').map(Number)) : source(count));
};

/** For every type: 40 references, and 10 whose random symbols are all digits. */
const sample = caseTypes.flatMap((type) => [
  ...Array.from({ length: 40 }, () => issueCaseReference('NBC', type, source)),
  ...Array.from({ length: 10 }, (_unused, index) => issueCaseReference('NBC', type, digitsFirst(index))),
]);

/** The symbols a resident types after the prefix: the type code and the eight symbols, dashes left out (BIN's I reads as 1). */
const typed = (reference: string): string => reference.slice('NBC-'.length).replace(/-/g, '').replace('I', '1');
const withTyped = (symbols: string): string => `NBC-${symbols}`;

describe('case references', () => {
  it.each([...sample.slice(0, 4), ...sample.slice(40, 44)])('%s has the prefix, the type code and two groups of four Crockford symbols', (reference) => {
    expect(reference).toMatch(format);
    expect(normaliseCaseReference(reference, 'NBC')).toBe(reference);
  });

  it('catches every single-symbol substitution after the prefix, type code included, before any look-up', () => {
    let tried = 0;
    for (const reference of sample) {
      const symbols = typed(reference);
      for (let position = 0; position < symbols.length; position += 1) {
        for (const other of alphabet) {
          if (other === symbols[position]) continue;
          const wrong = withTyped(symbols.slice(0, position) + other + symbols.slice(position + 1));
          tried += 1;
          expect(normaliseCaseReference(wrong, 'NBC'), `${wrong} from ${reference}`).toBeUndefined();
        }
      }
    }
    expect(tried).toBeGreaterThan(sample.length * 11 * 30);
  });

  it('catches every swap of two neighbouring symbols that differ', () => {
    for (const reference of sample) {
      const symbols = typed(reference);
      for (let position = 0; position + 1 < symbols.length; position += 1) {
        if (symbols[position] === symbols[position + 1]) continue;
        const swapped = withTyped(symbols.slice(0, position) + symbols[position + 1] + symbols[position] + symbols.slice(position + 2));
        expect(normaliseCaseReference(swapped, 'NBC'), `${swapped} from ${reference}`).toBeUndefined();
      }
    }
  });

  it('says a reference with a failed check is mistyped, not that it is not a reference', () => {
    const reference = issueCaseReference('NBC', 'repair', fixed(7, 20, 4, 23, 2, 19, 27));
    const last = reference.at(-1)!;
    const wrong = reference.slice(0, -1) + (last === '0' ? '1' : '0');
    expect(readCaseReference(`it's ${wrong} thanks`, 'NBC')).toEqual({ kind: 'mistyped' });
    expect(readCaseReference(`it's ${reference} thanks`, 'NBC')).toEqual({ kind: 'reference', reference });
  });

  const reference = issueCaseReference('NBC', 'missed-bin', fixed(0, 1, 0, 1, 0, 1, 0));
  const [random] = /[0-9A-Z]{4}-[0-9A-Z]{4}$/.exec(reference)!;
  const [first, second] = random.split('-') as [string, string];
  const confused = (group: string) => group.replace(/0/g, 'o').replace(/1/g, 'l');
  it.each([
    ['as issued', reference],
    ['lower case', reference.toLowerCase()],
    ['spaces for dashes', reference.replace(/-/g, ' ')],
    ['no dashes', reference.replace(/-/g, '')],
    ['spread out', ` nbc - bin - ${first.split('').join(' ')}  ${second} `],
    ['O for 0 and l for 1', `NBC-BIN-${confused(first)}-${confused(second)}`],
    ['I for 1', `NBC-BIN-${first.replace(/1/g, 'I')}-${second}`],
    ['1 for I in the type code', `NBC-B1N-${first}-${second}`],
  ])('forgives %s', (_case, typedReference) => expect(normaliseCaseReference(typedReference, 'NBC')).toBe(reference));

  it.each([
    ['an old sequence reference', 'NBC-REP-000123', 'NBC-REP-000123'],
    ['an old one typed loosely', 'nbc rep 000123', 'NBC-REP-000123'],
    ['an old one with O for 0', 'NBC-CBK-OOOO42', 'NBC-CBK-000042'],
    ['an old one past a million', 'NBC-BIN-1000001', 'NBC-BIN-1000001'],
  ])('still reads %s', (_case, typedReference, canonical) => expect(normaliseCaseReference(typedReference, 'NBC')).toBe(canonical));

  it.each([
    ['another council', 'ABC-REP-7K4Q-2MXR'],
    ['an unknown type', 'NBC-XYZ-7K4Q-2MXR'],
    ['a short body', 'NBC-REP-7K4Q'],
    ['U, which is not a symbol', 'NBC-REP-7K4Q-2MXU'],
    ['no prefix', 'REP-000123'],
  ])('refuses %s', (_case, text) => expect(normaliseCaseReference(text, 'NBC')).toBeUndefined());

  it('finds a reference inside a sentence, and nothing in words that only start like one', () => {
    expect(findCaseReference(`my reference is ${reference.toLowerCase()}, thanks`, 'NBC')).toBe(reference);
    expect(findCaseReference("what's happening with nbc rep 000123?", 'NBC')).toBe('NBC-REP-000123');
    expect(readCaseReference('the NBC bin is late again', 'NBC')).toEqual({ kind: 'none' });
  });

  it('never issues a body of digits only, which would read as an old sequence number: it draws again', () => {
    const letters = [10, 11, 12, 13, 14, 15, 16];
    /** Draws `first`, then letters, counting the draws. */
    const drawing = (first: number[]) => {
      const draws = [first, letters];
      let count = 0;
      const random: RandomSymbols = () => ((count += 1), draws.shift() ?? letters);
      return { random, count: () => count };
    };
    // Seven digits whose check symbol is a digit too: the first such draw, searched for, not assumed.
    const candidates = Array.from({ length: 200 }, (_unused, index) => String(1_000_000 + index * 7919).split('').map(Number));
    const digitsOnly = candidates.find((digits) => {
      const source = drawing(digits);
      issueCaseReference('NBC', 'repair', source.random);
      return source.count() === 2;
    });
    expect(digitsOnly).toBeDefined();
    expect(issueCaseReference('NBC', 'repair', drawing(digitsOnly!).random)).toBe(issueCaseReference('NBC', 'repair', fixed(...letters)));
  });
});
