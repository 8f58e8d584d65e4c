import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashAdvisorPassword } from '../../src/handoff/advisorAuth.js';
import { advisorFetch, signIn } from '../handoff/harness.js';
import { startFakeConnector } from '../support/fakeConnector.js';
import { residentChat, type BotTurn } from '../support/residentChat.js';
import { mediaAttachment } from '../../src/channels/inboundMedia.js';
import { exchange, residentMessage, startTestApp, temporaryDataDir, thursdayMorning } from '../support/testApp.js';

type App = Awaited<ReturnType<typeof startTestApp>>;
const adminToken = 'a-long-enough-staff-token';

interface QueueItem {
  conversationId: string;
  channel: string;
  priority: string;
  reason: string;
  topic: string;
  summary: string;
  sentiment: { average: number; trend: string; label: string };
  suggestedArticles: { id: string; title: string; url: string }[];
  waitingSince: string;
}

async function waiting(app: App): Promise<QueueItem[]> {
  const response = await fetch(`${app.url}/api/handoffs?status=waiting`, { headers: { authorization: `Bearer ${adminToken}` } });
  return ((await response.json()) as { items: QueueItem[] }).items;
}

const initiation = (turn: BotTurn) => turn.activities.find((activity) => activity.type === 'event' && activity.name === 'handoff.initiate') as
  | { value: Record<string, unknown>; attachments: { name: string; content: { activities: unknown[] } }[] }
  | undefined;

