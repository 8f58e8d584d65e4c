import type { HandoffRequest } from './handoffHub.js';

/** The sentiment the advisor sees: average, whether it is getting better or worse, and a word for it. */
export function sentimentForHandoff(scores: number[]): HandoffRequest['sentiment'] {
  if (scores.length === 0) return { average: 0, trend: 'steady', label: 'neutral' };
  const mean = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;
  const average = Math.round(mean(scores) * 100) / 100;
  const half = Math.floor(scores.length / 2);
  const change = half === 0 ? 0 : mean(scores.slice(half)) - mean(scores.slice(0, half));
  const trend = change > 0.15 ? 'improving' : change < -0.15 ? 'worsening' : 'steady';
  const label = average <= -0.5 ? 'very negative' : average < -0.05 ? 'negative' : average > 0.05 ? 'positive' : 'neutral';
  return { average, trend, label };
}
