import type { Storage, StoreItems } from 'botbuilder';
import type { IdleConversationData, OpenConversation } from './conversationRetention.js';
import type { SqlDatabase } from './sql/sqlDatabase.js';

/** botbuilder's ConversationState key for a conversation. */
const conversationStateKey = ({ channel, conversationId }: OpenConversation): string => `${channel}/conversations/${conversationId}`;

export class StateConflictError extends Error {}

/**
 * botbuilder `Storage` on the app's database, so conversation and user state survive restarts
 * and are shared by every instance. Optimistic concurrency follows the SDK's contract: an item
 * written with an eTag other than "*" must match the stored one, otherwise the write fails. The
 * check and the write are one conditional UPDATE, so two instances cannot both win.
 */
export class SqlStorage implements Storage, IdleConversationData {
  constructor(
    private readonly database: SqlDatabase,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) return {};
    const rows = await this.database.db.selectFrom('bot_state').select(['key', 'document', 'etag']).where('key', 'in', keys).execute();
    const items: StoreItems = {};
    for (const row of rows) items[row.key] = { ...JSON.parse(row.document), eTag: String(row.etag) };
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const updatedAt = this.now().toISOString();
    await this.database.db.transaction().execute(async (transaction) => {
      for (const [key, item] of Object.entries(changes) as [string, Record<string, unknown>][]) {
        const { eTag, ...rest } = item;
        const document = JSON.stringify(rest);
        if (eTag === undefined || eTag === '*') {
          await transaction
            .insertInto('bot_state')
            .values({ key, document, etag: 1, updated_at: updatedAt })
            .onConflict((conflict) => conflict.column('key').doUpdateSet((row) => ({ document, updated_at: updatedAt, etag: row('bot_state.etag', '+', 1) })))
            .execute();
          continue;
        }
        const updated = await transaction
          .updateTable('bot_state')
          .set((row) => ({ document, updated_at: updatedAt, etag: row('etag', '+', 1) }))
          .where('key', '=', key)
          .where('etag', '=', Number(eTag))
          .executeTakeFirst();
        if (updated.numUpdatedRows > 0n) continue;
        const inserted = await transaction.insertInto('bot_state').values({ key, document, etag: 1, updated_at: updatedAt }).onConflict((conflict) => conflict.doNothing()).executeTakeFirst();
        if (!inserted.numInsertedOrUpdatedRows) throw new StateConflictError(`Storage: eTag conflict for key ${key}`);
      }
    });
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.database.db.deleteFrom('bot_state').where('key', 'in', keys).execute();
  }

  /**
   * Retention: state not written since `cutoff`. An open conversation keeps its conversation state;
   * user state is keyed by user, not conversation, and an open handoff does not need it.
   */
  async deleteIdleSince(cutoff: Date, open: readonly OpenConversation[]): Promise<number> {
    let query = this.database.db.deleteFrom('bot_state').where('updated_at', '<', cutoff.toISOString());
    if (open.length > 0) query = query.where('key', 'not in', open.map(conversationStateKey));
    return Number((await query.executeTakeFirst()).numDeletedRows);
  }
}
