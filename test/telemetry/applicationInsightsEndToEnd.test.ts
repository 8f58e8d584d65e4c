import { expect, it } from 'vitest';
import { residentChat } from '../support/residentChat.js';
import { startFakeIngestion } from '../support/fakeIngestion.js';
import { startTestApp, thursdayMorning } from '../support/testApp.js';

const adminToken = 'a-long-enough-staff-token';
const residentSays = ['How do I pay my council tax? My name is Jane Smith, 07700 900123', 'This helped'];

// The SDK keeps one client per process, so this file starts one app with Application Insights.
it("sends the bot's events to Application Insights without the resident's words, while SQLite still feeds the dashboard", async () => {
  const ingestion = await startFakeIngestion();
  try {
    const app = await startTestApp({ ADMIN_TOKEN: adminToken, APPLICATIONINSIGHTS_CONNECTION_STRING: ingestion.connectionString() }, { now: () => thursdayMorning });
    let summary: unknown;
    try {
      const resident = residentChat(() => app.url, 'insights-resolved', { channelId: 'webchat' });
      for (const text of residentSays) await resident.say(text);
      const response = await fetch(`${app.url}/api/metrics/summary?from=2026-11-01&to=2026-11-30`, { headers: { authorization: `Bearer ${adminToken}` } });
      summary = await response.json();
    } finally {
      await app.close();
    }

    // Everything was posted by the time close() returned, to the track endpoint only.
    expect(ingestion.requests.length).toBeGreaterThan(0);
    for (const request of ingestion.requests) expect(request).toMatchObject({ method: 'POST', path: '/v2.1/track' });

    // Only the events the bot tracks: no requests, dependencies, metrics or console output collected by the SDK.
    expect(new Set(ingestion.envelopes.map((envelope) => envelope.data.baseType))).toEqual(new Set(['EventData']));
    const names = ingestion.envelopes.map((envelope) => envelope.data.baseData.name);
    expect(names).toEqual(expect.arrayContaining(['BotMessageReceived', 'BotMessageSend', 'assistant.message', 'assistant.answer', 'assistant.resolved']));
    const fromThisConversation = ingestion.envelopes.filter((envelope) => envelope.data.baseData.properties?.conversationId === 'insights-resolved');
    expect(fromThisConversation.length).toBe(ingestion.envelopes.length);
    for (const envelope of fromThisConversation) expect(envelope.data.baseData.properties?.channelId).toBe('webchat');

    const posted = ingestion.bodies.join('\n');
    for (const words of [...residentSays, 'Jane', '07700', 'council tax? My name']) expect(posted).not.toContain(words);

    expect(summary).toMatchObject({ conversations: 1, resolved: 1, containmentRate: 1, byChannel: { webchat: { conversations: 1 } } });
  } finally {
    await ingestion.close();
  }
});
