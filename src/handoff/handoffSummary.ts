import type { DetailLine } from '../dialogs/serviceDialogs.js';
import type { HandoffReason, HandoffRequest, TranscriptLine } from './handoffHub.js';

const reasonTexts: Readonly<Record<HandoffReason, string>> = {
  'asked-for-person': 'Asked to talk to a person',
  safeguarding: 'Safeguarding concern raised',
  emergency: 'Emergency raised; wants to talk it through',
  'low-confidence': 'The assistant could not answer twice in a row',
  'negative-sentiment': 'The resident has been upset or frustrated for several messages',
  'dialog-failed': 'The resident could not complete a request form',
};

const clipped = (text: string, length: number): string => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

export interface SummaryInput {
  reason: HandoffReason;
  topicLabel: string;
  details: DetailLine[];
  caseReferences: string[];
  transcript: TranscriptLine[];
}

/**
 * The advisor's one-paragraph briefing, built only from what the conversation holds: why the
 * handoff, the topic, what the resident said first and last, details collected and cases raised.
 */
export function summariseHandoff({ reason, topicLabel, details, caseReferences, transcript }: SummaryInput): HandoffRequest['summary'] {
  const said = transcript.filter((line) => line.from === 'resident').map((line) => line.text);
  const parts = [`${reasonTexts[reason]}. Topic: ${topicLabel}.`];
  if (said.length > 0) parts.push(`First message: "${clipped(said[0]!, 160)}".`);
  if (said.length > 1) parts.push(`Latest: "${clipped(said.at(-1)!, 160)}".`);
  if (details.length > 0) parts.push(`Details given: ${details.map((line) => `${line.label}: ${line.value}`).join('; ')}.`);
  if (caseReferences.length > 0) parts.push(`Cases raised: ${caseReferences.join(', ')}.`);
  return parts.join(' ');
}

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
