import { randomInt } from 'node:crypto';
import { caseTypeCodes, type CaseType } from './caseSystem.js';

/**
 * Case references such as NBC-BIN-7K4Q-2MXR: the council's prefix, the type code, seven symbols
 * and a check symbol. The symbols are Crockford's base32 (no I, L, O or U), so a reference
 * reads out on the phone without "was that an O or a zero?". The seven symbols are 35 bits, drawn at
 * random or enciphered from a case number (caseNumberCipher.ts), so references cannot be walked or
 * guessed the way a sequence can; the check symbol catches a
 * mistyped reference (any one symbol wrong, or two neighbours swapped) before anything is looked up.
 * References issued before, such as NBC-REP-000123 (a global sequence), are still read, so staff
 * can find old cases.
 */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const randomLength = 7;
/** Symbols after the type code: the random ones and the check symbol, written as two groups of four. */
const bodyLength = randomLength + 1;
const groupLength = 4;

/** Crockford's decoding: either case, and the letters people write for 0 and 1. */
function symbolValue(character: string): number | undefined {
  const upper = character.toUpperCase();
  const value = alphabet.indexOf(upper === 'O' ? '0' : upper === 'I' || upper === 'L' ? '1' : upper);
  return value === -1 ? undefined : value;
}

const symbolValues = (text: string): number[] | undefined => {
  const values = [...text].map(symbolValue);
  return values.every((value) => value !== undefined) ? (values as number[]) : undefined;
};

/**
 * Multiplies by α, a root of x⁵ + x² + 1 (primitive), in GF(32). The check makes the weighted sum
 * Σ αⁱ·symbolᵢ of the type code and body zero: a wrong symbol changes the sum by αⁱ·d ≠ 0, and two
 * swapped neighbours by αⁱ·(α + 1)·d ≠ 0, so both are always caught (distinct weights up to 31 symbols).
 */
const timesAlpha = (value: number): number => ((value << 1) ^ (value & 0x10 ? 0x25 : 0)) & 0x1f;
const weightedSum = (values: number[]): number => values.reduce((sum, value) => timesAlpha(sum) ^ value, 0);

/** The values a reference's check covers: the type code's letters, then the body. */
const checkedValues = (type: CaseType, body: number[]): number[] => [...symbolValues(caseTypeCodes[type])!, ...body];

/** Draws `count` symbols, each uniformly in [0, 32). */
export type RandomSymbols = (count: number) => number[];

/** From the operating system's cryptographic generator: nothing about one reference says anything about another. */
export const cryptoRandomSymbols: RandomSymbols = (count) => Array.from({ length: count }, () => randomInt(alphabet.length));

/**
 * A new reference. A body of digits only is drawn again (about 1 in 11,000), so a new reference
 * is never read as an old sequence number.
 */
export function issueCaseReference(prefix: string, type: CaseType, random: RandomSymbols = cryptoRandomSymbols): string {
  for (;;) {
    const reference = caseReferenceFrom(prefix, type, random(randomLength));
    if (reference !== undefined) return reference;
  }
}

/**
 * The reference whose body is `drawn` (seven symbols) and its check symbol; undefined when the body
 * would be digits only, so that it is never read as an old sequence number: draw again.
 */
export function caseReferenceFrom(prefix: string, type: CaseType, drawn: number[]): string | undefined {
  const body = [...drawn, timesAlpha(weightedSum(checkedValues(type, drawn)))];
  if (body.every((value) => value < 10)) return undefined;
  const symbols = body.map((value) => alphabet[value]).join('');
  return `${prefix}-${caseTypeCodes[type]}-${symbols.slice(0, groupLength)}-${symbols.slice(groupLength)}`;
}

/** What a text holds: a reference (in canonical form), one that looks like a reference but fails its check, or neither. */
export type ReferenceReading = { kind: 'reference'; reference: string } | { kind: 'mistyped' } | { kind: 'none' };

const typeFor = (code: string): CaseType | undefined => {
  const typed = symbolValues(code)?.join();
  return (Object.keys(caseTypeCodes) as CaseType[]).find((type) => symbolValues(caseTypeCodes[type])!.join() === typed);
};

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * An old reference's number had six digits, seven past a million cases; never eight, so a new
 * body mistyped into digits only is not taken for an old number.
 */
const legacyDigits = '{6,7}';

/** Patterns for an old reference and for a new body (eight symbols, spaced or dashed anyhow). */
function referencePatterns(prefix: string, wholeText: boolean) {
  const start = wholeText ? '^' : '(?<![a-z0-9])';
  const end = wholeText ? '$' : '(?![a-z0-9])';
  const head = `${start}${escape(prefix)}[\\s-]*([a-z0-9]{3})[\\s-]*`;
  return {
    legacy: new RegExp(`${head}([0-9oil]${legacyDigits})${end}`, 'i'),
    current: new RegExp(`${head}((?:[a-z0-9][\\s-]*){${bodyLength - 1}}[a-z0-9])${end}`, 'i'),
  };
}

function read(text: string, prefix: string, wholeText: boolean): ReferenceReading {
  const { legacy, current } = referencePatterns(prefix, wholeText);
  const old = legacy.exec(text);
  const oldType = old && typeFor(old[1]!);
  if (old && oldType) return { kind: 'reference', reference: `${prefix}-${caseTypeCodes[oldType]}-${symbolValues(old[2]!)!.join('')}` };
  const found = current.exec(text);
  if (!found) return { kind: 'none' };
  const type = typeFor(found[1]!);
  const body = symbolValues(found[2]!.replace(/[\s-]/g, ''));
  if (!type || !body) return { kind: 'none' };
  if (weightedSum(checkedValues(type, body)) !== 0 || body.every((value) => value < 10)) return { kind: 'mistyped' };
  const symbols = body.map((value) => alphabet[value]).join('');
  return { kind: 'reference', reference: `${prefix}-${caseTypeCodes[type]}-${symbols.slice(0, groupLength)}-${symbols.slice(groupLength)}` };
}

/** The first of `prefix`'s references written anywhere in `text` ("it's nbc bin 7k4q 2mxr"). */
export const readCaseReference = (text: string, prefix: string): ReferenceReading => read(text, prefix, false);

/** The canonical form of a reference as typed, forgiving case, spaces, dashes and O/0, I/L/1; undefined if it is not a valid one of `prefix`'s. */
export function normaliseCaseReference(text: string, prefix: string): string | undefined {
  const reading = read(text.trim(), prefix, true);
  return reading.kind === 'reference' ? reading.reference : undefined;
}

/** The first valid reference of `prefix`'s in `text`, in canonical form. */
export function findCaseReference(text: string, prefix: string): string | undefined {
  const reading = readCaseReference(text, prefix);
  return reading.kind === 'reference' ? reading.reference : undefined;
}
