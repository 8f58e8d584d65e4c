/** A message as lower-case sentences, with curly apostrophes made straight; a question keeps its "?". */
export function sentences(text: string): string[] {
  const normalised = text.toLowerCase().replace(/[‘’]/g, "'").replace(/\s+/g, ' ');
  return (normalised.match(/[^.!?;\n]+[.!?]*/g) ?? []).map((sentence) => sentence.replace(/[.!]+$/, '').trim()).filter((sentence) => sentence.length > 0);
}

const questionWord = /^(do|does|did|can|could|is|are|will|would|should|how|what|who|when|where|why|which)\b/;

/**
 * A sentence split into clauses, so a finder judges each statement on its own: in "I've been
 * waiting for weeks and it's been leaking for 3 days" the wait and the leak are separate facts.
 * A sentence that opens like a question ("do I have to be a council tenant") is marked with "?"
 * on its first clause, as residents often leave the question mark off.
 */
export function clausesOf(sentence: string): string[] {
  return sentence
    .split(/,|:|\b(?:and|but|because|cos|though|although|whereas)\b/)
    .map((clause) => clause.trim())
    .filter((clause) => clause.length > 0)
    .map((clause, index) => (index === 0 && questionWord.test(clause) && !clause.endsWith('?') ? `${clause}?` : clause));
}

/** Every clause of a message, in order; the last clause of a question keeps its "?". */
export const clauses = (text: string): string[] => sentences(text).flatMap(clausesOf);
