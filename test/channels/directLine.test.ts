import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../support/testApp.js';

type App = Awaited<ReturnType<typeof startTestApp>>;
interface Session {
  conversationId: string;
  token: string;
}
interface ActivityPage {
  activities: { type: string; text?: string; from: { id: string; role?: string } }[];
  watermark: string;
}

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

  async function waitForBotMessages(session: Session, count: number): Promise<ActivityPage['activities']> {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const page = (await (await call(`/conversations/${session.conversationId}/activities?watermark=0`, session.token)).json()) as ActivityPage;
      const fromBot = page.activities.filter((activity) => activity.type === 'message' && activity.from.role === 'bot');
      if (fromBot.length >= count) return page.activities;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`fewer than ${count} bot messages arrived`);
  }

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => app.close());

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

  it('refuses bot-side posts without the connector key', async () => {
    const session = await newSession();
    const response = await fetch(`${app.url}/directline-connector/guess/v3/conversations/${session.conversationId}/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'fake bot message' }),
    });
    expect(response.status).toBe(404);
  });
});
