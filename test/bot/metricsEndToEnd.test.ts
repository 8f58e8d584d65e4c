import { expect, it } from 'vitest';
import { residentChat } from '../support/residentChat.js';
import { startTestApp, thursdayMorning } from '../support/testApp.js';

const adminToken = 'a-long-enough-staff-token';

it('counts conversations the bot resolved and escalated, from what the pipeline records', async () => {
  const app = await startTestApp({ ADMIN_TOKEN: adminToken }, { now: () => thursdayMorning });
  try {
    const resolved = residentChat(() => app.url, 'metrics-resolved', { channelId: 'webchat' });
    await resolved.say('How do I pay my council tax?');
    await resolved.say('This helped');
    const escalated = residentChat(() => app.url, 'metrics-escalated', { channelId: 'webchat' });
    await escalated.say('Keystone have been useless, I am furious the repair is still not done');
    await escalated.say('I want to speak to a person');

    const response = await fetch(`${app.url}/api/metrics/summary?from=2026-11-01&to=2026-11-30`, { headers: { authorization: `Bearer ${adminToken}` } });
    expect(response.status).toBe(200);
    const summary = (await response.json()) as Record<string, unknown> & { sentiment: { negativeShare: number }; costAvoided: unknown };
    expect(summary).toMatchObject({ conversations: 2, containmentRate: 0.5, escalationRate: 0.5 });
    expect(JSON.stringify(summary.byChannel)).toContain('webchat');
    expect(summary.sentiment.negativeShare).toBeGreaterThan(0);

    const prometheus = await (await fetch(`${app.url}/metrics`)).text();
    expect(prometheus).toMatch(/webchat/);
  } finally {
    await app.close();
  }
});

it('requires METRICS_TOKEN on /metrics when it is set', async () => {
  const metricsToken = 'a-long-enough-scrape-token';
  const app = await startTestApp({ METRICS_TOKEN: metricsToken });
  try {
    expect((await fetch(`${app.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${app.url}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } })).status).toBe(200);
  } finally {
    await app.close();
  }
});
