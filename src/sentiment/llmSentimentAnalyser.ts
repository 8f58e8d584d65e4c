import { z } from 'zod';
import type { LlmContext } from '../llm/llmContext.js';
import { residentData } from '../llm/modelInput.js';
import { structuredCall } from '../llm/structuredCall.js';
import { emotions, type SentimentAnalyser, type SentimentReading } from './sentiment.js';

const readingSchema = z.object({
  score: z.number().min(-1).max(1),
  label: z.enum(['negative', 'neutral', 'positive']),
  emotions: z.array(z.enum(emotions)),
});

/**
 * Sentiment read by the model, for the nuance a lexicon misses ("brilliant, another week without
 * heating"). Any failure, an open circuit or the LLM being off gives the fallback analyser's reading.
 */
export class LlmSentimentAnalyser implements SentimentAnalyser {
  constructor(
    private readonly context: LlmContext,
    private readonly fallback: SentimentAnalyser,
  ) {}

  async analyse(text: string): Promise<SentimentReading> {
    const prompt = this.context.prompts.render('sentiment', {
      emotions: emotions.join(', '),
      message: residentData(text, this.context.redactPersonalData),
    });
    const result = await this.context.runner.call('sentiment', structuredCall(readingSchema, 'sentiment', prompt));
    if (!result.ok) return this.fallback.analyse(text);
    return { ...result.value, emotions: [...new Set(result.value.emotions)] };
  }
}
