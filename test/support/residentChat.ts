import { exchange, residentMessage } from './testApp.js';

export interface BotTurn {
  /** Every message the bot sent, joined. */
  text: string;
  /** Button labels of the last message. */
  buttons: string[];
  /** Every activity the bot sent, events included. */
  activities: Record<string, unknown>[];
}

/** A resident chatting with the real server over /api/messages (deliveryMode expectReplies). */
export function residentChat(baseUrl: () => string, conversationId: string, { channelId = 'test', serviceUrl }: { channelId?: string; serviceUrl?: string } = {}) {
  return {
    conversationId,
    async say(text: string): Promise<BotTurn> {
      const activities = await exchange(baseUrl(), { ...residentMessage(conversationId, text, channelId), ...(serviceUrl && { serviceUrl }) });
      const messages = activities.filter((activity) => activity.type === 'message') as { text?: string; suggestedActions?: { actions: { title?: string }[] } }[];
      return {
        text: messages.map((message) => message.text ?? '').join('\n\n'),
        buttons: (messages.at(-1)?.suggestedActions?.actions ?? []).map((action) => action.title ?? ''),
        activities,
      };
    },
  };
}
