import type { ConversationReference, TurnContext } from 'botbuilder';
import type { ResidentChannel } from '../handoff/handoffHub.js';
import type { ConversationReferences } from '../storage/conversationReferences.js';
import type { CouncilBot } from './councilBot.js';

/** Runs `logic` in a proactive turn of a stored conversation, through the adapter of its channel. */
export type ProactiveRunner = (conversationId: string, logic: (context: TurnContext) => Promise<void>) => Promise<void>;

export interface ProactiveAdapter {
  continueConversationAsync(botAppId: string, reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void>;
}

export interface ProactiveParts {
  references: ConversationReferences;
  /** The adapter that serves a conversation: CloudAdapter for Bot Framework channels, our own for WhatsApp and the local Direct Line. */
  adapterFor: (reference: Partial<ConversationReference>) => Promise<ProactiveAdapter>;
  botAppId: string;
}

export function createProactiveRunner({ references, adapterFor, botAppId }: ProactiveParts): ProactiveRunner {
  return async (conversationId, logic) => {
    const reference = await references.find(conversationId);
    if (!reference?.channelId) throw new Error(`no stored conversation reference for ${conversationId}`);
    await (await adapterFor(reference)).continueConversationAsync(botAppId, reference, logic);
  };
}

/** Marks a message as an advisor's, not the bot's, so a channel can show who is talking. */
export const advisorMarker = { sender: 'advisor' } as const;

/** How the advisor console reaches residents: proactive messages in their own conversation. */
export function createResidentChannel(run: ProactiveRunner, bot: CouncilBot): ResidentChannel {
  return {
    sendToResident: (conversationId, text, advisorName, replyKey) =>
      run(conversationId, async (context) => {
        // The conversation reference names the bot as the sender: the advisor's name replaces it after.
        // It also makes the message a reply to the resident's last one, which Web Chat would hold back
        // (up to 5 seconds) until that message is on screen; an advisor's message answers no one message.
        context.onSendActivities((_context, activities, next) => {
          for (const activity of activities) {
            activity.from = { ...activity.from, id: activity.from?.id ?? '', name: advisorName };
            delete activity.replyToId;
          }
          return next();
        });
        await context.sendActivity({ type: 'message', text, channelData: { ...advisorMarker, ...(replyKey !== undefined && { replyKey }) } });
      }),
    handoffAccepted: (conversationId, advisor) => run(conversationId, (context) => bot.runProactive(context, { kind: 'accepted', advisor })),
    handoffEnded: (conversationId) => run(conversationId, (context) => bot.runProactive(context, { kind: 'ended' })),
  };
}
