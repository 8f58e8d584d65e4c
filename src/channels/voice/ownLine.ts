import { parsePhoneNumberWithError } from 'libphonenumber-js';

/** What a caller hears instead of being told to ring a number the assistant can put them through to. */
export const canPutThrough = 'say talk to someone and I can put you through';
/** "By phone on 01632 960001", said to someone already on the phone. */
const byPhone = 'by phone: stay on the line and I can put you through';
const onThisLine = 'on this line';
/** The number said on its own ("somewhere safe: 01632 960001, or …"). */
const putThrough = 'I can put you through';

/** Out of hours nobody can be put through: the lines are closed, and a call back is what can be offered. */
export const askForCallBack = 'say request a call back, as our lines are closed now';
const byPhoneClosed = 'by phone when our lines open: say request a call back and someone will ring you';
const callBackClosed = 'a call back: our lines are closed now';

const digitWords = ['oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const;
const digitWord = `(?:${digitWords.join('|')})`;
/** A number as speech reads it: digit words, in groups between commas ("oh one six three two, nine six oh, oh oh one"). */
export const spokenDigits = `\\b${digitWord}(?:,? ${digitWord}\\b)*`;
/** Asking the caller to get in touch: "call us", "talk to our customer services team", "contact the housing team". A number is never part of it, nor another clause ("call you back, or …"). */
const callVerb = `(?:ring|call|phone|contact|talk to|speak to)\\b(?:(?!\\b${digitWord}\\b)[^.!?;:,]){0,40}? `;
const mention = new RegExp(`\\b(?:(${callVerb})|(by (?:tele)?phone (?:on )?)|(on ))?(${spokenDigits})`, 'gi');

export const digitsOf = (spoken: string): string => (spoken.toLowerCase().match(/[a-z]+/g) ?? []).map((word) => digitWords.indexOf(word as (typeof digitWords)[number])).join('');

/** An E.164 number's national digits ("+441632960000" → "01632960000"); undefined if it is not a number. */
function nationalDigits(number: string): string | undefined {
  try {
    return parsePhoneNumberWithError(number, 'GB').formatNational().replace(/\D/g, '');
  } catch {
    return undefined;
  }
}

const capitalisedLike = (lead: string, words: string): string => (/^[A-Z]/.test(lead) ? words[0]!.toUpperCase() + words.slice(1) : words);

/**
 * Replies are written for chat, where "call us on 01632 960000" is the way to a person. On a call
 * to that number, or when the number is the contact centre the call can be put through to, the
 * caller is already there: however the number was written (and so grouped when read out), "call
 * us on …" becomes an offer to put them through, "by phone on …" and the number said on its own
 * say the same, and "on …" is "on this line". Out of hours (`open` false) nobody can be put
 * through: the offer is of a call back, and the lines are said to be closed. Every other number
 * (999, a helpline, the out-of-hours line) is left to be read out.
 */
export function withOwnLineSaid(speech: string, ownNumbers: readonly string[], open = true): string {
  const own = new Set(ownNumbers.map(nationalDigits).filter((digits): digits is string => digits !== undefined && digits !== ''));
  const said = ownLineSaid(speech, own, open);
  // "… or you can call us on … when we're open": the call back already says the lines are closed.
  return open ? said : said.replace(afterClosed, '$1');
}

const afterClosed = new RegExp(`(${askForCallBack}),? when we(?:'re| are) (?:open|back)`, 'g');

function ownLineSaid(speech: string, own: ReadonlySet<string>, open: boolean): string {
  return speech.replace(mention, (whole, verb: string | undefined, phone: string | undefined, on: string | undefined, number: string) => {
    if (!own.has(digitsOf(number))) return whole;
    if (verb) return capitalisedLike(verb, open ? canPutThrough : askForCallBack);
    if (phone) return open ? byPhone : byPhoneClosed;
    if (on) return onThisLine;
    return open ? putThrough : callBackClosed;
  });
}
