import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import { match as matchPostcodes } from 'postcode';
import {
  accountAfterLeadIn,
  bracketedCountryCode,
  dateOfBirth,
  hyphenatedSortCode,
  iban,
  letterSpacedEmail,
  nationalInsurance,
  redactLetterPhones,
  redactServiceAccounts,
  redactSpokenPhones,
  sortCodeAfterLeadIn,
  sortCodeAndAccount,
  spelledOutEmail,
} from './contactPatterns.js';
import { redactNames } from './names.js';
import { redactReferenceCodes } from './referenceCodes.js';
import { replaceSpans, type Span } from './spans.js';
import { registrationAfterCue, registrationMark, spacedRegistrationMark } from './vehicles.js';

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
  | 'card-number'
  | 'vehicle';

const replacement = (kind: PersonalDataKind): string => `[${kind}]`;

const streetWords =
  'road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|court|ct|crescent|place|pl|grove|gardens|terrace|walk|hill|park|square|mews|row|rise|view|green|vale|parade|' +
  'cottages|quay|wharf|yard|villas|buildings|heights|wynd|brae|gate|chase|croft|meadows?|fields|circus|embankment|broadway|esplanade|promenade|boulevard|estate|' +
  // Fen, waterside and village endings ("Sheep Drove", "Canal Side", "Mill Bank").
  'drove|side|bank|reach|ride|mead|fold|garth|loke|leys|approach|dale|path|moorings|maltings|paddocks|orchards?';
/** Words that make a capitalised name a house's ("Rose Cottage", "The Old Forge", "Ivy House"). */
const houseWords = 'Cottage|House|Farm|Farmhouse|Lodge|Barn|Forge|Mill|Rectory|Vicarage|Manor|Grange|Bungalow|Villa|Orchard|Nook|Haven';
const capitalStreetWords = streetWords.split('|').map((word) => `${word[0]!.toUpperCase()}${word.slice(1)}`).join('|');

/** What a resident lives in before its number: "flat 3", "room 4", "caravan 23", "number 9". */
const dwellings = 'flat|apartment|apt|room|caravan|chalet|unit|plot|pitch|berth|mooring|house\\s+number|number|no\\.';
/** A flat named by its floor before the house number: "Basement flat, 41 …", "top floor flat 2, …". */
const floorFlat = String.raw`(?:basement|ground[\s-]floor|first[\s-]floor|second[\s-]floor|top[\s-]floor|top|garden|upper|lower)\s+flat,?\s+`;
/** A house number or a range of them: "22b", "88-90", "3/2". */
const houseNumber = String.raw`\d+[a-z]?(?:\/\d+|\s?[-–]\s?\d+[a-z]?)?`;
/** A word of a street's name, not a word that joins a number to a place ("27 on Elm Walk", "12 in the car park"). */
const streetNameWord = String.raw`(?!(?:on|in|at|by|of|to|for|from|near|and|or|is|was|are|the|a|an|with|outside|opposite|behind|along|off|into|onto|past)\b)[A-Z][a-z'-]+`;
/**
 * Things councils number that are not homes: "streetlight number 27 on Elm Walk", "lamp post 14",
 * "bus stop 3", "bench 12". A number after one of these is the asset's, not a house's.
 */
