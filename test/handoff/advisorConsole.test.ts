import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandoffEntry } from '../../src/handoff/handoffHub.js';
import { adminToken, advisorFetch, aliceDisplayName, handoffRequest, readEventsUntil, signIn, startConsoleServer, type AdvisorClient } from './harness.js';

type ConsoleServer = Awaited<ReturnType<typeof startConsoleServer>>;

const conversationPath = (conversationId: string, action = ''): string =>
  `/advisor/api/conversations/${encodeURIComponent(conversationId)}${action && `/${action}`}`;

describe('the advisor console API', () => {
  let app: ConsoleServer;
  let alice: AdvisorClient;
  let bob: AdvisorClient;
  beforeAll(async () => {
    app = await startConsoleServer();
    alice = await signIn(app.url);
    bob = await signIn(app.url, 'bob', 'bob-has-a-long-password');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('rejects every /advisor/api route without a valid session (401)', async () => {
    const { entry } = await app.hub.initiate(handoffRequest());
    const routes: [string, string][] = [
      ['GET', '/advisor/api/queue'],
      ['GET', conversationPath(entry.conversationId)],
      ['POST', conversationPath(entry.conversationId, 'accept')],
      ['POST', conversationPath(entry.conversationId, 'reply')],
      ['POST', conversationPath(entry.conversationId, 'end')],
      ['GET', '/advisor/api/events'],
    ];
    for (const [method, path] of routes) {
      const anonymous = await fetch(`${app.url}${path}`, { method });
      const forged = await fetch(`${app.url}${path}`, { method, headers: { cookie: 'staff_session=forged', 'x-csrf-token': alice.csrfToken } });
      expect([method, path, anonymous.status, forged.status]).toEqual([method, path, 401, 401]);
    }
    expect((await app.hub.current(entry.conversationId))?.status).toBe('waiting');
  });

  it('rejects state-changing requests without the session’s CSRF token (403)', async () => {
    const { entry } = await app.hub.initiate(handoffRequest());
    const accept = `${app.url}${conversationPath(entry.conversationId, 'accept')}`;
    expect((await fetch(accept, { method: 'POST', headers: { cookie: alice.cookie } })).status).toBe(403);
    expect((await fetch(accept, { method: 'POST', headers: { cookie: alice.cookie, 'x-csrf-token': 'guess' } })).status).toBe(403);
    // A token belongs to its own session only.
    expect((await fetch(accept, { method: 'POST', headers: { cookie: alice.cookie, 'x-csrf-token': bob.csrfToken } })).status).toBe(403);
    expect((await fetch(`${app.url}/advisor/logout`, { method: 'POST', headers: { cookie: alice.cookie } })).status).toBe(403);
    expect((await app.hub.current(entry.conversationId))?.status).toBe('waiting');
    expect((await advisorFetch(app.url, alice, conversationPath(entry.conversationId, 'accept'), { method: 'POST' })).status).toBe(200);
  });

  it('shows the queue, with the first words of the resident\'s last message, and the full conversation with its details labelled', async () => {
    const request = handoffRequest({
      priority: 'safeguarding',
      reason: 'safeguarding',
      topic: 'Worried about a neighbour',
      details: { collected: { Postcode: 'NB1 1AA' }, caseReferences: [], articlesRead: ['missed-bins'] },
    });
    await app.hub.initiate(request);
    await app.hub.residentMessage(request.conversationId, 'The old man next door has not opened his curtains for three days and his milk is still on the step');
    const queue = (await (await advisorFetch(app.url, alice, '/advisor/api/queue')).json()) as { waiting: { topic: string }[]; waitingCount: number };
    expect(queue.waitingCount).toBeGreaterThanOrEqual(queue.waiting.length);
    expect(queue.waiting[0]).toMatchObject({
      topic: 'Worried about a neighbour',
      priority: 'safeguarding',
      channel: 'webchat',
      openingWords: 'The old man next door has not opened his curtains for three…',
    });

    const response = await advisorFetch(app.url, alice, conversationPath(request.conversationId));
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toMatchObject({
      summary: request.summary,
      details: request.details,
      detailLines: [
        { label: 'Postcode', value: 'NB1 1AA' },
        { label: 'Article read', value: 'Missed bins' },
      ],
      sentiment: request.sentiment,
      suggestedArticles: request.suggestedArticles,
    });
  });

  it('accepts, relays a reply to the resident and ends the handoff through the ResidentChannel', async () => {
    const { entry } = await app.hub.initiate(handoffRequest());
    const { conversationId } = entry;
    const accepted = await advisorFetch(app.url, alice, conversationPath(conversationId, 'accept'), { method: 'POST' });
    expect(((await accepted.json()) as HandoffEntry).status).toBe('active');
    // Residents see the account's display name, never the sign-in name.
    expect(app.residents.accepted).toContainEqual({ conversationId, advisorName: aliceDisplayName });

    const reply = await advisorFetch(app.url, alice, conversationPath(conversationId, 'reply'), { method: 'POST', body: { text: ' Your bin will be collected tomorrow. ' } });
    expect(reply.status).toBe(201);
    expect(app.residents.sent).toContainEqual({ conversationId, text: 'Your bin will be collected tomorrow.', advisorName: aliceDisplayName });
    expect((await app.hub.current(conversationId))?.transcript.at(-1)).toMatchObject({ from: 'advisor', text: 'Your bin will be collected tomorrow.' });

    expect((await advisorFetch(app.url, alice, conversationPath(conversationId, 'reply'), { method: 'POST', body: { text: '   ' } })).status).toBe(400);

    const ended = await advisorFetch(app.url, alice, conversationPath(conversationId, 'end'), { method: 'POST' });
    expect(((await ended.json()) as HandoffEntry).status).toBe('completed');
    expect(app.residents.ended).toContain(conversationId);
    expect(await app.hub.current(conversationId)).toBeUndefined();
  });

  it('answers 502 and records nothing when the reply cannot reach the resident', async () => {
    const { entry } = await app.hub.initiate(handoffRequest());
    await advisorFetch(app.url, alice, conversationPath(entry.conversationId, 'accept'), { method: 'POST' });
    app.residents.failSends = true;
    try {
      const reply = await advisorFetch(app.url, alice, conversationPath(entry.conversationId, 'reply'), { method: 'POST', body: { text: 'lost words' } });
      expect(reply.status).toBe(502);
    } finally {
      app.residents.failSends = false;
    }
    expect((await app.hub.current(entry.conversationId))?.transcript.map((line) => line.text)).not.toContain('lost words');
  });

  it('cannot be impersonated: residents have no way in and the advisor name comes from the session', async () => {
    const { entry } = await app.hub.initiate(handoffRequest());
    const { conversationId } = entry;
    // Whatever a resident types is recorded as the resident.
    await app.hub.residentMessage(conversationId, 'Advisor alice: your case is closed');
    // A resident (no session) cannot reply or take the conversation.
    const anonymous = await fetch(`${app.url}${conversationPath(conversationId, 'reply')}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'I am the advisor', advisor: 'alice' }),
    });
    expect(anonymous.status).toBe(401);
    // A claimed name in the body is ignored; bob cannot write in alice's conversation.
    await advisorFetch(app.url, alice, conversationPath(conversationId, 'accept'), { method: 'POST', body: { advisor: 'bob' } });
    const asBob = await advisorFetch(app.url, bob, conversationPath(conversationId, 'reply'), { method: 'POST', body: { text: 'hijack' } });
    expect(asBob.status).toBe(409);
    // Told in words the console can show, not the log's "handoff for conversation …: held-by-another-advisor".
    expect(await asBob.json()).toEqual({ code: 'held-by-another-advisor', message: 'Another advisor has taken this conversation.' });
    await advisorFetch(app.url, alice, conversationPath(conversationId, 'reply'), { method: 'POST', body: { text: 'Hello, Alice here.', advisor: 'bob' } });

    const current = await app.hub.current(conversationId);
    expect(current?.advisor).toBe('alice');
    expect(current?.transcript.slice(-2).map((line) => [line.from, line.text])).toEqual([
      ['resident', 'Advisor alice: your case is closed'],
      ['advisor', 'Hello, Alice here.'],
    ]);
    expect(app.residents.sent.filter((sent) => sent.conversationId === conversationId).map((sent) => sent.text)).toEqual(['Hello, Alice here.']);
  });

  it('pushes a resident message live over server-sent events', async () => {
    const { entry } = await app.hub.initiate(handoffRequest());
    const response = await advisorFetch(app.url, alice, '/advisor/api/events');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const received = readEventsUntil(response.body!, (text) => text.includes('Is anyone there?'));
    await app.hub.residentMessage(entry.conversationId, 'Is anyone there?');
    const text = await received;
    const event = text.split('\n\n').find((block) => block.includes('Is anyone there?'))!;
    expect(event.split('\n')[0]).toBe('event: message');
    expect(JSON.parse(event.split('\n')[1]!.slice('data: '.length))).toMatchObject({
      conversationId: entry.conversationId,
      line: { from: 'resident', text: 'Is anyone there?' },
    });
  });

  it('ends the session on sign-out', async () => {
    const carol = await signIn(app.url, 'admin', adminToken);
    expect((await advisorFetch(app.url, carol, '/advisor/api/queue')).status).toBe(200);
    const logout = await advisorFetch(app.url, carol, '/advisor/logout', { method: 'POST' });
    expect(logout.status).toBe(204);
    expect(logout.headers.get('set-cookie')).toMatch(/^staff_session=; Path=\/; Max-Age=0; /);
    expect((await advisorFetch(app.url, carol, '/advisor/api/queue')).status).toBe(401);
  });

  it('lists handoffs on the staff API behind the bearer token, without transcripts', async () => {
    const request = handoffRequest({ topic: 'Council tax arrears' });
    await app.hub.initiate(request);
    expect((await fetch(`${app.url}/api/handoffs`)).status).toBe(401);
    const bearer = { authorization: `Bearer ${adminToken}` };
    expect((await fetch(`${app.url}/api/handoffs?status=lost`, { headers: bearer })).status).toBe(400);
    const body = (await (await fetch(`${app.url}/api/handoffs?status=waiting`, { headers: bearer })).json()) as { items: Record<string, unknown>[] };
    const item = body.items.find((candidate) => candidate.conversationId === request.conversationId);
    expect(item).toEqual({
      conversationId: request.conversationId,
      channel: request.channel,
      priority: request.priority,
      reason: request.reason,
      topic: request.topic,
      summary: request.summary,
      sentiment: request.sentiment,
      suggestedArticles: request.suggestedArticles,
      waitingSince: expect.any(String),
    });
    const completed = (await (await fetch(`${app.url}/api/handoffs?status=completed`, { headers: bearer })).json()) as { items: unknown[] };
    expect(completed.items.length).toBeGreaterThan(0);
  });
});

describe('advisor sign-in', () => {
  let app: ConsoleServer;
  beforeAll(async () => {
    app = await startConsoleServer();
  });
  afterAll(async () => {
    await app?.close();
  });

  const attempt = (password: string, headers: Record<string, string> = {}) =>
    fetch(`${app.url}/advisor/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams({ username: 'alice', password }).toString(),
      redirect: 'manual',
    });

  it('sets an HttpOnly, SameSite=Strict session cookie and device cookie, Secure behind https', async () => {
    const [session, device] = (await attempt('alice-has-a-long-password')).headers.getSetCookie();
    expect(session).toMatch(/^staff_session=[\w-]{40,}; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Strict$/);
    expect(device).toMatch(/^staff_device=[\w.-]+; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Strict$/);
    const behindTls = (await attempt('alice-has-a-long-password', { 'x-forwarded-proto': 'https' })).headers.getSetCookie();
    for (const cookie of behindTls) expect(cookie).toMatch(/; Secure$/);
  });

  it('refuses a sign-in posted from another site', async () => {
    expect((await attempt('alice-has-a-long-password', { origin: 'https://evil.example' })).status).toBe(403);
  });

  it('rate-limits failed sign-ins per client', async () => {
    const statuses: number[] = [];
    for (let attempts = 0; attempts < 6; attempts += 1) statuses.push((await attempt('wrong-password')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const blocked = await attempt('alice-has-a-long-password');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
