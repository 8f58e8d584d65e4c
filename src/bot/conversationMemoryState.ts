import type { BotState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { freshMemory, type ConversationMemory } from '../conversation/memory.js';
import { formLostInUpgrade } from '../conversation/phrases.js';
import { renderReply } from '../channels/render.js';

/** What botbuilder-dialogs kept for a form before the conversation core owned its forms. */
interface LegacyDialogState {
  dialogStack?: unknown[];
}

/**
 * The conversation's memory in botbuilder's conversation state (the storage that satisfies the
 * core's memory): read before the turn, saved after. A form left half-way by the version that ran
 * forms as botbuilder dialogs cannot be carried over: the resident is told once, and starts again.
 */
export function conversationMemoryState(state: BotState) {
  const memory: StatePropertyAccessor<ConversationMemory> = state.createProperty<ConversationMemory>('assistant');
  const legacyDialogs: StatePropertyAccessor<LegacyDialogState> = state.createProperty<LegacyDialogState>('dialogState');
  const lastHandled: StatePropertyAccessor<string> = state.createProperty<string>('lastMessageHandled');
  return {
    /**
     * Whether this very message (by its channel's activity id) was the last one handled: saved in
     * the same write as the memory, so a message run again after its turn was saved (an instance
     * killed before its log marked it handled, a channel's retry of a delivered message) is
     * recognised under the conversation's lock and not answered twice. Activities without an id are
     * always run.
     */
    async handledAlready(context: TurnContext): Promise<boolean> {
      const { id } = context.activity;
      return id !== undefined && id !== '' && (await lastHandled.get(context)) === id;
    },
    /** Notes the message as handled, to be saved with the memory after the turn. */
    async noteHandled(context: TurnContext): Promise<void> {
      const { id } = context.activity;
      if (id) await lastHandled.set(context, id);
    },
    async read(context: TurnContext): Promise<ConversationMemory> {
      const legacy = await legacyDialogs.get(context);
      if (legacy) {
        await legacyDialogs.delete(context);
        if ((legacy.dialogStack ?? []).length > 0) await context.sendActivity(renderReply(formLostInUpgrade));
      }
      return memory.get(context, freshMemory());
    },
  };
}

export type ConversationMemoryState = ReturnType<typeof conversationMemoryState>;
