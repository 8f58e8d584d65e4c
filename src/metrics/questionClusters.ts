import { terms } from '../knowledge/textTokens.js';

export interface QuestionCluster {
  /** The first question of the group, as asked (already redacted). */
  example: string;
  count: number;
  topic: string;
}

/** How alike two questions must be (token Jaccard) to be counted as one. */
export const similarityThreshold = 0.5;

// Redaction markers such as [postcode] say nothing about what was asked.
const contentTerms = (question: string): Set<string> => new Set(terms(question.replace(/\[[a-z-]+\]/g, ' ')));

const jaccard = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared += 1;
  return shared / (a.size + b.size - shared);
};

/**
 * Groups unanswered questions that ask the same thing in other words: stemmed content words
 * compared by Jaccard similarity, each question joining the first group it is close enough to.
 * Largest groups first. Only groups sharing a word with the question can be close enough, so
 * those are found through an index of words, not by comparing with every group (thousands of
 * distinct questions made the dashboard quadratic).
 */
export function clusterQuestions(questions: readonly { question: string; topic: string }[]): QuestionCluster[] {
  const clusters: (QuestionCluster & { terms: Set<string> })[] = [];
  const clustersWith = new Map<string, number[]>();
  let wordless: number | undefined;
  for (const { question, topic } of questions) {
    const questionTerms = contentTerms(question);
    const candidates = questionTerms.size === 0 ? (wordless === undefined ? [] : [wordless]) : [...new Set([...questionTerms].flatMap((term) => clustersWith.get(term) ?? []))].sort((a, b) => a - b);
    const match = candidates.find((index) => jaccard(clusters[index]!.terms, questionTerms) >= similarityThreshold);
    if (match !== undefined) {
      clusters[match]!.count += 1;
      continue;
    }
    const index = clusters.push({ example: question, count: 1, topic, terms: questionTerms }) - 1;
    if (questionTerms.size === 0) wordless = index;
    for (const term of questionTerms) {
      const withTerm = clustersWith.get(term);
      if (withTerm) withTerm.push(index);
      else clustersWith.set(term, [index]);
    }
  }
  return clusters
    .sort((a, b) => b.count - a.count)
    .map(({ example, count, topic }) => ({ example, count, topic }));
}
