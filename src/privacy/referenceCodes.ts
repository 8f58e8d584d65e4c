/**
 * Reference, account, claim, permit, licence, penalty-notice, application, job and case numbers.
 * Councils and their suppliers write these in every shape ("HB/2291/77", "RP-5521-KX",
 * "CS 7712 003", "TEN/0448/19/CD"), so no single pattern fits; what they share is that they are
 * runs of letter-and-digit tokens joined by slashes, dashes or single spaces, usually after a cue
 * word ("ref", "claim no.", "PCN"). The text is cut into tokens by one linear scan and the tokens
 * are judged in code, not by a nested regular expression: a resident's message can be long, and
 * a pattern with optional groups of optional separators backtracks badly on "a-a-a-a-…".
 */

import { everydayWords } from './commonWords.js';
import { replaceSpans, type Span } from './spans.js';

/** A token: letters and digits, joined by slashes or dashes ("HB/2291/77", "9KQ-41T7"). */
const token = /[\p{L}\p{N}]+(?:[/-][\p{L}\p{N}]+)*/gu;

/** Words after which the next code is a reference of some kind. */
const cues = new Set([
  'ref', 'refs', 'reference', 'references', 'number', 'no', 'num', 'nr', 'claim', 'account', 'acc', 'acct', 'a/c', 'pcn',
  'case', 'permit', 'licence', 'license', 'application', 'app', 'tenancy', 'job', 'order', 'customer', 'policy',
  'booking', 'invoice', 'notice', 'id', 'uprn', 'payroll', 'membership', 'crn', 'urn', 'code',
]);
/** Words between a cue and its code ("claim number is", "ref: ", "licence no."). */
const linkWords = new Set(['is', 'was', 'number', 'no', 'num', 'ref', 'reference', 'nr', 'id', 'code']);
/** Punctuation that may sit between a cue and its code or between two parts of one code. */
const cueGap = /^[\s:#.=-]*$/u;
const codeGap = /^ $/u;

const hasDigit = (text: string): boolean => /\p{N}/u.test(text);
const hasLetter = (text: string): boolean => /\p{L}/u.test(text);
const digitCount = (text: string): number => (text.match(/\p{N}/gu) ?? []).length;
/** A short run of capitals that belongs to a code ("TX 4418 Q", "NBH 0921 44"), but not the pronoun I. */
const capitalPart = (text: string): boolean => /^\p{Lu}{1,4}$/u.test(text) && text !== 'I';
/** A short letter run before the digits of a code after a cue ("ref hb 2291"), any case. */
const letterPart = (text: string): boolean => /^\p{L}{1,4}$/u.test(text) && !linkWords.has(text.toLowerCase()) && !everydayWords.has(text.toLowerCase());

/**
 * A code with no cue: six or more characters mixing letters with at least three digits
 * ("NB40672215", "HX93KD7"). Words with a number in them ("COVID19", "10pm", "A38") are shorter
 * or have fewer digits.
 */
const standalone = (text: string): boolean => text.length >= 6 && hasLetter(text) && digitCount(text) >= 3;

interface Token {
  text: string;
  start: number;
  end: number;
}

/** Replaces reference and account codes with the marker. */
export function redactReferenceCodes(text: string, marker: string): string {
  const tokens: Token[] = [...text.matchAll(token)].map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
  const gap = (left: number, right: number): string => text.slice(tokens[left]!.end, tokens[right]!.start);
  const spans: Span[] = [];
  let index = 0;
  while (index < tokens.length) {
    const cued = cues.has(tokens[index]!.text.toLowerCase());
    let first = index + 1;
    if (cued) {
      while (first < tokens.length && linkWords.has(tokens[first]!.text.toLowerCase()) && cueGap.test(gap(first - 1, first))) first += 1;
    }
    const end = cued && first < tokens.length && cueGap.test(gap(first - 1, first)) ? codeAfterCue(tokens, first, gap) : first;
    if (end > first) {
      spans.push({ start: tokens[first]!.start, end: tokens[end - 1]!.end });
      index = end;
    } else {
      const current = tokens[index]!;
      if (standalone(current.text)) spans.push({ start: current.start, end: current.end });
      index += 1;
    }
  }
  return replaceSpans(text, spans, marker);
}

/**
 * Where the code that starts at token `first` ends (exclusive), or `first` if there is none: a
 * run of tokens one space apart, each with a digit or a short run of capitals, with at least four
 * digits in all, or any digit and a letter (so "number 12" stays an address, "claim 4" a count).
 */
function codeAfterCue(tokens: readonly Token[], first: number, gap: (left: number, right: number) => string): number {
  let end = first;
  while (end < tokens.length && (end === first || codeGap.test(gap(end - 1, end)))) {
    const part = tokens[end]!.text;
    const leading = end === first && letterPart(part) && end + 1 < tokens.length && hasDigit(tokens[end + 1]!.text);
    if (!hasDigit(part) && !leading && !(end > first && capitalPart(part))) break;
    end += 1;
  }
  const code = tokens.slice(first, end).map(({ text }) => text).join('');
  // A year on its own ("permit 2025") is a date, not a code.
  const year = /^(?:19|20)\d{2}$/.test(code);
  const enough = (digitCount(code) >= 4 && !year) || (digitCount(code) >= 1 && hasLetter(code) && code.length >= 3);
  return enough ? end : first;
}
