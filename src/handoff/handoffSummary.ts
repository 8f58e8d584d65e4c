import type { HandoffEntry, HandoffRequest } from './handoffHub.js';

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

/** One detail as an advisor reads it: a label and a plain value, e.g. { label: 'Case reference', value: 'NB-1234' }. */
export interface HandoffDetailLine {
  label: string;
  value: string;
}

/** The bot's own keys (src/bot/handoffs.ts): `collected` is already labelled; the rest get a label here. */
const knownLabels: Record<string, { one: string; many: string }> = {
  caseReferences: { one: 'Case reference', many: 'Case references' },
  articlesRead: { one: 'Article read', many: 'Articles read' },
};

/** "binType" or "bin_type" or "missed-bins" → "Bin type", "Missed bins". */
const sentenceCase = (key: string): string => {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** A value as words, or undefined when there is nothing to say (empty text, list or record). */
function describeValue(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return value === true ? 'Yes' : value === false ? 'No' : String(value);
  if (Array.isArray(value)) return value.map(describeValue).filter((part) => part !== undefined).join(', ') || undefined;
  if (typeof value === 'object') {
    const parts = Object.entries(value).flatMap(([key, inner]) => {
      const text = describeValue(inner);
      return text === undefined ? [] : [`${sentenceCase(key)}: ${text}`];
    });
    return parts.join('; ') || undefined;
  }
  return undefined;
}

const line = (label: string, value: unknown): HandoffDetailLine[] => {
  const text = describeValue(value);
  return text === undefined ? [] : [{ label, value: text }];
};

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * `HandoffRequest.details` as labelled lines, empty parts left out, so the advisor (and the summary)
 * reads "Postcode: NB1 1AA", not `collected: {} - caseReferences: []` or JSON.
 */
export function handoffDetailLines(details: Record<string, unknown>): HandoffDetailLine[] {
  return Object.entries(details).flatMap(([key, value]) => {
    if (key === 'collected' && isRecord(value)) return Object.entries(value).flatMap(([label, inner]) => line(label, inner));
    const known = knownLabels[key];
    if (!known) return line(sentenceCase(key), value);
    const many = Array.isArray(value) && value.length > 1;
    // Article ids ("missed-bins") read as words.
    const readable = key === 'articlesRead' && Array.isArray(value) ? value.map((id) => (typeof id === 'string' ? sentenceCase(id) : id)) : value;
    return line(many ? known.many : known.one, readable);
  });
}

/** Enough of the resident's last message to tell queue rows apart at a glance. */
const openingWordCount = 12;
const openingCharacters = 80;

/** The first words of the resident's latest message ("" before they write), cut at a word with "…". Staff only. */
export function openingWords(entry: Pick<HandoffEntry, 'transcript'>): string {
  const last = entry.transcript.findLast((line) => line.from === 'resident')?.text.replace(/\s+/g, ' ').trim() ?? '';
  const words = last.split(' ');
  let opening = words.slice(0, openingWordCount).join(' ');
  if (opening.length > openingCharacters) opening = opening.slice(0, opening.lastIndexOf(' ', openingCharacters) + 1 || openingCharacters).trimEnd();
  return opening.length < last.length ? `${opening}…` : opening;
}
