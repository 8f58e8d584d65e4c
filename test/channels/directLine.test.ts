import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.js';
import { adminToken, advisorFetch, profile, signIn } from '../handoff/harness.js';
import { startTestApp, thursdayMorning } from '../support/testApp.js';

type App = Awaited<ReturnType<typeof startTestApp>>;
interface Session {
  conversationId: string;
  token: string;
}
interface ActivityPage {
  activities: { type: string; name?: string; text?: string; from: { id: string; name?: string; role?: string }; channelData?: Record<string, unknown> }[];
  watermark: string;
}

function storedSecrets(dataDir: string): Buffer[] {
  const database = openDatabase(dataDir);
  try {
    return database.prepare<[], { value: Buffer }>('SELECT value FROM secrets').all().map((row) => row.value);
  } finally {
    database.close();
  }
}

/** Every secret the server keeps, whole and its first half (the old connector key), in each form it could be written out in. */
const secretForms = (dataDir: string): string[] =>
  storedSecrets(dataDir).flatMap((secret) =>
    [secret, secret.subarray(0, 16)].flatMap((bytes) => (['hex', 'base64', 'base64url'] as const).map((encoding) => bytes.toString(encoding))),
  );

describe('local Direct Line (what Web Chat talks to)', () => {
  let app: App;
  const base = () => `${app.url}/v3/directline`;
  const call = (path: string, token: string, init: RequestInit = {}) =>
    fetch(`${base()}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers },
    });

  async function newSession(): Promise<Session> {
    const session = (await (await fetch(`${base()}/tokens/generate`, { method: 'POST' })).json()) as Session;
    expect((await call('/conversations', session.token, { method: 'POST' })).status).toBe(201);
    return session;
  }

  /** The conversation is in the handoff queue (staff API): the hub's side of the handoff. */
  const queued = async (session: Session): Promise<boolean> => {
    const response = await fetch(`${app.url}/api/handoffs`, { headers: { authorization: `Bearer ${adminToken}` } });
    return ((await response.json()) as { items: { conversationId: string }[] }).items.some((item) => item.conversationId === session.conversationId);
  };
  const readActivities = (session: Session) => call(`/conversations/${session.conversationId}/activities?watermark=0`, session.token);
  const post = (session: Session, activity: unknown) =>
    call(`/conversations/${session.conversationId}/activities`, session.token, { method: 'POST', body: JSON.stringify(activity) });

  async function waitForBotMessages(session: Session, count: number): Promise<ActivityPage['activities']> {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const page = (await (await readActivities(session)).json()) as ActivityPage;
      const fromBot = page.activities.filter((activity) => activity.type === 'message' && activity.from.role === 'bot');
      if (fromBot.length >= count) return page.activities;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`fewer than ${count} bot messages arrived`);
  }

  beforeAll(async () => {
    // Customer services is open, so asking for a person starts a handoff.
    app = await startTestApp({ ADMIN_TOKEN: adminToken }, { now: () => thursdayMorning });
  });
  afterAll(async () => app.close());

  it('keeps a very long message cut at what safety reads, and says part went unread', async () => {
    const session = await newSession();
    await waitForBotMessages(session, 1);
    const long = `My bin was not collected. ${'blah '.repeat(40_000)}`;
    expect((await post(session, { type: 'message', text: long })).status).toBe(200);
    const activities = await waitForBotMessages(session, 2);
    const kept = activities.find((activity) => activity.from.role === 'user')!.text!;
    expect(kept.length).toBeLessThan(10_010);
    expect(kept).toMatch(/^My bin was not collected\. blah/);
    expect(kept.endsWith(' […]')).toBe(true);
    expect(activities.filter((activity) => activity.from.role === 'bot').map((activity) => activity.text).join(' ')).toMatch(/Your message was very long. I checked the first 10,000 characters/);
  });

  it('starts a conversation with a welcome, then relays a message and the reply in order', async () => {
    const session = await newSession();
    const [welcome] = await waitForBotMessages(session, 1);
    expect(welcome!.text).toMatch(/Northbrook/);

    const posted = await call(`/conversations/${session.conversationId}/activities`, session.token, {
      method: 'POST',
      body: JSON.stringify({ type: 'message', text: 'When is my bin collected?', from: { id: 'spoofed-user' } }),
    });
    expect(posted.status).toBe(200);
    const activities = await waitForBotMessages(session, 2);
    const residentMessage = activities.find((activity) => activity.from.role === 'user');
    expect(residentMessage?.text).toBe('When is my bin collected?');
    expect(residentMessage?.from.id).not.toBe('spoofed-user');
    expect(activities.indexOf(residentMessage!)).toBeLessThan(activities.length - 1);
  });

  const botName = profile.branding.botName;
  it.each([
    ['an answer comes from the bot under the council’s name for it, marked as nothing else', 'How do I pay my council tax?', { from: expect.objectContaining({ name: botName }) }, ['emergency', 'sender']],
    ['an emergency reply is marked as one, so the page can make it stand out', 'I can smell gas in my kitchen', { from: expect.objectContaining({ name: botName }), channelData: expect.objectContaining({ urgent: 'emergency' }) }, ['sender']],
    ['advice after a disclosure is marked urgent too', 'my partner hits me and I am scared to go home', { channelData: expect.objectContaining({ urgent: 'safeguarding' }) }, ['sender']],
    ['so is the safety question asked when a message only hints at danger', 'my ex is outside banging on the door and I am scared', { text: expect.stringMatching(/danger/i), channelData: expect.objectContaining({ urgent: 'safeguarding' }) }, ['sender']],
  ])('what Web Chat is told about a reply: %s', async (_row, text, expected, unmarked) => {
    const session = await newSession();
    await waitForBotMessages(session, 1);
    await post(session, { type: 'message', text });
    // The first answer to the message (a disclosure is followed by the queue's message).
    const reply = (await waitForBotMessages(session, 2)).filter((activity) => activity.type === 'message' && activity.from.role === 'bot')[1]!;
    expect(reply).toMatchObject(expected);
    for (const key of unmarked) expect(reply.channelData?.[key]).toBeUndefined();
  });

  it('relays an advisor’s message under the advisor’s name, marked as an advisor’s', async () => {
    const session = await newSession();
    await waitForBotMessages(session, 1);
    await post(session, { type: 'message', text: 'I want to talk to a person' });
    await expect.poll(() => queued(session)).toBe(true);
    const advisor = await signIn(app.url, 'admin', adminToken);
    const path = `/advisor/api/conversations/${session.conversationId}`;
    expect((await advisorFetch(app.url, advisor, `${path}/accept`, { method: 'POST' })).status).toBe(200);
    expect((await advisorFetch(app.url, advisor, `${path}/reply`, { method: 'POST', body: { text: 'Hello, this is Sam.' } })).status).toBe(201);
    const { activities } = (await (await readActivities(session)).json()) as ActivityPage;
    const relayed = activities.find((activity) => activity.text === 'Hello, this is Sam.');
    expect(relayed).toMatchObject({ from: { name: 'An advisor', role: 'bot' }, channelData: { sender: 'advisor' } });
    // Not a reply to one message, so Web Chat shows it at once rather than waiting for that message.
    expect(relayed).not.toHaveProperty('replyToId');
    // The bot's own messages in the same conversation keep its name.
    expect(activities.filter((activity) => activity.type === 'message' && activity.from.role === 'bot' && activity !== relayed).map((activity) => activity.from.name)).not.toContain('An advisor');
  });

  it('will not let one resident read another conversation', async () => {
    const mine = await newSession();
    const theirs = await newSession();
    const response = await call(`/conversations/${theirs.conversationId}/activities`, mine.token);
    expect(response.status).toBe(403);
  });

  it('rejects requests without a valid token', async () => {
    const session = await newSession();
    expect((await call(`/conversations/${session.conversationId}/activities`, 'forged.token')).status).toBe(403);
  });

  it('never shows a resident a server secret or a connector field, handoff included', async () => {
    const session = await newSession();
    await waitForBotMessages(session, 1);
    expect((await post(session, { type: 'message', text: 'I want to talk to a person' })).status).toBe(200);
    await expect.poll(() => queued(session)).toBe(true);

    const everything = await (await readActivities(session)).text();
    expect(everything).not.toMatch(/handoff\.initiate/);
    const forms = secretForms(app.config.dataDir);
    expect(forms.length).toBeGreaterThan(0);
    for (const form of forms) expect(everything).not.toContain(form);
    expect(everything).not.toContain('serviceUrl');
  });

  it.each([
    ['a guessed key', (): string[] => ['guess']],
    ['the first half of each stored secret (the old connector key)', (dataDir: string) => storedSecrets(dataDir).map((secret) => secret.subarray(0, 16).toString('hex'))],
  ])('refuses bot-side posts with %s', async (_name, keysFor) => {
    const session = await newSession();
    for (const key of keysFor(app.config.dataDir)) {
      const response = await fetch(`${app.url}/directline-connector/${key}/v3/conversations/${session.conversationId}/activities`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: 'fake bot message', from: { id: 'council-assistant', role: 'bot' } }),
      });
      expect(response.status).toBe(404);
    }
    expect(await (await readActivities(session)).text()).not.toContain('fake bot message');
  });

  it.each([
    ['handoff.status completed (ending an advisor chat)', { type: 'event', name: 'handoff.status', value: { state: 'completed' } }],
    ['handoff.status accepted (an advisor "joining")', { type: 'event', name: 'handoff.status', value: { state: 'accepted', message: 'Mallory' } }],
    ['a conversationUpdate', { type: 'conversationUpdate', membersAdded: [{ id: 'someone-else' }] }],
    ['an invoke', { type: 'invoke', name: 'adaptiveCard/action', value: {} }],
    ['a typing activity', { type: 'typing' }],
    ['a message whose text is not a string', { type: 'message', text: 5 }],
    ['a message with attachments as an object', { type: 'message', attachments: { contentType: 'image/png' } }],
    ['a message with an oversized card value', { type: 'message', value: { notes: 'x'.repeat(20_000) } }],
    ['a message with channelData as an array', { type: 'message', text: 'hi', channelData: ['clientActivityID'] }],
  ])('refuses %s with a short 400 and shows nothing', async (_name, activity) => {
    const session = await newSession();
    await waitForBotMessages(session, 1);
    const before = ((await (await readActivities(session)).json()) as ActivityPage).activities.length;
    const response = await post(session, activity);
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { message: string } };
    expect(error.message.length).toBeLessThan(200);
    expect(error.message).not.toMatch(/\n\s+at |\.[jt]s:\d|node_modules/);
    expect(((await (await readActivities(session)).json()) as ActivityPage).activities.length).toBe(before);
  });

  it('keeps only the allowed fields of a resident message', async () => {
    const session = await newSession();
    const response = await post(session, {
      type: 'message',
      text: 'hello',
      from: { id: 'council-assistant', role: 'bot' },
      serviceUrl: 'http://127.0.0.1:9/elsewhere',
      name: 'handoff.status',
      entities: [{ type: 'ClientCapabilities' }],
      channelData: { clientActivityID: 'web-chat-1', postBack: true },
      replyToId: 'someone-else',
    });
    expect(response.status).toBe(200);
    const echo = ((await (await readActivities(session)).json()) as ActivityPage).activities.find((activity) => activity.text === 'hello') as unknown as Record<string, unknown>;
    expect(Object.keys(echo).sort()).toEqual(['channelData', 'from', 'id', 'text', 'timestamp', 'type']);
    expect(echo.channelData).toEqual({ clientActivityID: 'web-chat-1' });
    expect(echo.from).toMatchObject({ role: 'user' });
  });
});
