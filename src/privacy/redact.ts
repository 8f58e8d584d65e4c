import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import { match as matchPostcodes } from 'postcode';

/**
 * Removes personal data from free text before it is stored in metrics, written to logs or sent
 * to a language model. It errs towards removing too much: a redacted question is still useful
 * to a content team, a leaked phone number is not.
 */
export type PersonalDataKind = 'email' | 'phone' | 'postcode' | 'address' | 'name' | 'account-number' | 'ni-number' | 'card-number';

const replacement = (kind: PersonalDataKind): string => `[${kind}]`;

const streetWords =
  'road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|court|ct|crescent|place|pl|grove|gardens|terrace|walk|hill|park|square|mews|row|rise|view|green|vale|parade';

const patterns: ReadonlyArray<readonly [PersonalDataKind, RegExp]> = [
  ['email', /[\w.+-]+@[\w-]+(\.[\w-]+)+/g],
  // National Insurance number: two letters, six digits, A–D.
  ['ni-number', /\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b/gi],
  ['card-number', /\b\d(?:[ -]?\d){12,18}\b/g],
  // UK numbers libphonenumber does not know as valid (new ranges, Ofcom's drama numbers).
  ['phone', /(?:\+44\s?(?:\(0\)\s?)?|\b0)\d(?:[\s-]?\d){8,9}\b/g],
  // "14 Holly Road", "Flat 3, 22b Market Street"
  ['address', new RegExp(`\\b(flat|apartment)?\\s*\\d+[a-z]?,?\\s+(\\d+[a-z]?\\s+)?([A-Z][a-z'-]+\\s+){1,3}(${streetWords})\\b\\.?`, 'gi')],
  // "my name is Jane Smith", "I'm called Jane", "this is Jane Smith speaking"
  ['name', /\b(my name is|my name's|i am called|i'm called|this is|name:)\s+([A-Z][a-z'-]+)(\s+[A-Z][a-z'-]+)?/g],
  // Council tax / benefit / tenancy account numbers: any remaining run of 6+ digits.
  ['account-number', /\b\d{6,}\b/g],
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

/** The text with every piece of personal data it recognises replaced by a marker such as `[phone]`. */
export function redactPersonalData(text: string): string {
  let result = redactPostcodes(redactPhoneNumbers(text));
  for (const [kind, pattern] of patterns) {
    result = result.replace(pattern, (whole, ...groups: unknown[]) => {
      // Keep the lead-in of a name ("my name is") so the sentence still reads.
      if (kind === 'name') return `${String(groups[0])} ${replacement('name')}`;
      const leadingSpace = /^\s/.test(whole) ? ' ' : '';
      return `${leadingSpace}${replacement(kind)}`;
    });
  }
  return result;
}
