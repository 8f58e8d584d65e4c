import type { TelemetryEvent } from 'botbuilder';
import { z } from 'zod';
import { emotions } from '../sentiment/sentiment.js';
import type { ConversationEvent } from './conversationEvents.js';

/**
 * One conversation event as a botbuilder telemetry event, and back. Properties are strings and
 * numbers are metrics, the shape Application Insights' customEvents expects, so the same events
 * can go to SQLite or to Application Insights. Names carry a prefix to keep them apart from
 * botbuilder's own (BotMessageReceived, WaterfallStart, …).
 */
export const conversationEventPrefix = 'assistant.';

export function encodeConversationEvent(event: ConversationEvent): TelemetryEvent & { properties: Record<string, string>; metrics: Record<string, number> } {
  const { name, channel, ...fields } = event;
  // channelId is botbuilder's key for the channel, so both kinds of event query alike.
  const properties: Record<string, string> = { channelId: channel };
  const metrics: Record<string, number> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (key === 'sentiment') {
      const reading = value as Extract<ConversationEvent, { name: 'message' }>['sentiment'];
      properties.sentimentLabel = reading.label;
      properties.emotions = reading.emotions.join(',');
      metrics.sentimentScore = reading.score;
    } else if (typeof value === 'number') metrics[key] = value;
    else if (Array.isArray(value)) properties[key] = JSON.stringify(value);
    else properties[key] = String(value);
  }
  return { name: `${conversationEventPrefix}${name}`, properties, metrics };
}

const base = { conversationId: z.string().min(1), channel: z.string().min(1) };
/** Events recorded before forms had one name say 'dialog'. */
const route = z.preprocess(
  (value) => (value === 'dialog' ? 'form' : value),
  z.enum(['safety', 'abuse', 'human', 'smalltalk', 'answer', 'unsure', 'form', 'handoff', 'feedback', 'evidence', 'safety-check']),
);
const jsonArray = z.string().transform((text, context) => {
  try {
    return z.array(z.string()).parse(JSON.parse(text));
  } catch {
    context.addIssue({ code: 'custom', message: 'not a JSON array of strings' });
    return z.NEVER;
  }
});
const emotionList = z.string().transform((text) => text.split(',').filter((item) => item !== ''));

const conversationEventSchema = z.discriminatedUnion('name', [
  z.object({
    ...base,
    name: z.literal('message'),
    topic: z.string(),
    route,
    sentimentScore: z.number().min(-1).max(1),
    sentimentLabel: z.enum(['negative', 'neutral', 'positive']),
    emotions: emotionList.pipe(z.array(z.enum(emotions))),
    contractors: jsonArray,
    language: z.string().optional(),
  }),
  z.object({ ...base, name: z.literal('answer'), topic: z.string(), articleId: z.string(), confidence: z.number() }),
  z.object({ ...base, name: z.literal('unanswered'), topic: z.string(), question: z.string(), confidence: z.number() }),
  z.object({ ...base, name: z.literal('safety'), emergency: z.string().optional(), safeguarding: z.string().optional() }),
  z.object({ ...base, name: z.literal('case-raised'), topic: z.string(), caseType: z.string(), reference: z.string() }),
  z.object({ ...base, name: z.literal('handoff'), topic: z.string(), reason: z.string(), priority: z.string() }),
  z.object({ ...base, name: z.literal('feedback'), articleId: z.string().optional(), helpful: z.enum(['true', 'false']).transform((text) => text === 'true') }),
  z.object({ ...base, name: z.literal('csat'), score: z.number().int().min(1).max(5) }),
  z.object({ ...base, name: z.literal('resolved') }),
]);

/** The conversation event a stored telemetry event encodes, or undefined for any other event. */
export function decodeConversationEvent(name: string, properties: Record<string, unknown>, metrics: Record<string, number>): ConversationEvent | undefined {
  if (!name.startsWith(conversationEventPrefix)) return undefined;
  const { channelId, ...rest } = properties;
  const parsed = conversationEventSchema.safeParse({ ...rest, ...metrics, channel: channelId, name: name.slice(conversationEventPrefix.length) });
  if (!parsed.success) return undefined;
  if (parsed.data.name !== 'message') return parsed.data;
  const { sentimentScore, sentimentLabel, emotions: readEmotions, ...message } = parsed.data;
  return { ...message, sentiment: { score: sentimentScore, label: sentimentLabel, emotions: readEmotions } };
}
