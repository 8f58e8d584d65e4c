import type { Activity, Middleware, TurnContext } from 'botbuilder';
import type { Choice } from '../../reply.js';
import { renderForChannel } from './channelRendering.js';
import { offeredChoices } from './offeredChoices.js';
import { conversationKeyOf, type OfferedChoicesStore } from './offeredChoicesStore.js';

/**
 * Outgoing side: rewrites each message for the turn's channel as it is sent, so bot code says
 * what to show once. It also remembers the choices the turn offered last (or that it offered
 * none), which is what a later "2" refers to.
 */
export class ChannelRenderingMiddleware implements Middleware {
  constructor(private readonly store: OfferedChoicesStore) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const surface = { channelId: context.activity.channelId, conversationType: context.activity.conversation?.conversationType };
    let sentMessage = false;
    let lastOffered: Choice[] = [];
    context.onSendActivities(async (_context, activities, sendNext) => {
      const rendered = activities.map((activity): Partial<Activity> => {
        if (activity.type === 'message') {
          const choices = offeredChoices(activity);
          sentMessage = true;
          if (choices.length > 0) lastOffered = choices;
        }
        return renderForChannel(activity, surface);
      });
      // The handler contract is to change the array in place.
      activities.splice(0, activities.length, ...rendered);
      return sendNext();
    });
    try {
      await next();
    } finally {
      const conversationId = context.activity.conversation?.id;
      if (sentMessage && conversationId) await this.store.remember(conversationKeyOf(surface.channelId, conversationId), lastOffered);
    }
  }
}
