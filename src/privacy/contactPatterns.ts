/**
 * Personal data that has a shape but hides it from the plain patterns: e-mail addresses spelt
 * out to dodge spam filters, dates of birth in any common format after "born" or "DOB", and bank
 * details. Each pattern keeps its lead-in ("DOB", "sort code") so the sentence still reads.
 */
const separator = String.raw`(?:\s*[([{]\s*dot\s*[)\]}]\s*|\s+dot\s+|\.)`;
const topLevel = 'com|org|net|uk|gov|edu|ac|co|io|info|biz|me|eu|ie|sch|nhs|police';
/** "john dot smith at example dot com", "p.walsh[at]example[dot]org", "anna {at} example {dot} com". */
export const spelledOutEmail = new RegExp(
  String.raw`\b[\w+-]+(?:(?:\s+(?:dot|underscore|dash|hyphen)\s+|[._-])[\w+-]+)*` +
    String.raw`(?:\s*[([{]\s*at\s*[)\]}]\s*|\s+at\s+)` +
    String.raw`[a-z0-9-]+(?:${separator}[a-z0-9-]+)*${separator}(?:${topLevel})\b`,
  'giu',
);

const month = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const datePiece = String.raw`(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\s*[/.\- ]\s*\d{1,2}\s*[/.\- ]\s*\d{2,4}|\d{1,2}(?:st|nd|rd|th)?|(?:${month})\b\.?|'?\d{2}\b|\d{4})`;
const dateJoin = String.raw`[\s,]*(?:(?:of|the|on|in)\b[\s,]*){0,2}`;
/** "born 3rd March 1956", "DOB: 02/11/1987", "date of birth is the 9th of july 1930", "born March 3 56". */
export const dateOfBirth = new RegExp(
  String.raw`(\b(?:born|d\.?\s?o\.?\s?b\.?|date\s+of\s+birth|birth\s?date|birthday)(?:\s*(?:is|was|:|-|on|in|the)\s*)*\s*)` +
    String.raw`(${datePiece}(?:${dateJoin}${datePiece})*)`,
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
