/** Scoring of triage predictions against labels, as the shared taxonomy's scoring notes define it. */
export interface LabelledMessage {
  id: string;
  text: string;
  topic: string;
  emergency: boolean;
  safeguarding: string | null;
  wantsHuman: boolean;
}

export interface Prediction {
  topic: string;
  emergency: boolean;
  safeguarding: string | null;
  wantsHuman: boolean;
}

export interface FlagScore {
  recall: number;
  precision: number;
  /** Labelled positives, and predicted positives. */
  positives: number;
  predicted: number;
}

export interface TriageReport {
  topicAccuracy: number;
  topicCount: number;
  emergency: FlagScore;
  /** A safeguarding hit must name the right flag. */
  safeguarding: FlagScore;
  wantsHuman: FlagScore;
  confusions: { expected: string; predicted: string; count: number }[];
}

function flagScore(pairs: { expected: boolean; predicted: boolean; correct: boolean }[]): FlagScore {
  const positives = pairs.filter((pair) => pair.expected).length;
  const predicted = pairs.filter((pair) => pair.predicted).length;
  const truePositives = pairs.filter((pair) => pair.expected && pair.predicted && pair.correct).length;
  return { recall: truePositives / positives, precision: truePositives / predicted, positives, predicted };
}

export function scoreTriage(labels: LabelledMessage[], predictions: Prediction[]): TriageReport {
  const rows = labels.map((label, index) => ({ label, prediction: predictions[index]! }));
  // Topic is judged only on messages without a safeguarding flag (taxonomy scoring notes).
  const judged = rows.filter(({ label }) => label.safeguarding === null);
  const confusionCounts = new Map<string, number>();
  for (const { label, prediction } of judged) {
    if (label.topic === prediction.topic) continue;
    const key = `${label.topic} → ${prediction.topic}`;
    confusionCounts.set(key, (confusionCounts.get(key) ?? 0) + 1);
  }
  return {
    topicAccuracy: judged.filter(({ label, prediction }) => label.topic === prediction.topic).length / judged.length,
    topicCount: judged.length,
    emergency: flagScore(rows.map(({ label, prediction }) => ({ expected: label.emergency, predicted: prediction.emergency, correct: true }))),
    safeguarding: flagScore(
      rows.map(({ label, prediction }) => ({
        expected: label.safeguarding !== null,
        predicted: prediction.safeguarding !== null,
        correct: label.safeguarding === prediction.safeguarding,
      })),
    ),
    wantsHuman: flagScore(rows.map(({ label, prediction }) => ({ expected: label.wantsHuman, predicted: prediction.wantsHuman, correct: true }))),
    confusions: [...confusionCounts]
      .map(([key, count]) => {
        const [expected, predicted] = key.split(' → ') as [string, string];
        return { expected, predicted, count };
      })
      .sort((a, b) => b.count - a.count),
  };
}
