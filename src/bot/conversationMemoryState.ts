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
  return {
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
