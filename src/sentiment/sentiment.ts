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

/** What a message with no words (a photo, a location) reads as. */
export const noSentiment: SentimentReading = { score: 0, label: 'neutral', emotions: [] };

export interface SentimentAnalyser {
  analyse(text: string): Promise<SentimentReading>;
}
