import type { TypoCorrector } from './fuzzy.js';

/**
 * A message reduced to what the rules read: lower case, Latin accents stripped, contractions
 * closed up ("can't" → "cant"), typos corrected, and split into sentences whose clauses are
 * separated by a lone "," token. Rules never see the resident's punctuation or capitals.
 */
export interface NormalisedMessage {
  /** One entry a sentence; tokens joined by single spaces, clause breaks shown as " , ". */
  sentences: string[];
  /** Every sentence joined with " . ", for rules about the whole message. */
  whole: string;
}

/** Text-speak and frequent short misspellings that edit distance cannot safely fix (under five letters). */
const shorthand: Readonly<Record<string, string>> = {
  u: 'you', ur: 'your', r: 'are', pls: 'please', plz: 'please', plse: 'please', ppl: 'people',
  cos: 'because', coz: 'because', cuz: 'because', wiv: 'with', n: 'and', tho: 'though',
  bf: 'boyfriend', gf: 'girlfriend', hubby: 'husband', tonite: 'tonight', '2nite': 'tonight', '2night': 'tonight',
  smel: 'smell', smll: 'smell', gass: 'gas', gasss: 'gas', leek: 'leak', leeking: 'leaking', fier: 'fire', fyre: 'fire',
  ive: 'i have', im: 'i am', theres: 'there is', thats: 'that is', whats: 'what is',
  its: 'it is', hes: 'he is', shes: 'she is', theyre: 'they are', youre: 'you are', wont: 'will not',
  cant: 'can not', cannot: 'can not', dont: 'do not', doesnt: 'does not', didnt: 'did not', isnt: 'is not',
  arent: 'are not', wasnt: 'was not', werent: 'were not', havent: 'have not', hasnt: 'has not', hadnt: 'had not',
  couldnt: 'could not', shouldnt: 'should not', wouldnt: 'would not', aint: 'is not', wanna: 'want to', gonna: 'going to',
  gotta: 'got to', dunno: 'do not know', ain: 'is not',
};

/** "kill my self" → "kill myself": a split reflexive is a spelling slip, not a different phrase. */
const splitReflexive = /\s(my|your|him|her|it|them|our)\s(self|selves)(?=\s)/g;
const clauseBreakWords = /\s(but|however|although|though|whereas|except|anyway)\s/g;

function stripLatinAccents(text: string): string {
  // Only marks that sit on a Latin letter: Indic vowel signs are marks too and must stay.
  return text
    .normalize('NFD')
    .replace(/([a-z])\p{M}+/gu, '$1')
    .normalize('NFC')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae');
}

function tidySentence(sentence: string, corrector: TypoCorrector): string {
  const spaced = ` ${sentence} `
    .replace(/(\p{L})'(\p{L})/gu, '$1$2')
    .replace(/[,:()[\]{}"“”«»]|\s[-–—]+\s/g, ' , ')
    .replace(/[^\p{L}\p{M}\p{N},]+/gu, ' ')
    .replace(/(\p{L})\1{2,}/gu, '$1$1')
    .replace(clauseBreakWords, ' , $1 ')
    .replace(splitReflexive, ' $1$2 ');
  const tokens = spaced
    .split(/\s+/)
    .filter((token) => token.length > 0)
    .flatMap((token) => (shorthand[token] ?? corrector.correct(token)).split(' '));
  // Collapse runs of clause breaks left by ", but" or stray punctuation; "its own" is possessive, not "it is".
  return tokens
    .join(' ')
    .replace(/(?<!\S)it is own(?!\S)/g, 'its own')
    .replace(/(?:\s*,\s*)+/g, ' , ')
    .replace(/^\s*,\s*|\s*,\s*$/g, '')
    .trim();
}

export function normaliseMessage(text: string, corrector: TypoCorrector): NormalisedMessage {
  const flat = stripLatinAccents(text.normalize('NFKC').toLowerCase()).replace(/[’‘ʼ`´]/g, "'");
  const sentences = flat
    .split(/[.!?;\n\r…。؟।]+/u)
    .map((sentence) => tidySentence(sentence, corrector))
    .filter((sentence) => sentence.length > 0);
  return { sentences, whole: sentences.join(' . ') };
}
