import { leadingNumberInWords } from '../../serviceRequests/slots/numberWords.js';
import { questionHeard } from './spokenTurn.js';

/** Words asking for the address: "What is the house number or name and the street …?". */
const asksForHouseNumber = /\bhouse number\b/i;

/**
 * Callers say a house number as words ("fourteen holly road", "twenty one b the crescent"), and
 * recognition writes it down that way; the address question reads a house number from digits, so
 * "fourteen holly road" was asked for its house number again. When the caller was last asked for
 * a house number, the number words an answer starts with (up to 999, and a letter after them) are
 * written as the number ("14 holly road", "21B the crescent"); anything else is left as it was.
 */
export function withSpokenHouseNumber(utterance: string, lastHeard: string): string {
  if (!asksForHouseNumber.test(questionHeard(lastHeard))) return utterance;
  const words = utterance.trim().split(/[\s-]+/);
  const number = leadingNumberInWords(words.map((word) => word.toLowerCase()));
  // A number with nothing after it ("fourteen") is kept as said: it may be a name or half an answer.
  if (!number || number.used >= words.length) return utterance;
  const letter = /^[a-h]$/i.test(words[number.used]!) && words.length > number.used + 1 ? words[number.used]!.toUpperCase() : '';
  return [`${number.value}${letter}`, ...words.slice(number.used + (letter ? 1 : 0))].join(' ');
}
