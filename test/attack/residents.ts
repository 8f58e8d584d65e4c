import { randomUUID } from 'node:crypto';

/**
 * Residents as an attacker plays them. `emulatorResident` talks to /api/messages with
 * deliveryMode expectReplies, as the Bot Framework Emulator can with auth off (a loopback
 * serviceUrl that is never called); `directLineResident` is the bundled Web Chat's path.
 */
export interface Resident {
  conversationId: string;
  /** The text of every message the bot answered with, joined. */
  say(text: string): Promise<string>;
}

/** A message as the Emulator sends it with auth off, answered in the HTTP response. */
export const emulatorActivity = (conversationId: string, id: string, text: string) => ({
  type: 'message',
  deliveryMode: 'expectReplies',
  id,
  text,
  channelId: 'emulator',
  serviceUrl: 'http://127.0.0.1:9/',
  conversation: { id: conversationId },
  from: { id: `user-${conversationId}`, role: 'user' },
  recipient: { id: 'council-assistant', role: 'bot' },
  timestamp: new Date().toISOString(),
});

export function emulatorResident(baseUrl: string, conversationId = `attack-${randomUUID()}`): Resident {
  let sequence = 0;
  return {
    conversationId,
    async say(text) {
      sequence += 1;
      const response = await fetch(`${baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(emulatorActivity(conversationId, `${conversationId}-${sequence}`, text)),
      });
      if (response.status !== 200) throw new Error(`the bot answered ${response.status}: ${await response.text()}`);
      const { activities = [] } = (await response.json()) as { activities?: { type: string; text?: string }[] };
      return activities
        .filter((activity) => activity.type === 'message')
        .map((activity) => activity.text ?? '')
        .join('\n\n');
    },
  };
}

export interface DirectLineActivity {
  type: string;
  id?: string;
  text?: string;
  name?: string;
  serviceUrl?: string;
  from?: { id: string; role?: string };
  [field: string]: unknown;
}

export interface DirectLineSession {
  conversationId: string;
  token: string;
  /** POSTs an activity (any shape) as this resident's browser would. */
  post(activity: Record<string, unknown>): Promise<Response>;
  /** Every activity of the conversation so far, as Web Chat polls them. */
  activities(): Promise<DirectLineActivity[]>;
  /** Polls until `count` bot messages have arrived and returns every activity; throws after `timeoutMs`. */
  waitForBotMessages(count: number, timeoutMs?: number): Promise<DirectLineActivity[]>;
}

export const botMessages = (activities: DirectLineActivity[]): DirectLineActivity[] =>
  activities.filter((activity) => activity.type === 'message' && activity.from?.role === 'bot');

export async function directLineResident(baseUrl: string): Promise<DirectLineSession> {
  const base = `${baseUrl}/v3/directline`;
  const generated = (await (await fetch(`${base}/tokens/generate`, { method: 'POST' })).json()) as { conversationId: string; token: string };
  const call = (path: string, init: RequestInit = {}) =>
    fetch(`${base}${path}`, { ...init, headers: { authorization: `Bearer ${generated.token}`, 'content-type': 'application/json' } });
  const started = await call('/conversations', { method: 'POST' });
  if (started.status !== 201) throw new Error(`Direct Line would not start a conversation: ${started.status}`);
  const session: DirectLineSession = {
    ...generated,
    post: (activity) => call(`/conversations/${generated.conversationId}/activities`, { method: 'POST', body: JSON.stringify(activity) }),
    async activities() {
      const page = (await (await call(`/conversations/${generated.conversationId}/activities?watermark=0`)).json()) as { activities: DirectLineActivity[] };
      return page.activities;
    },
    async waitForBotMessages(count, timeoutMs = 10_000) {
      for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
        const activities = await session.activities();
        if (botMessages(activities).length >= count) return activities;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`fewer than ${count} bot messages arrived in Direct Line conversation ${generated.conversationId}`);
    },
  };
  await session.waitForBotMessages(1);
  return session;
}
