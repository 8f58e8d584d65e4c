import type { ConversationReference } from 'botbuilder';
import type { IdleConversationData, OpenConversation } from './conversationRetention.js';
import type { SqlDatabase } from './sql/sqlDatabase.js';

/**
 * Where each conversation can be reached later: what an advisor's reply or a "handoff ended"
 * notice needs to message the resident proactively, after a restart and from any instance. A
 * write is one upsert by conversation: the latest turn's reference is the one to use.
 */
export class ConversationReferences implements IdleConversationData {
  constructor(
    private readonly database: SqlDatabase,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async remember(reference: Partial<ConversationReference>): Promise<void> {
    const conversationId = reference.conversation?.id;
    if (!conversationId) return;
    const row = { reference: JSON.stringify(reference), updated_at: this.now().toISOString() };
    await this.database.db
      .insertInto('conversation_references')
      .values({ conversation_id: conversationId, ...row })
      .onConflict((conflict) => conflict.column('conversation_id').doUpdateSet(row))
      .execute();
  }

  async find(conversationId: string): Promise<Partial<ConversationReference> | undefined> {
    const row = await this.database.db.selectFrom('conversation_references').select('reference').where('conversation_id', '=', conversationId).executeTakeFirst();
    return row && (JSON.parse(row.reference) as Partial<ConversationReference>);
  }

  /** Retention: references of conversations with no turn since `cutoff`, except open ones. */
  async deleteIdleSince(cutoff: Date, open: readonly OpenConversation[]): Promise<number> {
    let query = this.database.db.deleteFrom('conversation_references').where('updated_at', '<', cutoff.toISOString());
    if (open.length > 0) query = query.where('conversation_id', 'not in', open.map((conversation) => conversation.conversationId));
    return Number((await query.executeTakeFirst()).numDeletedRows);
  }
}
