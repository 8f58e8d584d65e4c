import { isValid, toNormalised } from 'postcode';
import { digitWords } from '../../serviceRequests/slots/numberWords.js';

/**
 * Callers say postcodes the way they would to a person: letter by letter ("N B three, four Q T"),
 * with the NATO alphabet ("november bravo three four quebec tango"), or "oh" for zero. Speech
 * recognition writes that down word for word, which no postcode field understands; this puts the
 * words back together as the postcode ("NB3 4QT") before the bot sees the message.
 */

const natoLetters: ReadonlyMap<string, string> = new Map<string, string>(
  [
    ['alpha', 'A'], ['alfa', 'A'], ['bravo', 'B'], ['charlie', 'C'], ['delta', 'D'], ['echo', 'E'], ['foxtrot', 'F'],
    ['golf', 'G'], ['hotel', 'H'], ['india', 'I'], ['juliet', 'J'], ['juliett', 'J'], ['kilo', 'K'], ['lima', 'L'],
    ['mike', 'M'], ['november', 'N'], ['oscar', 'O'], ['papa', 'P'], ['quebec', 'Q'], ['romeo', 'R'], ['sierra', 'S'],
    ['tango', 'T'], ['uniform', 'U'], ['victor', 'V'], ['whiskey', 'W'], ['whisky', 'W'], ['xray', 'X'], ['yankee', 'Y'], ['zulu', 'Z'],
    // As British callers say the last letter.
    ['zed', 'Z'],
  ],
);

/** A postcode is at most seven characters, so at most seven spoken words (a letter with its example counting as one). */
const maxWords = 7;

/** The postcode characters a spoken word stands for, or undefined when it is an ordinary word. */
export function charactersOf(word: string): string | undefined {
  const lower = word.toLowerCase();
  const said = natoLetters.get(lower) ?? digitWords.get(lower);
  if (said) return said;
  if (/^[a-z]$/i.test(word) || /^\d{1,2}$/.test(word)) return word.toUpperCase();
  // "NB" as recognised, but not "is" or "at": two letters count only when written in capitals.
  if (/^[A-Z]{2}$/.test(word)) return word;
  // Part of a postcode recognised as one word: "NB3", "4QT".
  if (/^[a-z0-9]{2,4}$/i.test(word) && /\d/.test(word)) return word.toUpperCase();
  return undefined;
}

interface Word {
  start: number;
  end: number;
  characters: string | undefined;
}

/**
 * A word, or a letter with a word to make it clear, the way people spell on the phone: "N for
 * Nora", "B as in Bravo", "M for mother". The word must start with the letter it is for.
 */
export const spokenWord = /\b([A-Za-z])\s+(?:for|as in|like)\s+([A-Za-z]+)\b|[A-Za-z0-9]+/g;

/** The letter of "N for Nora" (undefined when the word does not start with it), or `ordinary`'s reading of a plain word. */
export const spokenCharacters = ([word, letter, example]: RegExpMatchArray, ordinary: (word: string) => string | undefined = charactersOf): string | undefined =>
  letter && example ? (example[0]!.toLowerCase() === letter.toLowerCase() ? letter.toUpperCase() : undefined) : ordinary(word);

/** "x-ray" and "x ray", as recognition writes the letter X said the NATO way. */
export const withXrayJoined = (utterance: string): string => utterance.replace(/\bx[- ]ray\b/gi, 'xray');

/** Every postcode said in `utterance` written as a postcode ("NB3 4QT"); the other words are left as they were. */
export function withSpokenPostcodes(said: string): string {
  const utterance = withXrayJoined(said);
  const words: Word[] = [...utterance.matchAll(spokenWord)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    characters: spokenCharacters(match),
  }));
  let result = '';
  let copiedTo = 0;
  for (let first = 0; first < words.length; first += 1) {
    for (let last = Math.min(words.length, first + maxWords) - 1; last >= first; last -= 1) {
      const run = words.slice(first, last + 1);
      if (run.some((word) => word.characters === undefined)) continue;
      const characters = run.map((word) => word.characters).join('');
      if (characters.length < 5 || characters.length > 7 || !isValid(characters)) continue;
      result += utterance.slice(copiedTo, words[first]!.start) + toNormalised(characters)!;
      copiedTo = words[last]!.end;
      first = last;
      break;
    }
  }
  return result + utterance.slice(copiedTo);
}
