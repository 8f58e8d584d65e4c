/**
 * Speech recognition writes words, not sentences: some providers and languages give it all in
 * lower case ("when is my council tax due") or in capitals, with no question mark. The sentence
 * embeddings that pick the answer were trained on written text and read those differently from
 * the same question typed: in capitals a council tax question scored closest to an article about
 * HMRC, and without its question mark further from the article about paying. This writes speech
 * the way a resident would type it: a capital to start, "I" as a word, and a question mark on a
 * question. Speech already in mixed case is left as recognised.
 */

/** Words a question starts with: wh-words, or an auxiliary verb before its subject ("do I", "can you", "is there"). */
const question = /^(?:(?:what|when|where|why|who|whose|which|how)\b|(?:is|are|am|was|were|do|does|did|can|could|will|would|should|shall|may|might|have|has|must)\s+(?:i|you|we|they|he|she|it|there|this|that|my|our|the|a|an|your|someone|anyone)\b)/i;

export function asWritten(speech: string): string {
  const uniformCase = speech === speech.toLowerCase() || speech === speech.toUpperCase();
  const cased = uniformCase ? speech.toLowerCase().replace(/\bi\b(?='|’|\s|$)/g, 'I').replace(/^\p{Ll}/u, (first) => first.toUpperCase()) : speech;
  return question.test(cased) && !/[.?!]$/.test(cased) ? `${cased}?` : cased;
}
