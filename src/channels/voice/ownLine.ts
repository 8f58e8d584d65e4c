import { parsePhoneNumberWithError } from 'libphonenumber-js';
import { spokenText } from '../rendering/speech.js';

/** What a caller hears instead of being told to ring a number the assistant can put them through to. */
export const canPutThrough = 'say talk to someone and I can put you through';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An E.164 number as speech reads it ("+441632960000" → "oh one six three two, nine six oh oh oh oh"); undefined if it is not a number. */
function spoken(number: string): string | undefined {
  try {
    return spokenText(parsePhoneNumberWithError(number, 'GB').formatNational()).replace(/\.$/, '');
  } catch {
    return undefined;
  }
}

/**
 * Replies are written for chat, where "call us on 01632 960000" is the way to a person. On a call
 * to that number, or when the number is the contact centre the call can be put through to, the
 * caller is already there: "call us on …" becomes an offer to put them through, and any other
 * mention of the number is "this line" or "this number".
 */
export function withOwnLineSaid(speech: string, ownNumbers: readonly string[]): string {
  return ownNumbers
    .map(spoken)
    .filter((number): number is string => number !== undefined && number !== '')
    .reduce(
      (text, number) =>
        text
          .replace(new RegExp(`\\b(?:ring|call|phone|contact)(?: us)?(?: on)? ${escape(number)}`, 'gi'), canPutThrough)
          .replace(new RegExp(`\\bon ${escape(number)}`, 'g'), 'on this line')
          .replace(new RegExp(escape(number), 'g'), 'this number'),
      speech,
    );
}
