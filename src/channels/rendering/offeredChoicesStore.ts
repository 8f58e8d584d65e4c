import type { Choice } from '../../reply.js';
import type { IdleConversationData, OpenConversation } from '../../storage/conversationRetention.js';
import type { SqlDatabase } from '../../storage/sql/sqlDatabase.js';

/**
 * The choices last offered in each conversation, in the database every instance shares, so a
 * resident who answers "2" after a restart, on another instance, or hours later on WhatsApp still
 * picks what they were shown. Each write is one upsert or delete of the conversation's row, so two
 * instances writing at once leave one of the two offers, never a mix.
 */
export class OfferedChoicesStore implements IdleConversationData {
  constructor(private readonly database: SqlDatabase) {}

  /** Records what a conversation was last offered; an empty list means "nothing to pick now". */
  async remember(conversationKey: string, choices: readonly Choice[], now = Date.now()): Promise<void> {
    if (choices.length === 0) {
      await this.database.db.deleteFrom('offered_choices').where('conversation_key', '=', conversationKey).execute();
      return;
    }
    const row = { conversation_key: conversationKey, choices: JSON.stringify(choices), offered_at: now };
    await this.database.db
      .insertInto('offered_choices')
      .values(row)
      .onConflict((conflict) => conflict.column('conversation_key').doUpdateSet({ choices: row.choices, offered_at: row.offered_at }))
      .execute();
  }

  async offered(conversationKey: string): Promise<Choice[]> {
    const row = await this.database.db.selectFrom('offered_choices').select('choices').where('conversation_key', '=', conversationKey).executeTakeFirst();
    return row ? (JSON.parse(row.choices) as Choice[]) : [];
  }

  async deleteIdleSince(cutoff: Date, open: readonly OpenConversation[]): Promise<number> {
    const kept = open.map((conversation) => conversationKeyOf(conversation.channel, conversation.conversationId));
    let query = this.database.db.deleteFrom('offered_choices').where('offered_at', '<', cutoff.getTime());
    if (kept.length > 0) query = query.where('conversation_key', 'not in', kept);
    return Number((await query.executeTakeFirst()).numDeletedRows);
  }
}

/** Conversation ids are only unique within a channel. */
export const conversationKeyOf = (channelId: string, conversationId: string): string => `${channelId}/${conversationId}`;
