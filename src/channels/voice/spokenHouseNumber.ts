import { questionHeard } from './spokenTurn.js';

/**
 * Callers say a house number as words ("fourteen holly road", "twenty one b the crescent"), and
 * recognition writes it down that way; the address question reads a house number from digits, so
 * "fourteen holly road" was asked for its house number again. When the caller was last asked for
 * a house number, the number words an answer starts with (up to 999, and a letter after them) are
 * written as the number ("14 holly road", "21B the crescent"); anything else is left as it was.
 */
const units: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const teens: Readonly<Record<string, number>> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const tens: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** Words asking for the address: "What is the house number or name and the street …?". */
const asksForHouseNumber = /\bhouse number\b/i;

/** A number below 100 from `words[at]` on: its value and how many words it took. */
function belowHundred(words: readonly string[], at: number): { value: number; used: number } | undefined {
  const first = words[at];
  if (first === undefined) return undefined;
  if (teens[first]) return { value: teens[first], used: 1 };
  if (units[first]) return { value: units[first], used: 1 };
  if (tens[first]) {
    const unit = units[words[at + 1] ?? ''];
    return unit ? { value: tens[first] + unit, used: 2 } : { value: tens[first], used: 1 };
  }
  return undefined;
}

/** The number the words start with ("one hundred and two", "twenty one"), and how many words it took. */
function leadingNumber(words: readonly string[]): { value: number; used: number } | undefined {
  const hundreds = units[words[0] ?? ''];
  if (hundreds && words[1] === 'hundred') {
    const afterAnd = words[2] === 'and' ? 3 : 2;
    const rest = belowHundred(words, afterAnd);
    return rest ? { value: hundreds * 100 + rest.value, used: afterAnd + rest.used } : { value: hundreds * 100, used: 2 };
  }
  return belowHundred(words, 0);
}

export function withSpokenHouseNumber(utterance: string, lastHeard: string): string {
  if (!asksForHouseNumber.test(questionHeard(lastHeard))) return utterance;
  const words = utterance.trim().split(/[\s-]+/);
  const number = leadingNumber(words.map((word) => word.toLowerCase()));
  // A number with nothing after it ("fourteen") is kept as said: it may be a name or half an answer.
  if (!number || number.used >= words.length) return utterance;
  const letter = /^[a-h]$/i.test(words[number.used]!) && words.length > number.used + 1 ? words[number.used]!.toUpperCase() : '';
  return [`${number.value}${letter}`, ...words.slice(number.used + (letter ? 1 : 0))].join(' ');
}
