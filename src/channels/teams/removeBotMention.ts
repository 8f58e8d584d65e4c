import type { Activity, Middleware, TurnContext } from 'botbuilder';

interface MentionEntity {
  type: 'mention';
  text?: string;
  mentioned?: { id?: string; name?: string };
}

const isMention = (entity: { type: string }): entity is MentionEntity => entity.type === 'mention';
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const atTag = (name: string): RegExp => new RegExp(`<at[^>]*>\\s*${escape(name)}\\s*</at>`, 'gi');

/**
 * The resident's words with every @mention of the bot taken out and other people's mentions left
 * as their plain names. Covers the shapes Teams sends (Teams docs: "Channel and group chat
 * conversations with a bot", mentions): an entity with the `<at>` text, one without `text` (only
 * `mentioned.name`), the bot mentioned more than once, and others mentioned beside it.
 */
export function withoutBotMention(activity: Partial<Activity>): string {
  const botId = activity.recipient?.id;
  let text = activity.text ?? '';
  for (const mention of (activity.entities ?? []).filter(isMention)) {
    const isBot = mention.mentioned?.id !== undefined && mention.mentioned.id === botId;
    const name = mention.mentioned?.name;
    const plain = isBot ? ' ' : ` ${name ?? ''} `;
    if (mention.text) text = text.split(mention.text).join(plain);
    if (name) text = text.replace(atTag(name), plain);
  }
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * In Teams group chats and channels the bot only hears messages that @mention it, and the mention
 * is part of the text ("<at>Northbrook Assistant</at> missed bin"). Strip it so the bot reads
 * "missed bin", as it would in a personal chat.
 */
export class RemoveBotMention implements Middleware {
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { activity } = context;
    if (activity.channelId === 'msteams' && activity.type === 'message' && activity.text && activity.recipient?.id) {
      activity.text = withoutBotMention(activity);
    }
    await next();
  }
}
