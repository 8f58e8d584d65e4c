import { parsePhoneNumberFromString, parsePhoneNumberWithError } from 'libphonenumber-js';
import { numberDigitWords, repeatWords } from '../../serviceRequests/slots/numberWords.js';
import { isDramaMobile, parseUkPhoneNumber } from '../../serviceRequests/slots/phone.js';
import { digitsOf, spokenDigits } from './ownLine.js';
import { questionHeard } from './spokenTurn.js';
import { ownNumberSaid } from '../ownNumber.js';

/**
 * Callers say a phone number the way they would to a person: "oh seven seven double oh, nine oh
 * oh, one two three", with "oh" or "nought" for zero and "double" or "treble" for a digit said
 * twice or three times; recognition writes that down as words, or words and digits mixed. This
 * writes a run that makes a UK number (ten or eleven digits from a 0) as the digits, so the
 * call-back form reads it as it would a typed number; shorter runs ("one or two") stay words.
 */

/** A UK number has at most eleven digits (with its 0), so at most eleven digit words and their "double"s. */
const maxWords = 22;

interface Word {
  start: number;
  end: number;
  text: string;
}

/** The digits `words` stand for, or undefined when one of them is not a digit (or a "double" has no digit after it). */
function digitsSaid(words: readonly Word[]): string | undefined {
  let digits = '';
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!.text.toLowerCase();
    const times = repeatWords.get(word);
    const next = times ? words[index + 1]?.text.toLowerCase() : word;
    const digit = next === undefined ? undefined : /^\d+$/.test(next) ? next : numberDigitWords.get(next);
    if (digit === undefined || (times && digit.length !== 1)) return undefined;
    digits += times ? digit.repeat(times) : digit;
    if (times) index += 1;
  }
  return digits;
}

/** Every UK phone number said in `utterance` written as its digits ("07700900123"); the other words are left as they were. */
export function withSpokenPhoneNumbers(utterance: string): string {
  const words: Word[] = [...utterance.matchAll(/[A-Za-z]+|\d+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0] }));
  let result = '';
  let copiedTo = 0;
  for (let first = 0; first < words.length; first += 1) {
    // The whole run of digits said together, never a part of it: twelve digits cut to a UK number's eleven would be another number.
    for (let last = Math.min(words.length, first + maxWords) - 1; last > first; last -= 1) {
      // Only spaces, commas, dots and dashes between the words of one number.
      if (!/^[\s,.-]*$/.test(utterance.slice(words[first]!.end, words[last]!.start).replace(/[A-Za-z\d]+/g, ''))) continue;
      const digits = digitsSaid(words.slice(first, last + 1));
      if (!digits) continue;
      if (/^0\d{9,10}$/.test(digits)) {
        result += utterance.slice(copiedTo, words[first]!.start) + digits;
        copiedTo = words[last]!.end;
      }
      first = last;
      break;
    }
  }
  return result + utterance.slice(copiedTo);
}


/** Words asking for a phone number: "What UK phone number should we call?", "Give a mobile number or an e-mail address". */
const asksForNumber = /\bphone number\b|\bnumber should we\b|\bmobile\b/i;


/**
 * The caller's answer when they were last asked for a phone number (`lastHeard`), with "this
 * number" (and the ways of saying it) written as the number the call is from; anything else is
 * left as it was. Undefined when the caller meant the call's number and it cannot be called back
 * (withheld, from abroad, or not a UK mobile or landline): the form's check of a typed number
 * ("That doesn't look like a UK phone number") would be no answer to "this number".
 */
export function withCallersNumber(utterance: string, lastHeard: string, from: string): string | undefined {
  if (!asksForNumber.test(questionHeard(lastHeard)) || !ownNumberSaid.test(utterance) || /\d/.test(utterance)) return utterance;
  const number = parseUkPhoneNumber(from);
  return number.ok ? number.value.display : undefined;
}

/**
 * Why the number a call is from cannot be called back, said plainly to someone who offered it:
 * withheld, from abroad, in Ofcom's range for films and TV, or a kind of number nobody answers.
 */
export function whyUnusable(from: string): string {
  const number = parsePhoneNumberFromString(from, 'GB');
  if (!number) return 'it is withheld';
  if (number.countryCallingCode !== '44') return 'it is not a UK number, and we can only call UK numbers back';
  if (isDramaMobile(number.number)) return 'it is in a range kept for films and TV, so no phone can be rung on it';
  return "it is not a mobile or a landline we can ring back";
}

/**
 * The caller's own number is never read out on the call (someone else may be listening, or the
 * phone passed on): a reply that mentions it, a read-back or a confirmation, says it is the number
 * they are calling from and its last three digits, enough to know which phone it is.
 */
export function withCallersNumberSaid(speech: string, from: string): string {
  let national: string;
  try {
    national = parsePhoneNumberWithError(from, 'GB').formatNational().replace(/\D/g, '');
  } catch {
    return speech;
  }
  return speech.replace(new RegExp(spokenDigits, 'gi'), (number: string) =>
    digitsOf(number) === national ? `the number you're calling from, ending in ${number.replace(/,/g, '').split(' ').slice(-3).join(' ')}` : number,
  );
}
