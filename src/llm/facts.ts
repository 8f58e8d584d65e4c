/**
 * The checkable facts in a piece of text: phone numbers, links, e-mail addresses, money and
 * time periods, normalised so an answer's facts can be looked up among its sources'.
 */
export interface Facts {
  /** Digits only, +44 written as 0. */
  phones: Set<string>;
  /** Lower-case, without scheme, "www." or trailing slash. */
  urls: Set<string>;
  emails: Set<string>;
  /** Pounds with two decimals: "52.00". */
  amounts: Set<string>;
  /** "5 working day", "24 hour", "12 week". */
  periods: Set<string>;
}

/** Number words the fact patterns read as digits; a period may be written either way. */
export const numberWords: Record<string, string> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', fourteen: '14', fifteen: '15', twenty: '20', thirty: '30',
};

const emailPattern = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
// A scheme, "www.", or a bare host with a dot; the path runs to white space or a closing bracket.
const urlPattern = /\b(?:https?:\/\/|www\.)[^\s<>()[\]"']+|\b(?:[a-z0-9-]+\.)+[a-z]{2,24}\b(?:\/[^\s<>()[\]"']*)?/gi;
// Digit groups separated by single spaces or hyphens, ending at a word boundary ("5pm" is not a number run).
const digitRunPattern = /(\+44\s?(?:\(0\)\s?)?)?(?<![\d£.,])\d(?:[ -]?\d)*\b(?![.,]\d)/g;
const callVerbs = /\b(?:call|ring|phone|dial|text|on|number)\s+$/i;
const amountPattern = /£\s?(\d[\d,]*(?:\.\d{1,2})?)/g;
const periodPattern = new RegExp(`\\b(\\d+|${Object.keys(numberWords).join('|')})\\s+(working\\s+|calendar\\s+)?(hour|day|week|month|year)s?\\b`, 'gi');

const digitsOf = (run: string, international: string | undefined) => `${international ? '0' : ''}${run.replace(/\D/g, '')}`;
const normaliseUrl = (url: string) =>
  url
    .toLowerCase()
    .replace(/[.,;:!?'"]+$/, '')
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');

/** The host part of a normalised URL. */
export const hostOf = (url: string): string => url.split('/')[0]!;

/**
 * Facts stated in `text`. Phone numbers are digit runs of six or more digits, or shorter ones
 * after "call", "ring" and the like (999, 101). With `everyDigitRun`, every run counts: for
 * sources, where "999" may stand alone in the council profile.
 */
export function factsIn(text: string, everyDigitRun = false): Facts {
  const emails = new Set([...text.matchAll(emailPattern)].map((match) => match[0].toLowerCase()));
  const withoutEmails = text.replace(emailPattern, ' ');
  const urls = new Set([...withoutEmails.matchAll(urlPattern)].map((match) => normaliseUrl(match[0])));
  const withoutLinks = withoutEmails.replace(urlPattern, ' ');
  const phones = new Set<string>();
  for (const match of withoutLinks.matchAll(digitRunPattern)) {
    const digits = digitsOf(match[0].slice(match[1]?.length ?? 0), match[1]);
    const afterCallVerb = callVerbs.test(withoutLinks.slice(Math.max(0, match.index - 12), match.index));
    if (everyDigitRun || digits.length >= 6 || (digits.length >= 3 && afterCallVerb)) phones.add(digits);
  }
  const amounts = new Set([...text.matchAll(amountPattern)].map((match) => Number(match[1]!.replace(/,/g, '')).toFixed(2)));
  const periods = new Set(
    [...text.matchAll(periodPattern)].map((match) => {
      const count = numberWords[match[1]!.toLowerCase()] ?? match[1]!;
      return `${count} ${(match[2] ?? '').toLowerCase().replace(/\s+/g, ' ')}${match[3]!.toLowerCase()}`;
    }),
  );
  return { phones, urls, emails, amounts, periods };
}
