/** How a resident's message reads: the port every sentiment analyser (lexicon or LLM) fills. */
export const emotions = ['stressed', 'worried', 'angry'] as const;
export type Emotion = (typeof emotions)[number];

export type SentimentLabel = 'negative' | 'neutral' | 'positive';

export interface SentimentReading {
  /** -1 (very negative) … 1 (very positive) */
  score: number;
  label: SentimentLabel;
  emotions: Emotion[];
}

export interface SentimentAnalyser {
  analyse(text: string): Promise<SentimentReading>;
}
