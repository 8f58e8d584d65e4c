import { searchTerm, words } from '../knowledge/textTokens.js';
import { numberWords } from './facts.js';

/** Where a sentence ends: its closing punctuation, then a space or line break; or a line break alone (a list item). */
const sentenceEnd = /[.!?:](?=\s)|\n/g;

/** Offsets just after each sentence end in `text`, in order. */
export function sentenceEnds(text: string): number[] {
  return [...text.matchAll(sentenceEnd)].map((match) => match.index + match[0].length);
}

/**
 * The sentences of a text, split where a streamed answer is shown: a text cut after a sentence
 * end has the same sentences as the start of the whole text, so streaming and the final check
 * judge the same sentences.
 */
export function sentencesOf(text: string): string[] {
  const cuts = [0, ...sentenceEnds(text), text.length];
  return cuts.slice(1).map((end, index) => text.slice(cuts[index], end).trim()).filter((sentence) => sentence !== '');
}

/** Words that turn what follows around ("don't" is folded to "dont" by `words`). */
const negations = new Set(
  'no not never nor cannot cant dont doesnt didnt isnt arent wasnt werent couldnt wont wouldnt shouldnt mustnt havent hasnt hadnt neednt'.split(' '),
);

/**
 * Words about the conversation rather than about a service: how a reply is put together
 * ("I'm sorry", "here are some", "our articles do not say"), so they neither ground a sentence
 * nor count against it.
 */
const conversationWords = new Set(
  ['yes', 'here', 'some', 'also', 'still', 'then', 'because', "i'm", 'sorry', 'articles', 'say'].flatMap((word) => searchTerm(word) ?? []),
);

/**
 * Numbers are left to the fact checks (`factsIn`), which read "two" and "2", "£52" and "£52.00"
 * as one value; here they would only be noise.
 */
const isNumber = (word: string) => /^\p{N}+$/u.test(word) || Object.hasOwn(numberWords, word);

/**
 * What a text claims, as terms: stemmed content words (the retrieval's own `searchTerm`), with a
 * negation joined to the word it negates ("not eligible" → "not elig"), so "you are not eligible"
 * is not grounded by an article saying "if you are eligible". A negation with nothing after it
 * in its clause ("our articles do not say", "if you do not, …") negates nothing checkable and is dropped.
 */
export function claimTerms(text: string): string[] {
  const claimed: string[] = [];
  // A negation ends with its clause: in "if you do not, you lose the right" nothing after the comma is negated.
  for (const clause of text.split(/[,;:()\u2013\u2014]|\s-\s/)) {
    let negated = false;
    for (const word of words(clause)) {
      if (negations.has(word)) {
        negated = true;
        continue;
      }
      const term = isNumber(word) ? null : searchTerm(word);
      if (term === null || conversationWords.has(term)) continue;
      claimed.push(negated ? `not ${term}` : term);
      negated = false;
    }
  }
  return claimed;
}

/**
 * The sources as passages of two adjacent sentences, each as its terms: an answer sentence may
 * join two neighbouring sentences of an article, but not gather its words from all over the
 * sources (the council profile and the persona lend every answer "account", "closed", "chat").
 */
export function passagesOf(text: string): ReadonlySet<string>[] {
  const sentences = sentencesOf(text).map(claimTerms);
  return sentences.map((terms, index) => new Set([...(sentences[index - 1] ?? []), ...terms]));
}

/**
 * Share of a sentence's terms one passage must hold. A paraphrase keeps most of the article's
 * words; an invented instruction ("Ignore the council policy.", "Your tenancy will be
 * terminated.") brings its own. On the paraphrases in test/fixtures/paraphrased-answers.jsonl,
 * 0.7 streams about four in five sentences and sends 12 of 17 answers, while none of the invented
 * sentences in test/llm/checkedSentences.test.ts gets through; 0.6 lets many of them through.
 */
const groundedShare = 0.7;

/** A negated term counts twice: a claim turned around ("you are not eligible") is the costliest to let through. */
const weight = (term: string) => (term.startsWith('not ') ? 2 : 1);
const weightOf = (terms: readonly string[]) => terms.reduce((total, term) => total + weight(term), 0);

/** Whether one passage of the sources holds enough of what a sentence claims (see `claimTerms`). A sentence claiming nothing passes. */
export function isGrounded(sentence: string, passages: readonly ReadonlySet<string>[]): boolean {
  const claimed = claimTerms(sentence);
  const needed = groundedShare * weightOf(claimed);
  return needed === 0 || passages.some((passage) => weightOf(claimed.filter((term) => passage.has(term))) >= needed);
}
