import { ActivityTypes, EventFactory, type Activity, type TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { DirectLineAdapter } from '../../../src/channels/directLine/directLineAdapter.js';
import { DirectLineStore } from '../../../src/channels/directLine/directLineStore.js';
import { engines, openTestDatabase } from '../../support/sqlDatabases.js';

const conversationId = 'dl-1';
const residentSays = (text: string): Partial<Activity> => ({
  type: ActivityTypes.Message,
  text,
  channelId: 'directline',
  conversation: { id: conversationId, isGroup: false, conversationType: '', name: '' },
  from: { id: 'resident', name: '', role: 'user' },
  recipient: { id: 'bot', name: 'Northbrook Assistant', role: 'bot' },
});

describe.each(engines)('the local Direct Line’s log, what the resident’s browser reads, on %s', (engine) => {
  it('keeps the handoff.initiate event (reason, priority, sentiment) out of it, while the middleware still sees it', async () => {
    const store = new DirectLineStore(await openTestDatabase(engine));
    await store.createConversation(conversationId, 'resident');
    const adapter = new DirectLineAdapter(store, 'Northbrook Assistant');
    const seenByMiddleware: string[] = [];
    adapter.use(async (context, next) => {
      context.onSendActivities(async (_context, activities, send) => {
        seenByMiddleware.push(...activities.map((activity) => activity.name ?? activity.type!));
        return send();
      });
      await next();
    });
    await adapter.processActivity(residentSays('I need to talk to someone, I am scared at home'), async (context: TurnContext) => {
      await context.sendActivity('I am putting you through to an advisor.');
      await context.sendActivity(EventFactory.createHandoffInitiation(context, { reason: 'safeguarding', priority: 'urgent', sentiment: 'very negative' }, { activities: [] }));
    });
    const { activities } = await store.activitiesSince(conversationId, 0);
    expect(activities.map((activity) => activity.type)).toEqual(['message']);
    expect(JSON.stringify(activities)).not.toMatch(/handoff|safeguarding|very negative/);
    expect(seenByMiddleware).toEqual(['message', 'handoff.initiate']);
  });

  it('shows an advisor’s reply once per reply key, when it is sent again after the instance sending it died (PostgreSQL trial 11, T11)', async () => {
    const store = new DirectLineStore(await openTestDatabase(engine));
    await store.createConversation(conversationId, 'resident');
    const adapter = new DirectLineAdapter(store, 'Northbrook Assistant');
    const advisorSays = (text: string, replyKey?: string) =>
      adapter.processActivity(residentSays('(proactive)'), async (context: TurnContext) => {
        await context.sendActivity({ type: 'message', text, channelData: { sender: 'advisor', ...(replyKey && { replyKey }) } });
      });
    await advisorSays('Your repair is booked.', 'key-1');
    await advisorSays('Your repair is booked.', 'key-1');
    await advisorSays('Anything else?');
    await advisorSays('Anything else?');
    const { activities } = await store.activitiesSince(conversationId, 0);
    expect(activities.map((activity) => activity.text)).toEqual(['Your repair is booked.', 'Anything else?', 'Anything else?']);
  });
});
