import { TestAdapter } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { SqliteTelemetryClient } from '../../src/telemetry/sqliteTelemetryClient.js';
import { TelemetryEventStore } from '../../src/telemetry/telemetryEventStore.js';
import { ChannelTelemetryLoggerMiddleware } from '../../src/telemetry/telemetryLogger.js';
import { openTestDatabase } from '../support/sqlDatabases.js';

const allTime = ['2000-01-01T00:00:00.000Z', '2100-01-01T00:00:00.000Z'] as const;

describe('SqliteTelemetryClient', () => {
  const open = async () => {
    const store = new TelemetryEventStore(await openTestDatabase('sqlite'));
    return { store, client: new SqliteTelemetryClient({ store, now: () => new Date('2026-03-02T10:00:00.000Z') }) };
  };

  it('stores events with their time, conversation, channel, properties and metrics', async () => {
    const { store, client } = await open();
    client.trackEvent({ name: 'custom', properties: { conversationId: 'c1', channelId: 'webchat', topic: 'bins' }, metrics: { latency: 12 } });
    expect((await store.between(...allTime))).toEqual([
      {
        at: '2026-03-02T10:00:00.000Z',
        kind: 'event',
        name: 'custom',
        conversationId: 'c1',
        channel: 'webchat',
        properties: { conversationId: 'c1', channelId: 'webchat', topic: 'bins' },
        metrics: { latency: 12 },
      },
    ]);
  });

  it('drops message text and names even when a caller logs them, and redacts traces and exceptions', async () => {
    const { store, client } = await open();
    client.trackEvent({ name: 'BotMessageReceived', properties: { text: 'my number is 07700 900123', fromName: 'Jane Smith', conversationId: 'c1' } });
    client.trackTrace({ message: 'resident wrote jane@example.com', severityLevel: 1 });
    client.trackException({ exception: new Error('failed for 07700 900123') });
    client.trackDependency({ dependencyTypeName: 'HTTP', target: 'crm', name: 'POST /cases', data: 'https://crm/cases?name=Jane', duration: 40, success: true, resultCode: 201 });
    client.trackPageView({ name: 'dashboard' });
    client.flush();
    const stored = JSON.stringify((await store.between(...allTime)));
    for (const personal of ['07700', 'Jane', 'jane@example.com', '"text"']) expect(stored).not.toContain(personal);
    expect((await store.between(...allTime)).map((event) => event.kind)).toEqual(['event', 'trace', 'exception', 'dependency', 'pageView']);
  });

  it("works as the sink for botbuilder's TelemetryLoggerMiddleware: messages by channel, without text", async () => {
    const { store, client } = await open();
    const adapter = new TestAdapter(async (context) => {
      await context.sendActivity('Your bin day is Tuesday.');
    }, { channelId: 'webchat' });
    adapter.use(new ChannelTelemetryLoggerMiddleware(client));
    await adapter.send('When is my bin day? I live at 14 Holly Road').assertReply('Your bin day is Tuesday.').startTest();

    const events = (await store.between(...allTime));
    const received = events.filter((event) => event.name === 'BotMessageReceived');
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ channel: 'webchat', conversationId: expect.any(String) });
    expect(events.find((event) => event.name === 'BotMessageSend')).toMatchObject({ channel: 'webchat' });
    expect(JSON.stringify(events)).not.toMatch(/Holly|bin day/);
  });
});
