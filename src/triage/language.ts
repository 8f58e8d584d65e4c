import { franc } from 'franc';
import { words } from '../knowledge/textTokens.js';

/** English words so common that two of them mean the message is (mostly) English, whatever n-grams say. */
const englishFunctionWords = new Set(
  'the and is my to of in it not was i you a have has on for with can do be this that at are how what does did much when where why who will would should me we our your please thanks thank they he she his her been if or but get got'.split(' '),
);

/**
 * Letters that, among the community languages, only one writes: a short reply ("tak poproszę")
 * gives franc's trigrams too little to go on (it said Spanish), but "ę" says Polish.
 */
const ownLetters: Readonly<Record<string, RegExp>> = {
  pol: /[ąęłśżźćń]/i,
  ron: /[ăâîșțşţ]/i,
  lit: /[ėįųūčšž]/i,
  spa: /[ñ¿¡]/i,
  por: /[ãõç]/i,
};

/**
 * The language of a resident's message, offline (franc's trigram model), limited to English and
 * the languages the council profile has an interpreter line for. `eng` when unsure: short
 * messages are too short to tell, unless a letter only one of the languages writes says which.
 */
export function detectLanguage(text: string, candidates: string[]): string {
  if (candidates.length === 0) return 'eng';
  const tokens = words(text);
  if (tokens.filter((token) => englishFunctionWords.has(token)).length >= 2) return 'eng';
  const byLetter = candidates.filter((language) => ownLetters[language]?.test(text));
  if (byLetter.length === 1) return byLetter[0]!;
  const detected = franc(text, { minLength: 12, only: ['eng', ...candidates] });
  return detected === 'und' ? 'eng' : detected;
}
