import { describe, expect, it } from 'vitest';
import { LexiconSentimentAnalyser } from '../../src/sentiment/lexiconSentimentAnalyser.js';
import { labelledMessages } from './labelledMessages.js';

const analyser = new LexiconSentimentAnalyser();

describe('LexiconSentimentAnalyser', () => {
  it.each(labelledMessages)('reads "$text" as $label', async ({ text, label, emotions = [] }) => {
    const reading = await analyser.analyse(text);
    expect(reading.label).toBe(label);
    expect(reading.emotions).toEqual(expect.arrayContaining(emotions));
    expect(reading.score).toBeGreaterThanOrEqual(-1);
    expect(reading.score).toBeLessThanOrEqual(1);
  });

  it('labels the whole set with at least 95% accuracy', () => {
    const correct = labelledMessages.filter(({ text, label }) => analyser.read(text).label === label).length;
    expect(labelledMessages.length).toBeGreaterThanOrEqual(40);
    expect(correct / labelledMessages.length).toBeGreaterThanOrEqual(0.95);
  });

  it('finds no emotion in a calm question and scores it 0', () => {
    expect(analyser.read('When is my bin day?')).toEqual({ score: 0, label: 'neutral', emotions: [] });
  });

  it('reads sarcasm as more negative than the same words said plainly are positive', () => {
    expect(analyser.read('fantastic service').label).toBe('positive');
    expect(analyser.read('fantastic service as always').score).toBeLessThan(-0.3);
  });
});
