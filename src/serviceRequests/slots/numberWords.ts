/**
 * A number said in words, as a house number is ("fourteen", "twenty one", "one hundred and two"):
 * recognition on a call writes it that way, and residents type it so too. Up to 999.
 */
const units: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const teens: Readonly<Record<string, number>> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const tens: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

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

/** The number lower-case `words` start with, and how many words it took. */
export function leadingNumberInWords(words: readonly string[]): { value: number; used: number } | undefined {
  const hundreds = units[words[0] ?? ''];
  if (hundreds && words[1] === 'hundred') {
    const afterAnd = words[2] === 'and' ? 3 : 2;
    const rest = belowHundred(words, afterAnd);
    return rest ? { value: hundreds * 100 + rest.value, used: afterAnd + rest.used } : { value: hundreds * 100, used: 2 };
  }
  return belowHundred(words, 0);
}

/** Digits as callers say them, one word each ("oh" and "nought" for zero). */
export const digitWords: Readonly<Record<string, string>> = {
  zero: '0', oh: '0', nought: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
};

/** The same in a number, where "o" and "nil" are zero too (in a postcode "o" is the letter). */
export const numberDigitWords: Readonly<Record<string, string>> = { ...digitWords, o: '0', nil: '0' };

/** "Double oh", "triple seven": a character said more than once in a row, as callers read numbers and references. */
export const repeatWords: Readonly<Record<string, number>> = { double: 2, treble: 3, triple: 3 };
