import { readCaseReference } from '../../cases/caseReference.js';
import { repeatWords } from '../../serviceRequests/slots/numberWords.js';
import { charactersOf, spokenCharacters, spokenWord, withXrayJoined } from './spokenPostcode.js';

/**
 * Callers read a case reference out the way it was read to them: character by character ("N B C,
 * B I N, seven K four Q, two M X R"), with "oh" for zero, the NATO alphabet, or the prefix and
 * type code as words ("NBC bin"). Speech recognition writes that down word for word, with commas
 * the reference reader does not take; this puts the characters back together ("NBCBIN7K4Q2MXR")
 * so the case-check form reads it as it would a typed one, check symbol and all.
 */

/** Prefix (up to five), type code (three) and eight symbols: at most sixteen words. */
const maxWords = 16;

/** A word's characters in a reference: as in a postcode, or the prefix or type code said as one word. */
const referenceCharacters = (word: string): string | undefined => charactersOf(word) ?? (/^[a-z]{3,5}$/i.test(word) ? word.toUpperCase() : undefined);

/** "double oh", "triple seven" in a reference: the character written as many times as said. */
const withRepeatsSaid = (utterance: string): string =>
  utterance.replace(/\b(double|treble|triple)\s+([A-Za-z0-9]+)\b/gi, (said, repeat: string, word: string) =>
    charactersOf(word)?.length === 1 ? Array.from({ length: repeatWords.get(repeat.toLowerCase())! }, () => word).join(' ') : said,
  );

/** `utterance` with a reference of `prefix`'s said in it written as one block of characters; the other words are left as they were. */
export function withSpokenCaseReference(utterance: string, prefix: string): string {
  // The dashes read out with the reference ("N B C dash bin dash …") are not characters of it.
  const written = referenceWritten(withRepeatsSaid(withXrayJoined(utterance).replace(/\b(?:dash|hyphen)\b/gi, ' ')), prefix);
  return written ?? utterance;
}

function referenceWritten(utterance: string, prefix: string): string | undefined {
  // "K for kilo" is one character, as in a postcode.
  const words = [...utterance.matchAll(spokenWord)].map((match) => ({ start: match.index, end: match.index + match[0].length, characters: spokenCharacters(match, referenceCharacters) }));
  for (let first = 0; first < words.length; first += 1) {
    for (let last = Math.min(words.length, first + maxWords) - 1; last > first; last -= 1) {
      const run = words.slice(first, last + 1);
      if (run.some((word) => word.characters === undefined)) continue;
      const characters = run.map((word) => word.characters).join('');
      if (!characters.startsWith(prefix.toUpperCase()) || readCaseReference(characters, prefix).kind === 'none') continue;
      return utterance.slice(0, words[first]!.start) + characters + utterance.slice(words[last]!.end);
    }
  }
  return undefined;
}
