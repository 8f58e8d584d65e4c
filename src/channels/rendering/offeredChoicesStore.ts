import type { Choice } from '../../reply.js';
import type { IdleConversationData, OpenConversation } from '../../storage/conversationRetention.js';
import type { SqliteDatabase } from '../../storage/database.js';

/**
 * The choices last offered in each conversation, kept in SQLite so a resident who answers "2"
 * after a restart (or hours later on WhatsApp) still picks what they were shown.
 */
export class OfferedChoicesStore implements IdleConversationData {
  constructor(private readonly database: SqliteDatabase) {
    database.exec(`CREATE TABLE IF NOT EXISTS offered_choices (
      conversation_key TEXT PRIMARY KEY,
      choices TEXT NOT NULL,
      offered_at INTEGER NOT NULL
    )`);
  }

  /** Records what a conversation was last offered; an empty list means "nothing to pick now". */
  remember(conversationKey: string, choices: readonly Choice[], now = Date.now()): void {
    if (choices.length === 0) {
      this.database.prepare('DELETE FROM offered_choices WHERE conversation_key = ?').run(conversationKey);
      return;
    }
    this.database
      .prepare(
        `INSERT INTO offered_choices (conversation_key, choices, offered_at) VALUES (?, ?, ?)
         ON CONFLICT (conversation_key) DO UPDATE SET choices = excluded.choices, offered_at = excluded.offered_at`,
      )
      .run(conversationKey, JSON.stringify(choices), now);
  }

  offered(conversationKey: string): Choice[] {
    const row = this.database
      .prepare<[string], { choices: string }>('SELECT choices FROM offered_choices WHERE conversation_key = ?')
      .get(conversationKey);
    return row ? (JSON.parse(row.choices) as Choice[]) : [];
  }

  async deleteIdleSince(cutoff: Date, open: readonly OpenConversation[]): Promise<number> {
    const kept = JSON.stringify(open.map((conversation) => conversationKeyOf(conversation.channel, conversation.conversationId)));
    return this.database
      .prepare('DELETE FROM offered_choices WHERE offered_at < ? AND conversation_key NOT IN (SELECT value FROM json_each(?))')
      .run(cutoff.getTime(), kept).changes;
  }
}

/** Conversation ids are only unique within a channel. */
export const conversationKeyOf = (channelId: string, conversationId: string): string => `${channelId}/${conversationId}`;
