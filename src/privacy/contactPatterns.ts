/**
 * Personal data that has a shape but hides it from the plain patterns: e-mail addresses spelt
 * out to dodge spam filters, dates of birth in any common format after "born" or "DOB", and bank
 * details. Each pattern keeps its lead-in ("DOB", "sort code") so the sentence still reads.
 */
const openBracket = String.raw`[([{<]`;
const closeBracket = String.raw`[)\]}>]`;
const separator = String.raw`(?:\s*${openBracket}\s*dot\s*${closeBracket}\s*|\s+dot\s+|\.)`;
/** Generic and UK endings, and the country codes of the European and other addresses residents use ("web dot de"). */
const topLevel =
  'com|org|net|uk|gov|edu|ac|co|io|info|biz|me|eu|ie|sch|nhs|police|' +
  'de|fr|pl|cz|sk|it|es|pt|nl|be|lu|at|ch|dk|se|no|fi|is|ee|lv|lt|ro|bg|hu|gr|hr|si|rs|ua|ru|tr|in|pk|ng|za|au|nz|ca|us|br|cn|jp';

/**
 * The part before the @. Its pieces hold no separator characters, so each way of reading
 * "a.b_c" is the only one and a long run of them cannot backtrack. A piece may be a word or
 * letter-spaced ("a n n a dot k o w a l"); a letter-spaced piece starts with a letter and takes
 * every spaced character there is, so "1 1 1 …" and "a b c …" have one reading each. A number may
 * be typed apart ("amber dot hollis 92").
 */
const localPiece = String.raw`(?:\p{L}(?:\s[\p{L}\p{N}]){2,40}\b(?!\s[\p{L}\p{N}](?![\p{L}\p{N}]))|[\p{L}\p{N}+]+)`;
const localPart =
  String.raw`\b${localPiece}(?:(?:\s+(?:dot|underscore|dash|hyphen)\s+|\s*\.\s*|[_-]|\s+(?=\p{N}+\s))${localPiece}){0,8}`;
/** An e-mail's domain and top level, its dots spelt out ("dot", "(dot)") or typed. */
const domain = (dot: string): string => String.raw`[\p{L}\p{N}-]+(?:${dot}[\p{L}\p{N}-]+){0,6}${dot}(?:${topLevel})\b`;
/**
 * "john dot smith at example dot com", "p.walsh[at]example[dot]org", "anna {at} example {dot} com",
 * "harvey<at>example<dot>co<dot>uk", "fiona . mcrae @ example . com". Dots with spaces round
 * them count only after an @: after a spelt-out "at" they would read "at Tesco. Co-op" as an address.
 */
export const spelledOutEmail = new RegExp(
  String.raw`${localPart}(?:(?:\s*${openBracket}\s*at\s*${closeBracket}\s*|\s+at\s+)${domain(separator)}|\s*@\s*${domain(String.raw`\s*\.\s*`)})`,
  'giu',
);

const month = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const units = 'one|two|three|four|five|six|seven|eight|nine';
const unitOrdinals = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth';
const teens = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const tens = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** "the twenty third", "fourteenth", "thirty first": a day of the month in words. */
const dayInWords = String.raw`(?:(?:twenty|thirty)[\s-]*(?:${unitOrdinals})|${unitOrdinals}|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth)\b`;
/** "nineteen eighty", "nineteen seventy two", "two thousand and one", "twenty oh five". */
const yearInWords =
  String.raw`(?:nineteen[\s-]+(?:(?:${tens})(?:[\s-]+(?:${units}))?|oh[\s-]+(?:${units})|${teens})` +
  String.raw`|(?:two\s+thousand(?:\s+and)?|twenty)(?:[\s-]+(?:oh[\s-]+)?(?:${teens}|(?:${tens})(?:[\s-]+(?:${units}))?|${units}))?)\b`;
const datePiece = String.raw`(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\s*[/.\- ]\s*\d{1,2}\s*[/.\- ]\s*\d{2,4}|\d{1,2}(?:st|nd|rd|th)?|(?:${month})\b\.?|'?\d{2}\b|\d{4}|${dayInWords}|${yearInWords})`;
const dateJoin = String.raw`[\s,]*(?:(?:of|the|on|in)\b[\s,]*){0,2}`;
/**
 * "born 3rd March 1956", "DOB: 02/11/1987", "date of birth is the 9th of july 1930", "born March 3 56",
 * "bday 17/09/84", "the twenty third of june nineteen eighty", and a correction: "the date of birth
 * you have is wrong, it should be …" (a few words, then "is", "be" or a colon, then the date).
 */
export const dateOfBirth = new RegExp(
  String.raw`(\b(?:born|d\.?\s?o\.?\s?b\.?|date\s+of\s+birth|birth\s?date|birthday|b['’-]?day)(?:[^\d\n.?!]{0,50}?\b(?:is|be|was|:)(?=\s))?(?:\s*(?:is|was|:|=|-|on|in|the)\s*)*\s*)` +
    String.raw`(${datePiece}(?:${dateJoin}${datePiece}){0,6})`,
  'giu',
);

