/**
 * UK vehicle registration marks. A plate ties a message to its keeper as surely as a name, and
 * residents give them for permits, abandoned cars and parking complaints. The current format
 * (two letters, two digits, three letters: "AB12 CDE", "ab12cde", "AB 12 CDE") is distinctive
 * enough to find anywhere; the older prefix and suffix marks ("P123 ABC", "ABC 123D"), dateless
 * and Northern Ireland marks ("LJZ 4821", "KFZ 72") look like ordinary codes and words, so they
 * count only after a cue ("reg", "number plate", "VRM", "the taxi is").
 */

/** The current format with its letters against the digits, in any case: "AB12 CDE", "ky19xtr". */
const current = String.raw`[A-Z]{2}\d{2}\s?[A-Z]{3}`;
/** The current format spaced out ("BD 51 SMR"); in lower case "is 12 and" would match, so capitals only. */
const currentSpaced = String.raw`\b[A-Z]{2}\s\d{2}\s?[A-Z]{3}\b`;
/** Words that a cue may be followed by and that are not the letters of a plate ("the van is in 2 bays"). */
const notPlateLetters = String.raw`(?!(?:in|on|at|by|no|to|is|of|a|an|for|the|my|now|due|and|or|not|was|has|had|off|out|up|its|her|his|our|too|so|age|aged|abt|ago)\b)`;
/** Prefix ("A12 BCD"), suffix ("ABC 123D"), dateless and Northern Ireland ("LJZ 4821", "1 ABC") marks. */
const older = String.raw`(?:[A-Z]\s?\d{1,3}\s?[A-Z]{3}|[A-Z]{3}\s?\d{1,3}\s?[A-Z]|${notPlateLetters}[A-Z]{1,3}\s?\d{1,4}|\d{1,4}\s?${notPlateLetters}[A-Z]{1,3})`;
const vehicle = 'car|van|taxi|cab|lorry|truck|motorbike|motorcycle|bike|scooter|moped|vehicle|campervan|caravan|minibus|minicab|4x4|jeep';
/** "reg", "registration no.", "number plate", "VRM", "the van is", "my car reg is". */
const cue =
  String.raw`\b(?:(?:(?:${vehicle})\s+)?(?:reg(?:istration)?(?:\s+(?:mark|no\.?|number|plate))?|(?:number\s+)?plate|vrm)\b\.?|(?:${vehicle})\s+(?:is|was)\b)` +
  String.raw`(?:\s*(?:is|was|:|=|-|#|no\.?|number)(?=[\s\d]))*\s*`;

/** A current-format mark anywhere. */
export const registrationMark = new RegExp(String.raw`\b${current}\b`, 'giu');
/** A current-format mark in capitals with a space after its letters, anywhere. */
export const spacedRegistrationMark = new RegExp(currentSpaced, 'gu');
/** Any format of mark after a cue; the first group is the cue, kept so the sentence still reads. */
export const registrationAfterCue = new RegExp(String.raw`(${cue})(\b(?:[A-Z]{2}\s?\d{2}\s?[A-Z]{3}|${older})\b)`, 'giu');
