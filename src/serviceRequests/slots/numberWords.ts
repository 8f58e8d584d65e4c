/**
 * A number said in words, as a house number is ("fourteen", "twenty one", "one hundred and two"):
 * recognition on a call writes it that way, and residents type it so too. Up to 999.
 */
const units: ReadonlyMap<string, number> = new Map(Object.entries({ one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 }));
const teens: ReadonlyMap<string, number> = new Map(Object.entries({
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
}));
const tens: ReadonlyMap<string, number> = new Map(Object.entries({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 }));

/** A number below 100 from `words[at]` on: its value and how many words it took. */
function belowHundred(words: readonly string[], at: number): { value: number; used: number } | undefined {
  const first = words[at];
  if (first === undefined) return undefined;
  const single = teens.get(first) ?? units.get(first);
  if (single) return { value: single, used: 1 };
  const ten = tens.get(first);
  if (ten) {
    const unit = units.get(words[at + 1] ?? '');
    return unit ? { value: ten + unit, used: 2 } : { value: ten, used: 1 };
  }
  return undefined;
}

/** The number lower-case `words` start with, and how many words it took. */
export function leadingNumberInWords(words: readonly string[]): { value: number; used: number } | undefined {
  const hundreds = units.get(words[0] ?? '');
  if (hundreds && words[1] === 'hundred') {
    const afterAnd = words[2] === 'and' ? 3 : 2;
    const rest = belowHundred(words, afterAnd);
    return rest ? { value: hundreds * 100 + rest.value, used: afterAnd + rest.used } : { value: hundreds * 100, used: 2 };
  }
  return belowHundred(words, 0);
}

/**
 * Digits as callers say them, one word each ("oh" and "nought" for zero). These tables are Maps, never plain objects, because
 * they are looked up by whatever word a resident used: a plain object answers "constructor" with a function, and every turn
 * with that word in it failed (outside attack 24, A24-1).
 */
export const digitWords: ReadonlyMap<string, string> = new Map(Object.entries({
  zero: '0', oh: '0', nought: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
}));

/** The same in a number, where "o" and "nil" are zero too (in a postcode "o" is the letter). */
export const numberDigitWords: ReadonlyMap<string, string> = new Map([...digitWords, ['o', '0'], ['nil', '0']]);

/** "Double oh", "triple seven": a character said more than once in a row, as callers read numbers and references. */
export const repeatWords: ReadonlyMap<string, number> = new Map(Object.entries({ double: 2, treble: 3, triple: 3 }));
