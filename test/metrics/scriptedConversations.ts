import type { SentimentLabel } from '../../src/sentiment/sentiment.js';
import type { ConversationEvent, MessageRoute } from '../../src/telemetry/conversationEvents.js';
import type { TimedEvent } from '../../src/metrics/sessions.js';

type WithoutBase<T> = T extends unknown ? Omit<T, 'conversationId' | 'channel'> : never;

/** One conversation's events at controlled times. */
export function conversation(conversationId: string, channel: string, steps: [at: string, event: WithoutBase<ConversationEvent>][]): TimedEvent[] {
  return steps.map(([at, event]) => ({ at, event: { conversationId, channel, ...event } as ConversationEvent }));
}

export const message = (topic: string, route: MessageRoute, score: number, contractors: string[] = []): WithoutBase<ConversationEvent> => {
  const label: SentimentLabel = score >= 0.05 ? 'positive' : score <= -0.05 ? 'negative' : 'neutral';
  return { name: 'message', topic, route, sentiment: { score, label, emotions: label === 'negative' ? ['angry'] : [] }, contractors };
};

/**
 * A week of scripted conversations with known outcomes (range 2026-03-02 … 2026-03-04, London is
 * on GMT then, measured at 2026-03-04 12:00). The expected measures are worked out by hand in
 * metricsReport.test.ts.
 */
export const scriptedEvents: TimedEvent[] = [
  // A: answered, feedback, two CSAT answers (the latest, 5, counts), confirmed → resolved.
  ...conversation('a', 'webchat', [
    ['2026-03-02T09:00:00.000Z', message('bins', 'answer', 0.5, ['Brightwarm Heating'])],
    ['2026-03-02T09:00:05.000Z', { name: 'answer', topic: 'bins', articleId: 'bin-days', confidence: 0.9 }],
    ['2026-03-02T09:01:00.000Z', { name: 'feedback', articleId: 'bin-days', helpful: true }],
    ['2026-03-02T09:02:00.000Z', { name: 'csat', score: 3 }],
    ['2026-03-02T09:03:00.000Z', { name: 'csat', score: 5 }],
    ['2026-03-02T09:03:30.000Z', { name: 'resolved' }],
  ]),
  // B: a repair form completed (a reference issued), then silence → resolved and contained.
  ...conversation('b', 'webchat', [
    ['2026-03-02T10:00:00.000Z', message('repairs', 'form', -0.6, ['Keystone Property Services'])],
    ['2026-03-02T10:05:00.000Z', { name: 'case-raised', topic: 'repairs', caseType: 'repair', reference: 'NBC-00001' }],
    ['2026-03-02T10:06:00.000Z', message('repairs', 'form', -0.2, ['Keystone Property Services'])],
  ]),
  // C: asked for a person → escalated; a later "resolved" does not change the outcome.
  ...conversation('c', 'msteams', [
    ['2026-03-03T11:00:00.000Z', message('council-tax', 'human', -0.4)],
    ['2026-03-03T11:00:10.000Z', { name: 'handoff', topic: 'council-tax', reason: 'asked-for-person', priority: 'normal' }],
    ['2026-03-03T11:10:00.000Z', { name: 'csat', score: 2 }],
    ['2026-03-03T11:20:00.000Z', { name: 'resolved' }],
  ]),
  // D: small talk and a photo sent outside a form, nothing else → not engaged.
  ...conversation('d', 'whatsapp', [
    ['2026-03-03T12:00:00.000Z', message('smalltalk', 'smalltalk', 0.3)],
    ['2026-03-03T12:01:00.000Z', message('contact-human', 'evidence', 0)],
  ]),
  // E: unanswered, 40 minutes quiet (abandoned), then a second session that is answered and resolved.
  ...conversation('e', 'webchat', [
    ['2026-03-03T14:00:00.000Z', message('parking', 'unsure', 0)],
    ['2026-03-03T14:00:01.000Z', { name: 'unanswered', topic: 'parking', question: 'Can I park my van on the verge?', confidence: 0.3 }],
    ['2026-03-03T14:40:01.000Z', message('parking', 'answer', 0.1)],
    ['2026-03-03T14:40:02.000Z', { name: 'answer', topic: 'parking', articleId: 'parking-permits', confidence: 0.7 }],
    ['2026-03-03T14:41:00.000Z', { name: 'resolved' }],
  ]),
  // F: unanswered 15 minutes before the report → still ongoing.
  ...conversation('f', 'directline', [
    ['2026-03-04T11:45:00.000Z', message('bins', 'unsure', 0)],
    ['2026-03-04T11:45:01.000Z', { name: 'unanswered', topic: 'bins', question: 'can i park a van on the verge at [postcode]', confidence: 0.2 }],
  ]),
  // H: resolved on a channel with no displaced-channel cost.
  ...conversation('h', 'emulator', [
    ['2026-03-04T09:00:00.000Z', message('bins', 'answer', 0)],
    ['2026-03-04T09:01:00.000Z', { name: 'resolved' }],
  ]),
  // I: unhappy about a contractor, unhelpful answer, an unanswered question, then gone → abandoned.
  ...conversation('i', 'webchat', [
    ['2026-03-04T10:00:00.000Z', message('bins', 'answer', -0.5, ['Greenway Environmental'])],
    ['2026-03-04T10:00:30.000Z', { name: 'feedback', articleId: 'missed-bins', helpful: false }],
    ['2026-03-04T10:01:00.000Z', { name: 'unanswered', topic: 'bins', question: 'When will my missed bin be collected?', confidence: 0.4 }],
  ]),
  // Outside the range on either side.
  ...conversation('g', 'webchat', [
    ['2026-03-01T23:50:00.000Z', message('bins', 'answer', 0.9)],
    ['2026-03-01T23:51:00.000Z', { name: 'resolved' }],
  ]),
  ...conversation('j', 'webchat', [['2026-03-05T08:00:00.000Z', message('bins', 'answer', 0.9)]]),
];

export const scriptedRange = { from: '2026-03-02', to: '2026-03-04' };
export const scriptedAsOf = new Date('2026-03-04T12:00:00.000Z');
