import { terms, words } from './textTokens.js';

/** Accents on Latin letters dropped ("śmieci" = "smieci": residents type both); other scripts' marks are letters and stay. */
function foldLatinAccents(text: string): string {
  return text.normalize('NFD').replace(/(\p{Script=Latin})\p{M}+/gu, '$1').normalize('NFC');
}

/** Character n-gram lengths: short enough to match a misspelt or inflected word, long enough to mean something. */
const shortestGram = 3;
const longestGram = 5;
/** Longer "words" are pasted codes or a key held down; their n-grams would only cost time. */
const longestWord = 30;

/**
 * A message's features for the topic classifier: stemmed words and adjacent pairs ("not collected",
 * "black mould"), plus character 3–5-grams inside each word, which carry misspellings, text-speak,
 * inflections and the community languages that the stemmer does not know.
 */
export function topicFeatures(text: string): string[] {
  const stemmed = terms(text);
  const features = stemmed.map((term) => `w:${term}`);
  for (let index = 1; index < stemmed.length; index += 1) features.push(`p:${stemmed[index - 1]}_${stemmed[index]}`);
  for (const word of words(foldLatinAccents(text))) {
    if (word.length > longestWord) continue;
    const padded = ` ${word} `;
    for (let size = shortestGram; size <= longestGram; size += 1) {
      for (let start = 0; start + size <= padded.length; start += 1) features.push(`c:${padded.slice(start, start + size)}`);
    }
  }
  return features;
}