/** A UK IBAN (GB, two check digits, a bank code, 14 digits), with or without spaces. */
export const iban = /\bGB\d{2}\s?[A-Z]{4}(?:\s?\d){14}\b/gi;
/** "sort code 40 11 62", "s/c 30-94-57", "sortcode: 165710". */
export const sortCodeAfterLeadIn = /(\b(?:sort\s*code|s\/c|sort)\s*(?:is|:|-|no\.?)?\s*)(\d{2}[\s.-]?\d{2}[\s.-]?\d{2})\b/giu;
/** "12-34-56": three pairs of digits with hyphens read as a sort code anywhere. */
export const hyphenatedSortCode = /\b\d{2}-\d{2}-\d{2}\b(?!-)/g;
/** "12 34 56 98765432": a sort code and an eight-digit account number together. */
export const sortCodeAndAccount = /\b\d{2}([\s.])\d{2}\1\d{2}(?=\s+\d{8}\b)/g;
/** "account no. 0012 3456", "a/c 3344 5566", "account number ending 4455". */
export const accountAfterLeadIn = /(\b(?:account|acc|acct|a\/c)\b\.?(?:\s*(?:number|no|num|#))?\.?\s*(?:is|:|-|ending(?:\s+in)?)?\s*)(\d(?:[ -]?\d){3,11})\b/giu;

/**
 * A National Insurance number: two letters, six digits, A–D, with at most one space or dash
 * between any two characters ("QQ 12 34 56 C", "Q Q 1 2 3 4 5 6 C", "QQ-123-456-C").
 */
export const nationalInsurance = /\b[A-Z][\s-]?[A-Z](?:[\s-]?\d){6}[\s-]?[A-D]\b/gi;

/**
 * An e-mail address typed one character at a time, dots and all ("r o s i e . p a r k @ e x a m p l e . c o m"):
 * a run of single characters one space apart with an @ and a dot after it.
 */
export const letterSpacedEmail = /(?<!\S)(?:[\p{L}\p{N}._+-] ){2,80}@(?: [\p{L}\p{N}_-]){1,80}(?: \.(?: [\p{L}\p{N}_-]){1,20}){1,4}(?!\S)/gu;

/** "(+44) 07700 900812", "(+44)01632 960245": the country code in brackets before a number written with its 0. */
export const bracketedCountryCode = /\(\s*\+\s*44\s*\)\s*(?:\(0\)\s*)?0?\d(?:[\s-]?\d){8,9}\b/g;

/**
 * A UK phone number typed with the letter o for zero or l for one ("o7700 9oo314", "0l632 960 118"):
 * ten or eleven digits and letters, starting with 0 or o, in groups. Only a run with such a letter
 * in it and seven or more real digits counts, so words are never read as numbers; the rest
 * libphonenumber finds.
 */
const letterPhone = /(?<![\p{L}\p{N}])[0o](?:[\s-]?[0-9ol]){9,10}(?![\p{L}\p{N}])/giu;
export function redactLetterPhones(text: string, marker: string): string {
  return text.replace(letterPhone, (whole) => (/[ol]/i.test(whole) && (whole.match(/\d/g) ?? []).length >= 7 ? marker : whole));
}

const digitWords: ReadonlySet<string> = new Set(['zero', 'oh', 'o', 'nought', 'nil', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']);
const digitWord = 'zero|oh|o|nought|nil|one|two|three|four|five|six|seven|eight|nine';
/**
 * A phone number said in words, as a voice assistant or a careful resident writes it ("oh one six
 * three two …", "zero seven seven double zero …"): a run starting with zero or oh of digit words,
 * "double" and "treble" counting twice and three times. Ten or eleven digits make a UK number; a
 * shorter run ("one or two") is left alone. Each word is read once, so a long run stays linear.
 */
const spokenPhone = new RegExp(String.raw`\b(?:zero|oh|nought)\b(?:[\s,.-]+(?:(?:double|treble|triple)\s+)?(?:${digitWord})\b){6,16}`, 'giu');
export function redactSpokenPhones(text: string, marker: string): string {
  return text.replace(spokenPhone, (whole) => {
    const digits = (whole.toLowerCase().match(/[a-z]+/g) ?? []).reduce(
      (count, word, index, all) => count + (digitWords.has(word) ? 1 : 0) * (all[index - 1] === 'double' ? 2 : /^t(?:reble|riple)$/.test(all[index - 1] ?? '') ? 3 : 1),
      0,
    );
    return digits >= 10 && digits <= 13 ? marker : whole;
  });
}

/** The council services whose account numbers residents type straight after the name ("Council tax 4401 9922 81"). */
const service = String.raw`council\s*tax|c\/?tax|business\s+rates|rates|housing\s+benefits?|benefits?|rent|water|ndr|ct`;
/**
 * An account number in groups of digits right after a service ("council tax: 6610 2245 13",
 * "housing benefit 402 118 93"): seven or more digits in all, not a pair of years ("2024 25").
 */
const serviceAccount = new RegExp(String.raw`(\b(?:${service})\b\s*(?:(?:account|acc|acct|ref|reference|number|no\.?|is)\s*){0,3}[:#=-]?\s*)(\d{2,5}(?:[\s-]\d{1,5}){1,4})\b`, 'giu');
export function redactServiceAccounts(text: string, marker: string): string {
  return text.replace(serviceAccount, (whole, leadIn: string, code: string) =>
    code.replace(/\D/g, '').length >= 7 && !/^(?:19|20)\d{2}[\s-](?:(?:19|20)?\d{2})$/.test(code) ? `${leadIn}${marker}` : whole,
  );
}
