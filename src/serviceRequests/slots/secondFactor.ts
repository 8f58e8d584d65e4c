import { numberDigitWords, repeatWords } from './numberWords.js';
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

/** Every digit in `text`, typed or said as a word ("seven eight double eight"), in order; other words are skipped. */
function digitsIn(text: string): string {
  let digits = '';
  let times = 1;
  for (const token of text.toLowerCase().match(/[a-z]+|\d/g) ?? []) {
    const digit = /\d/.test(token) ? token : numberDigitWords.get(token);
    if (digit !== undefined) digits += digit.repeat(times);
    times = repeatWords.get(token) ?? 1;
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
