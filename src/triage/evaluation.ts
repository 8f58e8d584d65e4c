/** Scoring of triage predictions against labels, as the shared taxonomy's scoring notes define it. */
export interface LabelledMessage {
  id: string;
  text: string;
  topic: string;
  emergency: boolean;
  safeguarding: string | null;
  wantsHuman: boolean;
  /** ISO 639-3; a message without one is English. */
  lang?: string;
}

export interface Prediction {
  topic: string;
  emergency: boolean;
  safeguarding: string | null;
  wantsHuman: boolean;
  /** The assistant asked whether they are in danger instead of flagging (the grey zone). */
  safetyCheck: boolean;
}

export interface FlagScore {
  /** Share of positives flagged (with the right category). */
  recall: number;
  /** Share of positives flagged or asked the safety question: what counts as caught. */
  caught: number;
  precision: number;
  /** Labelled positives, and predicted positives. */
  positives: number;
  predicted: number;
}

export interface Accuracy {
  accuracy: number;
  count: number;
}

export interface TriageReport {
  topicAccuracy: number;
  topicCount: number;
  /** Topic accuracy by expected topic, and by the message's language. */
  topicByTopic: Record<string, Accuracy>;
  topicByLanguage: Record<string, Accuracy>;
  emergency: FlagScore;
  /** A safeguarding hit must name the right flag. */
  safeguarding: FlagScore;
  safeguardingByCategory: Record<string, FlagScore>;
  wantsHuman: FlagScore;
  /** The safety question asked on messages with no emergency and no safeguarding label. */
  needlessQuestions: { rate: number; asked: number; count: number };
  confusions: { expected: string; predicted: string; count: number }[];
}

interface Pair {
  expected: boolean;
  predicted: boolean;
  /** For a category flag: the predicted category is the labelled one. */
  correct: boolean;
  asked: boolean;
}

function flagScore(pairs: Pair[]): FlagScore {
  const positives = pairs.filter((pair) => pair.expected).length;
  const predicted = pairs.filter((pair) => pair.predicted).length;
  const truePositives = pairs.filter((pair) => pair.expected && pair.predicted && pair.correct).length;
  const caught = pairs.filter((pair) => pair.expected && ((pair.predicted && pair.correct) || pair.asked)).length;
  return { recall: truePositives / positives, caught: caught / positives, precision: truePositives / predicted, positives, predicted };
}

function accuracyBy<Row>(rows: Row[], key: (row: Row) => string, right: (row: Row) => boolean): Record<string, Accuracy> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const group = groups.get(key(row)) ?? [];
    group.push(row);
    groups.set(key(row), group);
  }
  return Object.fromEntries(
    [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([group, members]) => [group, { accuracy: members.filter(right).length / members.length, count: members.length }]),
  );
}

export function scoreTriage(labels: LabelledMessage[], predictions: Prediction[]): TriageReport {
  const rows = labels.map((label, index) => ({ label, prediction: predictions[index]! }));
  // Topic is judged only on messages without a safeguarding flag (taxonomy scoring notes).
  const judged = rows.filter(({ label }) => label.safeguarding === null);
  const topicRight = ({ label, prediction }: (typeof rows)[number]) => label.topic === prediction.topic;
  const confusionCounts = new Map<string, number>();
  for (const { label, prediction } of judged) {
    if (label.topic === prediction.topic) continue;
    const key = `${label.topic} → ${prediction.topic}`;
    confusionCounts.set(key, (confusionCounts.get(key) ?? 0) + 1);
  }
  const categories = [...new Set(rows.map(({ label }) => label.safeguarding).filter((category) => category !== null))].sort();
  const safe = rows.filter(({ label }) => !label.emergency && label.safeguarding === null);
  const asked = safe.filter(({ prediction }) => prediction.safetyCheck).length;
  return {
    topicAccuracy: judged.filter(topicRight).length / judged.length,
    topicCount: judged.length,
    topicByTopic: accuracyBy(judged, ({ label }) => label.topic, topicRight),
    topicByLanguage: accuracyBy(judged, ({ label }) => label.lang ?? 'eng', topicRight),
    emergency: flagScore(rows.map(({ label, prediction }) => ({ expected: label.emergency, predicted: prediction.emergency, correct: true, asked: prediction.safetyCheck }))),
    safeguarding: flagScore(
      rows.map(({ label, prediction }) => ({
        expected: label.safeguarding !== null,
        predicted: prediction.safeguarding !== null,
        correct: label.safeguarding === prediction.safeguarding,
        asked: prediction.safetyCheck,
      })),
    ),
    safeguardingByCategory: Object.fromEntries(
      categories.map((category) => [
        category,
        flagScore(
          rows.map(({ label, prediction }) => ({
            expected: label.safeguarding === category,
            predicted: prediction.safeguarding === category,
            correct: true,
            asked: prediction.safetyCheck,
          })),
        ),
      ]),
    ),
    wantsHuman: flagScore(rows.map(({ label, prediction }) => ({ expected: label.wantsHuman, predicted: prediction.wantsHuman, correct: true, asked: false }))),
    needlessQuestions: { rate: asked / safe.length, asked, count: safe.length },
    confusions: [...confusionCounts]
      .map(([key, count]) => {
        const [expected, predicted] = key.split(' → ') as [string, string];
        return { expected, predicted, count };
      })
      .sort((a, b) => b.count - a.count),
  };
}
