import { TurnContext, type Middleware } from 'botbuilder';

/**
 * In Teams group chats and channels the bot only hears messages that @mention it, and the mention
 * is part of the text ("<at>Northbrook Assistant</at> missed bin"). Strip it so the bot reads
 * "missed bin", as it would in a personal chat.
 */
export class RemoveBotMention implements Middleware {
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { activity } = context;
    if (activity.channelId === 'msteams' && activity.type === 'message' && activity.text && activity.recipient?.id) {
      TurnContext.removeRecipientMention(activity);
    }
    await next();
  }
}
