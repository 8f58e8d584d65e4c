import { ConversationState, type TurnContext } from 'botbuilder';

/**
 * Conversation state with one slot per person in Teams group chats and channels. There, one
 * conversation holds many colleagues: each one's form, the bot's last question and recent turns are
 * their own, so one person's "yes" never answers another person's question. Personal chats and
 * every other channel keep botbuilder's key (one conversation, one resident).
 */
export class MemberConversationState extends ConversationState {
  override getStorageKey(context: TurnContext): string | undefined {
    const key = super.getStorageKey(context);
    const { channelId, conversation, from } = context.activity;
    const shared = channelId === 'msteams' && conversation?.conversationType !== undefined && conversation.conversationType !== 'personal';
    const member = from?.aadObjectId ?? from?.id;
    return shared && key && member ? `${key}/members/${member}` : key;
  }
}
