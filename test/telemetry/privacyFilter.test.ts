import type { TelemetryDependency, TelemetryEvent, TelemetryException, TelemetryPageView, TelemetryTrace } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { FanOutTelemetryClient } from '../../src/telemetry/fanOutTelemetryClient.js';
import { PrivacyFilteredTelemetryClient, type TelemetrySink } from '../../src/telemetry/privacyFilteredTelemetryClient.js';

type Call =
  | ['event', TelemetryEvent]
  | ['pageView', TelemetryPageView]
  | ['trace', TelemetryTrace]
  | ['exception', TelemetryException]
  | ['dependency', TelemetryDependency]
  | ['flush'];

/** A sink that remembers every call it receives. */
class RecordingSink implements TelemetrySink {
  readonly calls: Call[] = [];
  trackEvent(telemetry: TelemetryEvent): void {
    this.calls.push(['event', telemetry]);
  }
  trackPageView(telemetry: TelemetryPageView): void {
    this.calls.push(['pageView', telemetry]);
  }
  trackTrace(telemetry: TelemetryTrace): void {
    this.calls.push(['trace', telemetry]);
  }
  trackException(telemetry: TelemetryException): void {
    this.calls.push(['exception', telemetry]);
  }
  trackDependency(telemetry: TelemetryDependency): void {
    this.calls.push(['dependency', telemetry]);
  }
  flush(): void {
    this.calls.push(['flush']);
  }
}

const personal = ['07700', '900123', 'Jane', 'jane@example.com', '14 Holly Road', 'name=Jane'];

describe('the privacy filter in front of the fanned-out sinks', () => {
  const open = () => {
    const sqlite = new RecordingSink();
    const cloud = new RecordingSink();
    return { sqlite, cloud, client: new PrivacyFilteredTelemetryClient(new FanOutTelemetryClient([sqlite, cloud])) };
  };

  it('gives every sink the same calls, in order, once each', () => {
    const { sqlite, cloud, client } = open();
    client.trackEvent({ name: 'assistant.resolved', properties: { conversationId: 'c1', channelId: 'webchat' }, metrics: { turns: 2 } });
    client.trackPageView({ name: 'dashboard', properties: { channelId: 'webchat' } });
    client.flush();
    expect(sqlite.calls).toEqual([
      ['event', { name: 'assistant.resolved', properties: { conversationId: 'c1', channelId: 'webchat' }, metrics: { turns: 2 } }],
      ['pageView', { name: 'dashboard', properties: { channelId: 'webchat' }, metrics: undefined }],
      ['flush'],
    ]);
    expect(cloud.calls).toEqual(sqlite.calls);
  });

  it("drops botbuilder's personal properties however the caller was configured", () => {
    const { sqlite, cloud, client } = open();
    const properties = { text: 'my number is 07700 900123', speak: 'Jane', attachments: '[]', fromName: 'Jane Smith', recipientName: 'Jane', fromId: 'resident-1', channelId: 'webchat' };
    client.trackEvent({ name: 'BotMessageReceived', properties });
    client.trackPageView({ name: 'WaterfallStart', properties });
    for (const sink of [sqlite, cloud]) {
      expect(sink.calls.map(([, telemetry]) => (telemetry as TelemetryEvent).properties)).toEqual([
        { fromId: 'resident-1', channelId: 'webchat' },
        { fromId: 'resident-1', channelId: 'webchat' },
      ]);
    }
    expect(properties.text).toBe('my number is 07700 900123');
  });

  it('redacts trace and exception text, stack included, and keeps the stack frames', () => {
    const { sqlite, cloud, client } = open();
    client.trackTrace({ message: 'resident wrote jane@example.com', properties: { fromName: 'Jane', step: 'relay' }, severityLevel: 1 });
    const error = new TypeError('failed for 07700 900123 at 14 Holly Road');
    client.trackException({ exception: error, handledAt: 'turn', properties: { channelId: 'webchat' } });

    expect(cloud.calls).toEqual(sqlite.calls);
    const [[, trace], [, exception]] = cloud.calls as [['trace', TelemetryTrace], ['exception', TelemetryException]];
    expect(trace).toEqual({ message: 'resident wrote [email]', properties: { step: 'relay' }, severityLevel: 1 });
    expect(exception.exception.name).toBe('TypeError');
    expect(exception.exception.message).not.toMatch(/07700|Holly/);
    expect(exception.exception.stack!.split('\n')[0]).toBe(`TypeError: ${exception.exception.message}`);
    expect(exception.exception.stack).toContain('privacyFilter.test.ts');
    expect(exception).toMatchObject({ handledAt: 'turn', properties: { channelId: 'webchat' } });
    expect(error.message).toContain('07700');
  });

  it.each([
    ["Hi I'm Mary Ellen Brightwater, where do I park?", "Hi I'm [name], where do I park?"],
    ['DOB 02/11/1987, sort code 12-34-56', 'DOB [date-of-birth], sort code [sort-code]'],
    ['already redacted: [phone]', 'already redacted: [phone]'],
    ['x'.repeat(301), '[not kept]'],
  ])("redacts an event's resident text at write time for every sink: %j", (question, kept) => {
    const { sqlite, cloud, client } = open();
    client.trackEvent({ name: 'assistant.unanswered', properties: { topic: 'parking', question, channelId: 'webchat' }, metrics: { confidence: 0.2 } });
    expect(cloud.calls).toEqual(sqlite.calls);
    expect(sqlite.calls).toEqual([['event', { name: 'assistant.unanswered', properties: { topic: 'parking', question: kept, channelId: 'webchat' }, metrics: { confidence: 0.2 } }]]);
  });

  it("leaves out a dependency's data, which can carry a query string", () => {
    const { cloud, client } = open();
    client.trackDependency({ dependencyTypeName: 'HTTP', target: 'crm.example', name: 'POST /cases', data: 'https://crm.example/cases?name=Jane', duration: 40, success: true, resultCode: 201 });
    expect(cloud.calls).toEqual([['dependency', { dependencyTypeName: 'HTTP', target: 'crm.example', name: 'POST /cases', data: '', duration: 40, success: true, resultCode: 201 }]]);
  });

  it('lets none of the personal details through to any sink', () => {
    const { sqlite, cloud, client } = open();
    client.trackEvent({ name: 'BotMessageSend', properties: { text: 'Thanks Jane, we will call 07700 900123', recipientName: 'Jane' } });
    client.trackTrace({ message: 'my name is Jane, I live at 14 Holly Road, jane@example.com' });
    client.trackException({ exception: new Error('lookup failed for 07700 900123') });
    client.trackDependency({ dependencyTypeName: 'HTTP', target: 'crm', name: 'GET /people', data: '/people?name=Jane', duration: 1, success: false, resultCode: 500 });
    // An Error's message and stack are not enumerable, so they are spelled out.
    const visible = ([kind, telemetry]: Call) => (kind === 'exception' ? { ...telemetry, message: telemetry.exception.message, stack: telemetry.exception.stack } : telemetry);
    const sent = JSON.stringify([...sqlite.calls, ...cloud.calls].map(visible));
    for (const detail of personal) expect(sent).not.toContain(detail);
  });
});
