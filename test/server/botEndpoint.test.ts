import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeConnector } from '../support/fakeConnector.js';
import { exchange, messageTexts, residentMessage, startTestApp } from '../support/testApp.js';

type App = Awaited<ReturnType<typeof startTestApp>>;

describe('POST /api/messages on the real server', () => {
  let app: App;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => app.close());

  it('answers in the HTTP response with deliveryMode expectReplies', async () => {
    const replies = await exchange(app.url, residentMessage('expect-1', 'How do I pay my council tax?'));
    const texts = messageTexts(replies);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.join(' ')).toMatch(/council tax/i);
  });

  it('posts replies to the activity serviceUrl on the normal path', async () => {
    const connector = await startFakeConnector();
    try {
      const activity: Record<string, unknown> = { ...residentMessage('normal-1', 'hello'), serviceUrl: connector.url };
      const response = await fetch(`${app.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      });
      expect(response.status).toBe(200);
      const replies = connector.received.filter((entry) => entry.body.type === 'message');
      expect(replies.length).toBeGreaterThan(0);
      expect(replies[0]!.url).toBe(`/v3/conversations/normal-1/activities/${String(activity.id)}`);
      expect(replies[0]!.body.replyToId).toBe(activity.id);
    } finally {
      await connector.close();
    }
  });

  it('welcomes a resident who joins, with the starting choices', async () => {
    const replies = await exchange(app.url, {
      ...residentMessage('welcome-1', ''),
      type: 'conversationUpdate',
      membersAdded: [{ id: 'resident-welcome-1' }],
    });
    const welcome = replies.find((activity) => activity.type === 'message') as { suggestedActions?: { actions: { title: string }[] } };
    expect(welcome.suggestedActions?.actions.map((action) => action.title)).toEqual([
      'Report a repair',
      'Report damp or mould',
      'Report a missed bin',
      'Check a case',
      'Council tax',
      'Talk to someone',
    ]);
  });

  it('rejects malformed JSON with 400', async () => {
    const response = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"type": "message", "text": ',
    });
    expect(response.status).toBe(400);
  });

  it('rejects a body over 256 KB with 413', async () => {
    const response = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...residentMessage('big-1', 'x'), padding: 'x'.repeat(300 * 1024) }),
    });
    expect(response.status).toBe(413);
  });

  it('rejects a body that is not an activity with 400', async () => {
    const response = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(['not', 'an', 'activity']),
    });
    expect(response.status).toBe(400);
  });

  it('ignores unknown activity types without replying', async () => {
    const replies = await exchange(app.url, { ...residentMessage('unknown-1', ''), type: 'somethingNew' });
    expect(messageTexts(replies)).toEqual([]);
    // …and keeps serving.
    expect(messageTexts(await exchange(app.url, residentMessage('unknown-1', 'hello'))).length).toBeGreaterThan(0);
  });

  it('answers health and readiness probes', async () => {
    expect(await (await fetch(`${app.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
  });
});
