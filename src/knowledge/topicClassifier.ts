import type { TopicId } from '../triage/topics.js';
import { terms } from './textTokens.js';

export interface LabelledText {
  topic: TopicId;
  text: string;
}

export interface TopicScore {
  topic: TopicId;
  /** Posterior probability over the fitted topics (sums to 1). */
  probability: number;
}

interface TopicModel {
  topics: TopicId[];
  /** log P(topic) */
  priors: number[];
  /** feature → log P(feature | topic) per topic */
  likelihoods: Record<string, number[]>;
  /** log P(unseen feature | topic) */
  unseen: number[];
}

/** Unigrams and adjacent-word pairs of stemmed terms: pairs catch "not collected", "black mould". */
function features(text: string): string[] {
  const unigrams = terms(text);
  const pairs = unigrams.slice(1).map((term, index) => `${unigrams[index]}_${term}`);
  return [...unigrams, ...pairs];
}

/**
 * Multinomial naive Bayes over the articles' sample questions, keywords and titles, fitted at
 * ingest (never on evaluation sentences). Small, explainable and fast enough to run on every turn.
 */
export class TopicClassifier {
  private constructor(private readonly model: TopicModel) {}

  static fit(examples: LabelledText[], smoothing = 0.5): TopicClassifier {
    const topics = [...new Set(examples.map((example) => example.topic))];
    const counts = topics.map(() => new Map<string, number>());
    const totals = topics.map(() => 0);
    const documents = topics.map(() => 0);
    const vocabulary = new Set<string>();
    for (const example of examples) {
      const topicIndex = topics.indexOf(example.topic);
      documents[topicIndex]! += 1;
      for (const feature of features(example.text)) {
        vocabulary.add(feature);
        counts[topicIndex]!.set(feature, (counts[topicIndex]!.get(feature) ?? 0) + 1);
        totals[topicIndex]! += 1;
      }
    }
    const denominators = totals.map((total) => total + smoothing * vocabulary.size);
    const likelihoods: Record<string, number[]> = {};
    for (const feature of vocabulary) {
      likelihoods[feature] = topics.map((_, topicIndex) => Math.log(((counts[topicIndex]!.get(feature) ?? 0) + smoothing) / denominators[topicIndex]!));
    }
    // Uniform priors: the number of articles per topic says nothing about what residents ask.
    return new TopicClassifier({
      topics,
      priors: topics.map(() => Math.log(1 / topics.length)),
      likelihoods,
      unseen: denominators.map((denominator) => Math.log(smoothing / denominator)),
    });
  }

  static fromJSON(json: string): TopicClassifier {
    return new TopicClassifier(JSON.parse(json) as TopicModel);
  }

  toJSON(): string {
    return JSON.stringify(this.model);
  }

  /** Topics by posterior, best first; uniform when the text has no known feature. */
  classify(text: string): TopicScore[] {
    const { topics, priors, likelihoods } = this.model;
    const known = features(text).filter((feature) => feature in likelihoods);
    const logScores = topics.map((_, topicIndex) => known.reduce((sum, feature) => sum + likelihoods[feature]![topicIndex]!, priors[topicIndex]!));
    const best = Math.max(...logScores);
    const weights = logScores.map((score) => Math.exp(score - best));
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    return topics
      .map((topic, topicIndex) => ({ topic, probability: weights[topicIndex]! / total }))
      .sort((a, b) => b.probability - a.probability);
  }
}
