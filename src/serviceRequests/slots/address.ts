import { leadingNumberInWords } from './numberWords.js';
import { accept, reprompt, tidy, withoutCorrection, type SlotResult } from './slotResult.js';
import { parsePostcode } from './postcode.js';

/** House number or name and street, as the resident wrote it, e.g. "14 Holly Road" or "Rose Cottage, Mill Lane". */
export type StreetAddress = string;

const maximumLength = 120;

/** Words after a number that make it a count, not a house number: "three weeks ago", "one of the houses". */
const counted = /^(of|or|and|to|weeks?|days?|months?|years?|times?|hours?|minutes?|ago|people|bins?|rooms?|more|less)$/i;

/**
 * A number in words and the words after it, as a caller says it and speech recognition writes it:
 * "fourteen Holly Road" → "14 Holly Road", "twenty-one b the crescent" → "21B the crescent" (a
 * letter after the number belongs to it when a street follows); anything else as it was.
 */
function numberWordsFirst(text: string): string {
  const words = text.replace(/^([a-z]+)-([a-z]+)\b/i, '$1 $2').split(/\s+/);
  const number = leadingNumberInWords(words.map((word) => word.toLowerCase().replace(/[^a-z]/g, '')));
  // A number with nothing after it ("fourteen") is kept as said: it may be a name or half an answer.
  if (!number || number.used >= words.length || /[^a-z]/i.test(words[number.used - 1]!) || counted.test(words[number.used]!)) return text;
  const letter = /^[a-h]$/i.test(words[number.used]!) && words.length > number.used + 1 ? words[number.used]!.toUpperCase() : '';
  return [`${number.value}${letter}`, ...words.slice(number.used + (letter ? 1 : 0))].join(' ');
}

/**
 * A house number said in words just before a street ("I live at fourteen Holly Road"), written in
 * digits. A caller's "fourteen Holly Road" was kept as "Holly Road" and asked for the number again.
 */
function withHouseNumberInDigits(text: string): string {
  const street = streetPattern.exec(text);
  if (!street || street[1] || !street[2]) return text;
  const before = text.slice(0, street.index).trimEnd().split(/\s+/);
  // The longest run of words before the street that is one number ("one hundred and two").
  for (let take = Math.min(5, before.length); take > 0; take -= 1) {
    const said = before.slice(-take).join(' ');
    const written = numberWordsFirst(`${said} ${street[2]}`);
    if (written !== `${said} ${street[2]}` && /^\d+ /.test(written) && written.split(' ').length === street[2].split(' ').length + 1) {
      return `${before.slice(0, -take).join(' ')} ${written}${text.slice(street.index + street[0].length)}`.trim();
    }
  }
  return text;
}

/** Words that answer nothing ("no thanks", "ok"): never a street, whatever is left once "no" is read as a correction. */
const answersNothing = /^\W*(?:no|nope|nah|no thanks?|no thank you|thanks|thank you|cheers|ok|okay|yes|yeah|yep)\W*$/i;

export function parseStreetAddress(text: string): SlotResult<StreetAddress> {
  const address = numberWordsFirst(withoutCorrection(text));
  // "Sorry no, I meant NB5 3GJ" is the postcode corrected, not the street; "No thanks" was the street "thanks" (two-instance trial 20, PG20-09).
  if (!/[a-z]{3}/i.test(address) || address.length < 5 || parsePostcode(address).ok || answersNothing.test(text) || answersNothing.test(address)) {
    return reprompt('Please give the house number or name and the street, for example 14 Holly Road.');
  }
  if (address.length > maximumLength) {
    return reprompt(`That's longer than an address usually is. Please give just the house number or name and the street (up to ${maximumLength} characters).`);
  }
  return accept(address);
}

const streetSuffixes = ['road', 'rd', 'street', 'st', 'lane', 'avenue', 'ave', 'close', 'drive', 'way', 'crescent', 'court', 'place', 'grove', 'gardens', 'terrace', 'hill', 'row', 'walk', 'square', 'view', 'rise', 'mews', 'parade'];
// Either case for the suffix's first letter, but the name itself must be capitalised so "down the road" is not a street.
const suffixPattern = streetSuffixes.map((suffix) => `[${suffix[0]!.toUpperCase()}${suffix[0]}]${suffix.slice(1)}`).join('|');
const streetPattern = new RegExp(`(?:\\b(\\d{1,4}[A-Za-z]?),?\\s+)?((?:[A-Z][a-z'’-]+\\s){1,3}(?:${suffixPattern}))\\b`);
/** Capitalised words that start a sentence or a phrase rather than a street name. */
const leadingWords = new Set(['On', 'In', 'At', 'Near', 'Outside', 'Along', 'By', 'From', 'To', 'My', 'Our', 'Off', 'Of', 'Not', 'Hi', 'Hello']);

/** A flat or unit written just before the house number: "flat 3, 5 Park Road". */
const flatBefore = /\b(flat|apartment|apt|unit|maisonette)\s*(\d{1,4}[a-z]?)\s*,?\s*$/i;

/** A named building just before the street, with the flat in it when given: "Flat 5 Poplar House, Station Road". */
const buildingBefore = new RegExp(
  `(?:\\b([Ff]lat|[Aa]partment|[Aa]pt|[Uu]nit|[Mm]aisonette)\\s*(\\d{1,4}[a-z]?)\\s*,?\\s*)?((?:[A-Z][a-z'’-]+\\s){1,3}(?:House|Lodge|Tower|Heights|Point|Mansions|Building|Hall|Cottages?|Farm|Block))\\s*,?\\s*$`,
);
/**
 * A house number said apart from the street: "the recycling on Larch Close wasn't collected, number 9". Not a reference,
 * a phone or a bin's number ("reference number 1234"), and not the start of a longer number.
 */
const numberSaidApart = /(?<!\b(?:reference|ref|case|phone|mobile|contact|account|order|tracking|customer|tel|telephone|bin|route|bus|platform|flat)\s)\b(?:house |door )?(?:number|no\.?|num)\s*(\d{1,4}[a-z]?)\b(?![\d.,:]\d)/i;

const capitalised = (word: string): string => `${word[0]!.toUpperCase()}${word.slice(1).toLowerCase()}`;

/**
 * A street mentioned in free text ("Holly Road"), with its house number (and flat) when they come right before it, a
 * building named before it, or a number said apart ("number 9"): caller trial 30 was asked again for the number it had
 * given (C30-02) and had "Flat 5 Poplar House, Station Road" kept as "Station Road" (C30-41).
 */
export function findStreetAddress(said: string): StreetAddress | undefined {
  const text = withHouseNumberInDigits(said);
  const found = streetPattern.exec(text);
  if (!found?.[2]) return undefined;
  const words = found[2].split(' ');
  while (words.length > 2 && leadingWords.has(words[0]!)) words.shift();
  if (leadingWords.has(words[0]!)) return undefined;
  const street = words.join(' ');
  const before = text.slice(0, found.index);
  if (!found[1] || words.length !== found[2].split(' ').length) {
    if (words.length !== found[2].split(' ').length) return street;
    const building = buildingBefore.exec(before);
    if (building) return `${building[1] ? `${capitalised(building[1])} ${building[2]}, ` : ''}${building[3]}, ${street}`;
    const number = numberSaidApart.exec(text.replace(streetPattern, ' '));
    return number ? `${number[1]!.toUpperCase()} ${street}` : street;
  }
  const flat = flatBefore.exec(before);
  const unit = flat ? `${capitalised(flat[1]!)} ${flat[2]}, ` : '';
  return `${unit}${found[1]} ${street}`;
}
