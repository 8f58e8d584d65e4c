import { randomUUID } from 'node:crypto';
import { ActivityTypes, HandoffEventNames, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder';
import type { TurnLogic } from '../../server/botEndpoint.js';
import { InProcessAdapter } from '../inProcessAdapter.js';
import { turnReplyKey } from '../turnReplies.js';
import type { ActivityJson, DirectLineStore } from './directLineStore.js';

/**
 * The local Direct Line as a Bot Framework adapter: a resident's activity runs through the bot in
 * this process, and the bot's replies (proactive ones from an advisor too) go straight into the
 * conversation's log that Web Chat polls. There is no connector URL or key for anyone to read
 * back or guess, and /api/messages need not be open for Web Chat.
 */
export class DirectLineAdapter extends InProcessAdapter {
  constructor(
    private readonly store: DirectLineStore,
    /** Web Chat announces each message and the typing indicator by the sender's name. */
    private readonly botName: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    super();
  }

  /** Runs the bot's turn for one activity through this adapter's middleware. */
  async processActivity(activity: Partial<Activity>, logic: TurnLogic): Promise<void> {
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  /** A conversation this adapter serves, on any instance (its replies have nowhere else to go). */
  async owns(conversationId: string): Promise<boolean> {
    return (await this.store.findConversation(conversationId)) !== undefined;
  }

  /** A reply logged with no turn run (what to do now, for a message past the limits): as the bot, in plain text. */
  async sayWithoutTurn(conversationId: string, botId: string, text: string): Promise<void> {
    await this.store.append(conversationId, { type: 'message', text, textFormat: 'plain', from: { id: botId, name: this.botName, role: 'bot' }, timestamp: this.now().toISOString() });
  }

  /** One after another, so the log keeps the order the bot sent them in. */
  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const sent: ResourceResponse[] = [];
    for (const activity of activities) {
      if (isForTheHub(activity)) {
        sent.push({ id: randomUUID() });
        continue;
      }
      const conversationId = activity.conversation?.id ?? '';
      if (!(await this.owns(conversationId))) throw new Error(`No local Direct Line conversation ${conversationId}`);
      const from = { ...activity.from, id: activity.from?.id ?? '', name: activity.from?.name || this.botName };
      const replyKey: unknown = (activity.channelData as { replyKey?: unknown } | undefined)?.replyKey;
      // A turn run again after its instance died logs again only what it did not log before.
      const onceAs = typeof replyKey === 'string' ? `advisor-reply:${replyKey}` : turnReplyKey(context, activity);
      sent.push({ id: await this.store.append(conversationId, { ...forResident(activity), from, timestamp: this.now().toISOString() }, onceAs) });
    }
    return sent;
  }

  override async updateActivity(): Promise<void> {
    throw new Error('The local Direct Line does not edit messages');
  }

  override async deleteActivity(): Promise<void> {
    throw new Error('The local Direct Line does not delete messages');
  }

  /** Proactive messages (an advisor's) reach the resident through the conversation's log. */
  override async continueConversation(reference: Partial<ConversationReference>, logic: TurnLogic): Promise<void> {
    await this.processActivity(TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'continueConversation' }, reference, true), logic);
  }
}

/**
 * `handoff.initiate` carries the hub's reading of the conversation (the reason, such as
 * safeguarding, the priority and the sentiment trend): the middleware before this adapter (the
 * transcript, telemetry) still see it, but the resident's own log, which their browser reads, never holds it.
 */
function isForTheHub(activity: Partial<Activity>): boolean {
  return activity.type === ActivityTypes.Event && activity.name === HandoffEventNames.InitiateHandoff;
}

/** What Web Chat shows: the bot's activity without the connector fields, which are the server's business. */
function forResident(activity: Partial<Activity>): ActivityJson {
  const { serviceUrl: _serviceUrl, relatesTo: _relatesTo, callerId: _callerId, ...shown } = activity;
  return shown as ActivityJson;
}
