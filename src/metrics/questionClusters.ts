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
 * Largest groups first.
 */
export function clusterQuestions(questions: readonly { question: string; topic: string }[]): QuestionCluster[] {
  const clusters: (QuestionCluster & { terms: Set<string> })[] = [];
  for (const { question, topic } of questions) {
    const questionTerms = contentTerms(question);
    const match = clusters.find((cluster) => jaccard(cluster.terms, questionTerms) >= similarityThreshold);
    if (match) match.count += 1;
    else clusters.push({ example: question, count: 1, topic, terms: questionTerms });
  }
  return clusters
    .sort((a, b) => b.count - a.count)
    .map(({ example, count, topic }) => ({ example, count, topic }));
}
