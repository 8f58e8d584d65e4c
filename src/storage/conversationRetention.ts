import { daysBefore, type Prunable } from './retention.js';

/** A conversation whose handoff is still waiting or active: none of its data expires. */
export interface OpenConversation {
  channel: string;
  conversationId: string;
}

/** A store of per-conversation data (personal data) that expires once the conversation has been idle too long. */
export interface IdleConversationData {
  /** Deletes what was last updated before `cutoff`, except what belongs to `open` conversations; returns how many rows went. */
  deleteIdleSince(cutoff: Date, open: readonly OpenConversation[]): Promise<number>;
}

export interface ConversationRetentionOptions {
  stores: readonly IdleConversationData[];
  /** Read at each prune, so a handoff opened since the last one is respected. */
  openConversations: () => Promise<readonly OpenConversation[]>;
  now: () => Date;
}

/** Conversation state, references and channel logs not updated for the retention period (CONVERSATION_RETENTION_DAYS). */
export function conversationRetention({ stores, openConversations, now }: ConversationRetentionOptions): Prunable {
  return {
    async pruneOlderThan(days) {
      const cutoff = daysBefore(now(), days);
      const open = await openConversations();
      let deleted = 0;
      for (const store of stores) deleted += await store.deleteIdleSince(cutoff, open);
      return deleted;
    },
  };
}
