import type { ConversationReference } from 'botbuilder';
import { conversationIdsJson, type IdleConversationData, type OpenConversation } from './conversationRetention.js';
import type { SqliteDatabase } from './database.js';

/**
 * Where each conversation can be reached later: what an advisor's reply or a "handoff ended"
 * notice needs to message the resident proactively, after a restart too.
 */
export class ConversationReferences implements IdleConversationData {
  private readonly upsert;
  private readonly select;
  private readonly deleteIdle;

  constructor(
    database: SqliteDatabase,
    private readonly now: () => Date = () => new Date(),
  ) {
    database.exec(`CREATE TABLE IF NOT EXISTS conversation_references (
      conversation_id TEXT PRIMARY KEY,
      reference TEXT NOT NULL,
      updated_at TEXT NOT NULL)`);
    this.upsert = database.prepare<[string, string, string]>(
      `INSERT INTO conversation_references (conversation_id, reference, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (conversation_id) DO UPDATE SET reference = excluded.reference, updated_at = excluded.updated_at`,
    );
    this.select = database.prepare<[string], { reference: string }>('SELECT reference FROM conversation_references WHERE conversation_id = ?');
    this.deleteIdle = database.prepare<[string, string]>(
      'DELETE FROM conversation_references WHERE updated_at < ? AND conversation_id NOT IN (SELECT value FROM json_each(?))',
    );
  }

  remember(reference: Partial<ConversationReference>): void {
    const conversationId = reference.conversation?.id;
    if (conversationId) this.upsert.run(conversationId, JSON.stringify(reference), this.now().toISOString());
  }

  find(conversationId: string): Partial<ConversationReference> | undefined {
    const row = this.select.get(conversationId);
    return row && (JSON.parse(row.reference) as Partial<ConversationReference>);
  }

  /** Retention: references of conversations with no turn since `cutoff`, except open ones. */
  async deleteIdleSince(cutoff: Date, open: readonly OpenConversation[]): Promise<number> {
    return this.deleteIdle.run(cutoff.toISOString(), conversationIdsJson(open)).changes;
  }
}
