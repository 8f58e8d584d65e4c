import vader from 'vader-sentiment';
import { readCouncilCues } from './councilCues.js';
import type { SentimentAnalyser, SentimentLabel, SentimentReading } from './sentiment.js';

/** VADER's own cut-offs: compound ≥ 0.05 reads positive, ≤ -0.05 negative. */
export const sentimentThresholds = { positive: 0.05, negative: -0.05 } as const;

// VADER's compound is sum / sqrt(sum² + alpha); working on the sum lets cues add like lexicon words.
const alpha = 15;
const toSum = (compound: number): number => {
  const bounded = Math.max(-0.9999, Math.min(0.9999, compound));
  return bounded * Math.sqrt(alpha / (1 - bounded * bounded));
};
const toCompound = (sum: number): number => sum / Math.sqrt(sum * sum + alpha);

// Words VADER scores that, to a council, name a request or a service: "can you help me please",
// "pay my council tax", "garden waste", "a missed bin", "a parking fine" are all neutral.
const serviceWords =
  /\b(please|pls|plz|help|honestly|pay|paying|payments?|waste|benefits?|care|support|free|grants?|relief|(parking|penalty charge) (fines?|notices?)|missed(?= (\w+ )?(bins?|collections?|recycling)\b))\b/gi;
// Sarcasm keeps its force but changes sign, plus the weight of the let-down itself.
const sarcasmValence = -1.5;

export const labelFor = (score: number): SentimentLabel =>
  score >= sentimentThresholds.positive ? 'positive' : score <= sentimentThresholds.negative ? 'negative' : 'neutral';

/** VADER (a rule-based lexicon, offline) adjusted by council-specific cues and sarcasm. */
export class LexiconSentimentAnalyser implements SentimentAnalyser {
  async analyse(text: string): Promise<SentimentReading> {
    return this.read(text);
  }

  /** The same reading, synchronously, for batch work such as evaluation. */
  read(text: string): SentimentReading {
    const vaderSum = toSum(vader.SentimentIntensityAnalyzer.polarity_scores(text.replace(serviceWords, ' ')).compound);
    const cues = readCouncilCues(text);
    const sum = (cues.sarcastic ? -Math.abs(vaderSum) + sarcasmValence : vaderSum) + cues.valence;
    const score = Math.round(toCompound(sum) * 10_000) / 10_000;
    return { score, label: labelFor(score), emotions: cues.emotions };
  }
}