const assetBefore = /\b(?:street\s*lights?|lights?|lamp\s*posts?|lampposts?|columns?|posts?|stops?|benches|bench|bins?|bays?|trees?|gull(?:y|ies)|drains?|cameras?|cctv|signs?|hydrants?|junctions?|exits?|platforms?|gates?|pitches|stands?|spaces?|rooms?|plots?|units?|pumps?|meters?|poles?|boxes|box|hut|shelters?|hole|holes|ward|wards|bed|beds|block|blocks|floor|level|page|pages|item|items|question|step|steps)\s*(?:number|no\.?|#)?\s*$/i;

/** Patterns whose whole match is personal data, in order: each later one sees the markers of those before. */
const patterns: ReadonlyArray<readonly [PersonalDataKind, RegExp]> = [
  // National Insurance number: two letters, six digits, A–D.
  ['ni-number', nationalInsurance],
  ['card-number', /\b\d(?:[ -]?\d){12,18}\b/g],
  // UK numbers libphonenumber does not know as valid (new ranges, Ofcom's drama numbers), and numbers spaced a digit at a time
  // ("0 7 7 0 0 9 0 0 1 2 3", which reached the model unredacted: outside attack 26, A26-8).
  ['phone', /(?:\+44\s?(?:\(0\)\s?)?|\(?\b0)[\s-]?\d(?:\)?[\s-]?\d){8,9}\b/g],
  // A postcode spaced a character at a time ("N B 3 4 Q T", A26-8): the postcode package reads only the usual form.
  ['postcode', /\b[A-Z](?:\s[A-Z])?\s\d(?:\s[A-Z\d])?\s\d\s[A-Z]\s[A-Z]\b/gi],
  // "14 Holly Road", "Flat 3, 22b Market Street", "number 9 ashdown street", Scottish "3/2, 15 Kelvinhaugh Rd",
  // "88-90 High Street", "Room 4, 17 Granby Road", "caravan 23, Meadowbank Park", "Basement flat, 41 Ormonde Terrace".
  ['address', new RegExp(`\\b(?:${floorFlat}|(?:${dwellings})\\s*)?${houseNumber},?\\s+(?:${houseNumber}\\s+)?(?:${streetNameWord}\\s+){1,3}(?:${streetWords})\\b\\.?`, 'gi')],
  // "7 The Paddocks", "4 The Orchards": a street named with "The" and a capital, no street word.
  ['address', new RegExp(`\\b(?:${floorFlat}|(?:${dwellings})\\s*)?${houseNumber},?\\s+(?:${houseNumber}\\s+)?The\\s+\\p{Lu}\\p{Ll}+\\b`, 'gu')],
  // A house name and its street: "Rose Cottage, Pound Lane", "The Old Forge, Church Lane".
  ['address', new RegExp(`\\b(?:The\\s+(?:[A-Z][a-z'-]+\\s+){0,2}[A-Z][a-z'-]+|(?:[A-Z][a-z'-]+\\s+){1,2}(?:${houseWords})),\\s+(?:[A-Z][a-z'-]+\\s+){1,2}(?:${capitalStreetWords})\\b`, 'g')],
  // A flat or house with no street: "apartment 14", "house number 27", "flat 2/1".
  ['address', /\b(?:flat|apartment|apt|house\s+number)\s*\d+[a-z]?(?:\/\d+)?\b/gi],
];

/**
 * Run before the phone and postcode finders, which would otherwise take part of them: a date of
 * birth ("12 10 1966"), bank details ("GB33 BUKB …") and spelt-out e-mails. The first group of a
 * pattern that has one is a lead-in to keep ("DOB: ", "sort code ").
 */
const firstPatterns: ReadonlyArray<readonly [PersonalDataKind, RegExp]> = [
  ['email', letterSpacedEmail],
  ['email', spelledOutEmail],
  // Starts only where a run of address characters starts, so a long run with no @ is read once.
  ['email', /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g],
  ['date-of-birth', dateOfBirth],
  ['account-number', iban],
  ['sort-code', sortCodeAfterLeadIn],
  ['sort-code', hyphenatedSortCode],
  ['sort-code', sortCodeAndAccount],
  ['account-number', accountAfterLeadIn],
  ['phone', bracketedCountryCode],
  ['vehicle', registrationAfterCue],
  ['vehicle', registrationMark],
  ['vehicle', spacedRegistrationMark],
];

/** Runs of the characters a phone number is written with. */
const phoneRun = /[\d\s()+.-]+/g;
/**
 * The longest run handed to libphonenumber. Its search slows with the square of a long run of
 * digits and spaces, and a UK number with its spacing is well under 40 characters; a longer run
 * (a pasted table, an attack) is left to the plain UK pattern in `patterns` below.
 */
const longestPhoneRun = 64;
/** Fewer digits than any UK number (with its 0) has: not worth asking libphonenumber. */
const shortestPhoneNumber = 9;

/** Phone numbers as libphonenumber finds them in UK text (mobiles, landlines, +44), run by run. */
function redactPhoneNumbers(text: string): string {
  const found: Span[] = [];
  for (const run of text.matchAll(phoneRun)) {
    if (run[0].length > longestPhoneRun || (run[0].match(/\d/g) ?? []).length < shortestPhoneNumber) continue;
    // A few characters either side ("tel", "ext. 12") for libphonenumber's own reading of the context.
    const from = Math.max(0, run.index - 8);
    const window = text.slice(from, Math.min(text.length, run.index + run[0].length + 8));
    for (const { startsAt, endsAt } of findPhoneNumbersInText(window, 'GB')) found.push({ start: from + startsAt, end: from + endsAt });
  }
  return replaceSpans(text, found, replacement('phone'));
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
  result = redactServiceAccounts(result, replacement('account-number'));
  result = redactPostcodes(redactPhoneNumbers(redactLetterPhones(redactSpokenPhones(result, replacement('phone')), replacement('phone'))));
  for (const [kind, pattern] of patterns) {
    result = result.replace(pattern, (whole: string, ...rest: unknown[]) => {
      const offset = rest.find((value) => typeof value === 'number')!;
      const before = result.slice(Math.max(0, offset - 24), offset);
      if (kind === 'address' && /^\d/.test(whole) && assetBefore.test(before)) return whole;
      return `${/^\s/.test(whole) ? ' ' : ''}${replacement(kind)}`;
    });
  }
  result = redactReferenceCodes(result, replacement('account-number'));
  result = redactNames(result, replacement('name'));
  // Council tax / benefit / tenancy account numbers: any remaining run of 6+ digits.
  return result.replace(/\b\d{6,}\b/g, replacement('account-number'));
}
