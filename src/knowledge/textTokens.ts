import stem from 'wink-porter2-stemmer';

/** Words too common to tell articles apart; kept short on purpose ("not", "no" and "bin" stay). */
const stopWords = new Set(
  'a an and are as at be been but by can council could do does for from get got had has have how i i\'m if in is it its it\'s me my of on or our please so that the their them there they this to was we were what when where which who will with would you your'.split(' '),
);

/** Lower case words of the text, apostrophes folded ("won't" → "wont"). */
export function words(text: string): string[] {
  return text.toLowerCase().replace(/['’]/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** One search term: stop words dropped, English stemming, shared by indexing and queries. */
export function searchTerm(word: string): string | null {
  const lower = word.toLowerCase().replace(/['’]/g, '');
  if (lower.length < 2 || stopWords.has(lower)) return null;
  return stem(lower);
}

/** Stemmed content terms of a text. */
export function terms(text: string): string[] {
  return words(text).flatMap((word) => searchTerm(word) ?? []);
}
