import type { TelemetryEvent } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createConversationTelemetry } from '../../src/telemetry/conversationTelemetry.js';
import { decodeConversationEvent } from '../../src/telemetry/conversationEventCodec.js';
import type { ConversationEvent } from '../../src/telemetry/conversationEvents.js';

const base = { conversationId: 'c1', channel: 'webchat' };
const everyKind: ConversationEvent[] = [
  {
    ...base,
    name: 'message',
    topic: 'repairs',
    route: 'answer',
    sentiment: { score: -0.62, label: 'negative', emotions: ['angry', 'stressed'] },
    contractors: ['Keystone Property Services'],
    language: 'eng',
  },
  { ...base, name: 'message', topic: 'bins', route: 'smalltalk', sentiment: { score: 0, label: 'neutral', emotions: [] }, contractors: [] },
  { ...base, name: 'answer', topic: 'bins', articleId: 'missed-bins', confidence: 0.82 },
  { ...base, name: 'unanswered', topic: 'parking', question: 'can I park a [postcode] van', confidence: 0.31 },
  { ...base, name: 'safety', emergency: 'gas' },
  { ...base, name: 'case-raised', topic: 'repairs', caseType: 'repair', reference: 'NBC-12345' },
  { ...base, name: 'handoff', topic: 'repairs', reason: 'asked-for-person', priority: 'normal' },
  { ...base, name: 'feedback', articleId: 'missed-bins', helpful: false },
  { ...base, name: 'csat', score: 4 },
  { ...base, name: 'resolved' },
];

describe('createConversationTelemetry', () => {
  it('sends each event as a botbuilder event with string properties and numeric metrics, and it decodes back', () => {
    const tracked: TelemetryEvent[] = [];
    const telemetry = createConversationTelemetry({ trackEvent: (event: TelemetryEvent) => tracked.push(event), trackTrace() {}, trackException() {}, trackDependency() {}, flush() {} });
    everyKind.forEach((event) => telemetry.record(event));

    expect(tracked[0]).toEqual({
      name: 'assistant.message',
      properties: {
        channelId: 'webchat',
        conversationId: 'c1',
        topic: 'repairs',
        route: 'answer',
        sentimentLabel: 'negative',
        emotions: 'angry,stressed',
        contractors: '["Keystone Property Services"]',
        language: 'eng',
      },
      metrics: { sentimentScore: -0.62 },
    });
    for (const event of tracked) {
      expect(Object.values(event.properties ?? {}).every((value) => typeof value === 'string')).toBe(true);
    }
    expect(tracked.map((event) => decodeConversationEvent(event.name, event.properties ?? {}, event.metrics ?? {}))).toEqual(everyKind);
  });

  it('ignores events that are not conversation events or do not parse', () => {
    expect(decodeConversationEvent('BotMessageReceived', { channelId: 'webchat' }, {})).toBeUndefined();
    expect(decodeConversationEvent('assistant.csat', { channelId: 'webchat', conversationId: 'c1' }, { score: 9 })).toBeUndefined();
  });
});
