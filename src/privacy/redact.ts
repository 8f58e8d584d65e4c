import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import { match as matchPostcodes } from 'postcode';
import { accountAfterLeadIn, dateOfBirth, hyphenatedSortCode, iban, sortCodeAfterLeadIn, sortCodeAndAccount, spelledOutEmail } from './contactPatterns.js';
import { redactNames } from './names.js';

export type PersonalDataKind =
  | 'email'
  | 'phone'
  | 'postcode'
  | 'address'
  | 'name'
  | 'date-of-birth'
  | 'sort-code'
  | 'account-number'
  | 'ni-number'
  | 'card-number';

const replacement = (kind: PersonalDataKind): string => `[${kind}]`;

const streetWords =
  'road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|court|ct|crescent|place|pl|grove|gardens|terrace|walk|hill|park|square|mews|row|rise|view|green|vale|parade';

/** Patterns whose whole match is personal data, in order: each later one sees the markers of those before. */
const patterns: ReadonlyArray<readonly [PersonalDataKind, RegExp]> = [
  // National Insurance number: two letters, six digits, A–D.
  ['ni-number', /\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b/gi],
  ['card-number', /\b\d(?:[ -]?\d){12,18}\b/g],
  // UK numbers libphonenumber does not know as valid (new ranges, Ofcom's drama numbers).
  ['phone', /(?:\+44\s?(?:\(0\)\s?)?|\(?\b0)\d(?:\)?[\s-]?\d){8,9}\b/g],
  // "14 Holly Road", "Flat 3, 22b Market Street"
  ['address', new RegExp(`\\b(flat|apartment)?\\s*\\d+[a-z]?,?\\s+(\\d+[a-z]?\\s+)?([A-Z][a-z'-]+\\s+){1,3}(${streetWords})\\b\\.?`, 'gi')],
];

/**
 * Run before the phone and postcode finders, which would otherwise take part of them: a date of
 * birth ("12 10 1966"), bank details ("GB33 BUKB …") and spelt-out e-mails. The first group of a
 * pattern that has one is a lead-in to keep ("DOB: ", "sort code ").
 */
const firstPatterns: ReadonlyArray<readonly [PersonalDataKind, RegExp]> = [
  ['email', /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g],
  ['email', spelledOutEmail],
  ['date-of-birth', dateOfBirth],
  ['account-number', iban],
  ['sort-code', sortCodeAfterLeadIn],
  ['sort-code', hyphenatedSortCode],
  ['sort-code', sortCodeAndAccount],
  ['account-number', accountAfterLeadIn],
];

/** Phone numbers as libphonenumber finds them in UK text (mobiles, landlines, +44). */
function redactPhoneNumbers(text: string): string {
  const found = findPhoneNumbersInText(text, 'GB');
  let result = text;
  for (const { startsAt, endsAt } of [...found].reverse()) {
    result = `${result.slice(0, startsAt)}${replacement('phone')}${result.slice(endsAt)}`;
  }
  return result;
}

function redactPostcodes(text: string): string {
  let result = text;
  for (const postcode of new Set(matchPostcodes(text))) result = result.split(postcode).join(replacement('postcode'));
  return result;
}

/**
 * Removes personal data from free text before it is stored in metrics, written to logs or sent
 * to a language model: e-mail addresses (also spelt out, "jo dot smith at example dot com"),
 * phone numbers, postcodes and street addresses, names after a lead-in (src/privacy/names.ts),
 * dates of birth, sort codes and bank, council tax and National Insurance numbers. Hand-written
 * patterns plus libphonenumber and postcode. It errs towards removing too much: a redacted
 * question is still useful to a content team, a leaked phone number is not. Running it twice
 * changes nothing more, so a caller may redact text that was already redacted.
 * test/fixtures/personal-data.jsonl measures it (test/privacy/personalDataCorpus.test.ts).
 */
export function redactPersonalData(text: string): string {
  let result = text;
  for (const [kind, pattern] of firstPatterns) result = result.replace(pattern, (_whole, leadIn: unknown) => `${typeof leadIn === 'string' ? leadIn : ''}${replacement(kind)}`);
  result = redactPostcodes(redactPhoneNumbers(result));
  for (const [kind, pattern] of patterns) {
    result = result.replace(pattern, (whole) => `${/^\s/.test(whole) ? ' ' : ''}${replacement(kind)}`);
  }
  result = redactNames(result, replacement('name'));
  // Council tax / benefit / tenancy account numbers: any remaining run of 6+ digits.
  return result.replace(/\b\d{6,}\b/g, replacement('account-number'));
}
