import { findPostcode, type Postcode } from './postcode.js';
import { accept, reprompt, type SlotResult } from './slotResult.js';

/**
 * What a resident gives, when checking a case from another conversation, to show it is theirs:
 * the postcode given on the case, or the last four digits of the phone number given.
 */
export type SecondFactor = { kind: 'postcode'; postcode: Postcode } | { kind: 'phone-ending'; digits: string };

const phoneEndingDigits = 4;
/** A whole UK number has ten or eleven digits; its last four are the ending. */
const wholeNumberDigits = 10;

/** Digits said as words, as a caller reads the end of a number: "seven eight double eight", "oh one two three". */
const digitNames: Readonly<Record<string, string>> = { zero: '0', oh: '0', o: '0', nought: '0', nil: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9' };
const repeats: Readonly<Record<string, number>> = { double: 2, treble: 3, triple: 3 };

/** Every digit in `text`, typed or said as a word, in order; other words are skipped. */
function digitsIn(text: string): string {
  let digits = '';
  let times = 1;
  for (const token of text.toLowerCase().match(/[a-z]+|\d/g) ?? []) {
    const digit = /\d/.test(token) ? token : digitNames[token];
    if (digit !== undefined) digits += digit.repeat(times);
    times = repeats[token] ?? 1;
  }
  return digits;
}

export function parseSecondFactor(text: string): SlotResult<SecondFactor> {
  const postcode = findPostcode(text);
  if (postcode) return accept({ kind: 'postcode', postcode });
  const digits = digitsIn(text);
  if (digits.length === phoneEndingDigits || digits.length >= wholeNumberDigits) return accept({ kind: 'phone-ending', digits: digits.slice(-phoneEndingDigits) });
  return reprompt('Please give the postcode you gave when you reported it, such as NB1 1AA, or the last 4 digits of the phone number you gave.');
}
