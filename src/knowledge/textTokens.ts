import stem from 'wink-porter2-stemmer';

/** Words too common to tell articles apart; kept short on purpose ("not", "no" and "bin" stay). */
const stopWords = new Set(
  'a an and are as at be been but by can council could do does for from get got had has have how i i\'m if in is it its it\'s me my of on or our please so that the their them there they this to was we were what when where which who will with would you your'.split(' '),
);

/** Lower case words of the text, apostrophes folded ("won't" → "wont"). */
export function words(text: string): string[] {
  return text.toLowerCase().replace(/['’]/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Longer "words" are not words (a pasted code, a key held down) and the stemmer and fuzzy search
 * grow faster than their length: a 10,000-letter one cost most of a second.
 */
const longestWord = 40;

/** One search term: stop words and non-words dropped, English stemming, shared by indexing and queries. */
export function searchTerm(word: string): string | null {
  const lower = word.toLowerCase().replace(/['’]/g, '');
  if (lower.length < 2 || lower.length > longestWord || stopWords.has(lower)) return null;
  return stem(lower);
}

/** Stemmed content terms of a text. */
export function terms(text: string): string[] {
  return words(text).flatMap((word) => searchTerm(word) ?? []);
}

/**
 * The first `limit` characters of a text, cut after a word where one ends near the limit (a
 * single very long word is cut where it stands) and never between the two halves of an emoji.
 */
export function firstPart(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let cut = limit;
  if (!/\s/.test(text[limit]!)) {
    const lastBreak = text.slice(0, limit).search(/\s\S*$/);
    if (lastBreak > limit - wordBreakSearch) cut = lastBreak;
  }
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return text.slice(0, cut).trimEnd();
}

/** How far back from a limit `firstPart` looks for the end of a word. */
const wordBreakSearch = 50;
