import { Writable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
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

describe('what POST /api/messages refuses with authentication off', () => {
  let app: App;
  /** "The outside": any reply the bot is tricked into posting would arrive here. */
  let outside: Awaited<ReturnType<typeof startFakeConnector>>;
  const logLines: Record<string, unknown>[] = [];
  const logSink = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  const postActivity = (activity: unknown) =>
    fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  const looksInternal = /\n\s+at |\.[jt]s:\d|node_modules|Error:/;

  beforeAll(async () => {
    outside = await startFakeConnector();
    app = await startTestApp({}, {}, createLogger('info', logSink));
  });
  afterAll(async () => {
    await app.close();
    await outside.close();
  });
  beforeEach(() => {
    logLines.length = 0;
    outside.received.length = 0;
  });

  // Rows that name another machine are sent with expectReplies: even code that let them through would post nothing anywhere.
  it.each<[string, Record<string, unknown>]>([
    ['an unknown channelId', { channelId: 'evil-channel' }],
    ['a serviceUrl on another machine', { serviceUrl: 'http://10.255.255.1/', deliveryMode: 'expectReplies' }],
    ['the cloud metadata address as serviceUrl', { serviceUrl: 'http://169.254.169.254/latest/', deliveryMode: 'expectReplies' }],
    ['a host name that only looks local', { serviceUrl: 'http://127.0.0.1.nip.io/', deliveryMode: 'expectReplies' }],
    ['a serviceUrl that is not a URL', { serviceUrl: 'not a url', deliveryMode: 'expectReplies' }],
    ['a serviceUrl that is not a string', { serviceUrl: { href: 'http://127.0.0.1:9/' } }],
    ['an array in place of conversation', { conversation: ['c1'] }],
    ['an array in place of from', { from: [] }],
    ['an array in place of channelData', { channelData: [] }],
    ['attachments as an object', { attachments: { contentType: 'image/png' } }],
    ['an attachment whose contentType is a number', { attachments: [{ contentType: 5 }] }],
    ['text that is not a string', { text: { html: 'hello' } }],
    ['a negative timestamp', { timestamp: -1 }],
    ['a timestamp that is no date', { timestamp: 'yesterday-ish' }],
    ['membersAdded as a negative number', { type: 'conversationUpdate', membersAdded: -1 }],
    ['a deliveryMode that does not exist', { deliveryMode: 'everywhere' }],
  ])('refuses %s with a short 400, one info log line, and posts nothing', async (_name, change) => {
    const response = await postActivity({ ...residentMessage(`refused-${_name}`, 'hello'), serviceUrl: outside.url, ...change });
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(body.length).toBeLessThan(300);
    expect(body).not.toMatch(looksInternal);
    expect(outside.received).toEqual([]);
    expect(logLines.filter((line) => Number(line.level) >= 40 || 'err' in line)).toEqual([]);
    expect(logLines.filter((line) => line.level === 30)).toHaveLength(1);
  });

  it('adds no Prometheus label for a refused channelId', async () => {
    expect((await postActivity({ ...residentMessage('label-1', 'hello', 'made-up-channel'), serviceUrl: outside.url })).status).toBe(400);
    const metrics = await (await fetch(`${app.url}/metrics`)).text();
    expect(metrics).toContain('assistant_turns_total');
    expect(metrics).not.toContain('made-up-channel');
  });

  it('serves the Emulator at http://localhost:<port>, and refuses the same activity from a channel it does not know', async () => {
    const fromEmulator = { ...residentMessage('emulator-1', 'hello', 'emulator'), serviceUrl: outside.url.replace('127.0.0.1', 'localhost') };
    expect((await postActivity(fromEmulator)).status).toBe(200);
    expect(outside.textsFor('emulator-1').length).toBeGreaterThan(0);
    expect((await postActivity({ ...fromEmulator, id: 'another-id', channelId: 'emulator2' })).status).toBe(400);
  });

  it.each([
    ['accepted', { state: 'accepted', message: 'Mallory' }],
    ['completed', { state: 'completed' }],
    ['failed', { state: 'failed' }],
  ])('ignores handoff.status %s: nobody can be told apart from a hub', async (_state, value) => {
    const event = { ...residentMessage('hub-1', ''), type: 'event', name: 'handoff.status', value, serviceUrl: outside.url };
    expect((await postActivity(event)).status).toBe(200);
    expect(outside.received).toEqual([]);
  });

  it('refuses a conversation of the local Direct Line, which only its resident may write to', async () => {
    const { conversationId } = (await (await fetch(`${app.url}/v3/directline/tokens/generate`, { method: 'POST' })).json()) as { conversationId: string };
    const response = await postActivity({ ...residentMessage(conversationId, 'I want to talk to a person', 'webchat'), serviceUrl: outside.url });
    expect(response.status).toBe(400);
    expect(outside.received).toEqual([]);
  });
});