// Every trigger, the queue's order, waiting and out of hours are tables in test/conversation/handoffs.test.ts;
// here, what crosses an edge: the handoff.initiate event, the staff API's queue entry, media from a channel, the console.
describe('a handoff over /api/messages: its handoff.initiate event and queue entry', () => {
  let app: App;
  beforeAll(async () => {
    app = await startTestApp({ ADMIN_TOKEN: adminToken }, { now: () => thursdayMorning });
  });
  afterAll(async () => app.close());
  const chat = (id: string) => residentChat(() => app.url, id);
  const entryFor = async (conversationId: string) => (await waiting(app)).find((item) => item.conversationId === conversationId);

  it('the resident asks for a person', async () => {
    const resident = chat('trigger-person');
    await resident.say('How do I pay my council tax?');
    const turn = await resident.say('can I speak to a real person please');
    expect(turn.text).toMatch(/asked one of our advisors to join|advisors to join this chat/);
    expect(turn.text).toMatch(/next in the queue|number \d+ in the queue/);
    const event = initiation(turn);
    expect(event?.value).toMatchObject({ reason: 'asked-for-person', priority: 'normal', conversationId: 'trigger-person' });
    expect(event?.attachments[0]?.name).toBe('Transcript');
    expect(event?.attachments[0]?.content.activities.length).toBeGreaterThanOrEqual(2);

    const entry = await entryFor('trigger-person');
    expect(entry).toMatchObject({ channel: 'test', reason: 'asked-for-person', priority: 'normal', topic: expect.any(String) });
    expect(entry!.summary).toContain('How do I pay my council tax?');
    expect(entry!.suggestedArticles).toHaveLength(3);
    expect(entry!.suggestedArticles[0]!.url).toMatch(/^https:\/\/www\.northbrook\.example\//);
  });

  it('tells a waiting resident a voice note cannot be opened, and passes a note of it to the queue', async () => {
    const conversationId = 'trigger-voice';
    await chat(conversationId).say('I want to talk to a person');
    const voiceNote = { ...residentMessage(conversationId, ''), attachments: [mediaAttachment({ kind: 'voice', mediaId: 'media-1', mimeType: 'audio/ogg' })] };
    const replies = (await exchange(app.url, voiceNote)).map((activity) => String(activity.text ?? '')).join('\n\n');
    expect(replies).toMatch(/can't listen to voice messages[\s\S]*passed that on/);
  });
});

describe('an advisor takes over, and the conversation survives a restart', () => {
  it('accepts, replies and ends from the console; the resident gets each message and is asked for a rating', async () => {
    const connector = await startFakeConnector();
    const dataDir = temporaryDataDir();
    const environment = { ADMIN_TOKEN: adminToken, DATA_DIR: dataDir, ADVISOR_ACCOUNTS: `sam:${hashAdvisorPassword('sam-has-a-long-password')}:Sam Patel` };
    let app = await startTestApp(environment, { now: () => thursdayMorning });
    const resident = residentChat(() => app.url, 'takeover-1', { serviceUrl: connector.url });
    try {
      await resident.say('My garden waste bin has been missed three weeks running');
      await resident.say('I want to talk to someone');

      // The server restarts with the resident waiting: nothing is lost.
      await app.close();
      app = await startTestApp(environment, { now: () => thursdayMorning });
      expect((await waiting(app)).map((item) => item.conversationId)).toContain('takeover-1');

      // The resident is told the advisor's display name, never the sign-in name.
      const advisor = await signIn(app.url, 'sam', 'sam-has-a-long-password');
      expect((await advisorFetch(app.url, advisor, '/advisor/api/conversations/takeover-1/accept', { method: 'POST' })).status).toBe(200);
      await expect.poll(() => connector.textsFor('takeover-1')).toContainEqual(expect.stringMatching(/^Sam Patel from our customer services team has joined the chat/));

      const reply = await advisorFetch(app.url, advisor, '/advisor/api/conversations/takeover-1/reply', { method: 'POST', body: { text: 'Hello, I can see the missed collections. Let me help.' } });
      expect(reply.status).toBe(201);
      const relayed = connector.received.find((entry) => entry.body.text === 'Hello, I can see the missed collections. Let me help.');
      // The advisor's name travels on the message, so the resident's chat can show who wrote it.
      expect(relayed?.body.from).toMatchObject({ name: 'Sam Patel' });

      // Sent again with its key after a lost response, the reply reaches the resident once; a key that is not one is refused.
      const keyed = { text: 'Your reference is on its way.', key: '0b6e2f0c-6d1a-4c59-9d53-3f0c2a7b9e11' };
      expect((await advisorFetch(app.url, advisor, '/advisor/api/conversations/takeover-1/reply', { method: 'POST', body: keyed })).status).toBe(201);
      expect((await advisorFetch(app.url, advisor, '/advisor/api/conversations/takeover-1/reply', { method: 'POST', body: keyed })).status).toBe(201);
      expect(connector.received.filter((entry) => entry.body.text === keyed.text)).toHaveLength(1);
      expect((await advisorFetch(app.url, advisor, '/advisor/api/conversations/takeover-1/reply', { method: 'POST', body: { text: 'hi', key: '<script>' } })).status).toBe(400);

      // While the advisor has the conversation, the bot stays quiet and relays.
      const quiet = await resident.say('Thank you, it is the brown bin');
      expect(quiet.text).toBe('');
      const conversation = (await (await advisorFetch(app.url, advisor, '/advisor/api/conversations/takeover-1')).json()) as { transcript: { from: string; text: string }[] };
      expect(conversation.transcript.map((line) => line.text)).toEqual(
        expect.arrayContaining(['My garden waste bin has been missed three weeks running', 'Hello, I can see the missed collections. Let me help.', 'Thank you, it is the brown bin']),
      );
      expect(conversation.transcript.filter((line) => line.text === keyed.text)).toHaveLength(1);
      expect(conversation.transcript.map((line) => line.text)).toEqual(
        expect.arrayContaining([keyed.text]),
      );

      expect((await advisorFetch(app.url, advisor, '/advisor/api/conversations/takeover-1/end', { method: 'POST' })).status).toBe(200);
      await expect.poll(() => connector.textsFor('takeover-1').at(-1)).toMatch(/back with the assistant.*rate/);
      expect((await resident.say('5')).text).toMatch(/Thank you for your feedback/);
    } finally {
      await app.close();
      await connector.close();
    }
  });
});
