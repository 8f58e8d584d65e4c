import type { Storage, StoreItems } from 'botbuilder';
import type { Kysely } from 'kysely';
import type { IdleConversationData, OpenConversation } from './conversationRetention.js';
import type { SqlDatabase } from './sql/sqlDatabase.js';
import type { Tables } from './sql/tables.js';

/**
 * Where botbuilder's ConversationState keys for a conversation start: its key is this and a slash
 * (then the state's namespace), and a Teams group member's slot adds `members/…` after it. Matched
 * whole, without the slash, the open conversations' state was deleted with the idle ones: a child's
 * waiting safeguarding handoff lost its flag and what they had said (PostgreSQL trial 21, PG21-04).
 */
const conversationStateKey = ({ channel, conversationId }: OpenConversation): string => `${channel}/conversations/${conversationId}`;

export class StateConflictError extends Error {}

/**
 * botbuilder `Storage` on the app's database, so conversation and user state survive restarts
 * and are shared by every instance. Optimistic concurrency follows the SDK's contract: an item
 * written with an eTag other than "*" must match the stored one, otherwise the write fails. The
 * check and the write are one conditional UPDATE, so two instances cannot both win.
 *
 * botbuilder's `BotState` writes back the very object it read, always with "*". Such an object is
 * written against the version it was read at instead: a turn that ran on memory another instance
 * has moved on since (an instance frozen past its conversation lock, then resumed) fails with
 * `StateConflictError` rather than overwrite the newer memory with its stale form (PostgreSQL
 * trial 13: a gas report taken on the other instance, then the resumed one carried the bin form on).
 */
export class SqlStorage implements Storage, IdleConversationData {
  /** The version each item object was read (or last written) at, by the object itself. */
  private readonly versions = new WeakMap<object, number>();

  constructor(
    private readonly database: SqlDatabase,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) return {};
    const rows = await this.database.db.selectFrom('bot_state').select(['key', 'document', 'etag']).where('key', 'in', keys).execute();
    const items: StoreItems = {};
    for (const row of rows) {
      const item = { ...JSON.parse(row.document), eTag: String(row.etag) };
      this.versions.set(item, row.etag);
      items[row.key] = item;
    }
    return items;
  }

  /**
   * Writes every item or, on a conflict, none. One item (each botbuilder `BotState` saves its own
   * key, so every turn's save) is one conditional statement, or two that each decide alone, and
   * needs no transaction of its own: without its begin and commit, a turn's save took 44–47 µs of
   * CPU instead of 63–73 (3,000 saves each way on SQLite, interleaved).
   */
  async write(changes: StoreItems): Promise<void> {
    const items = Object.entries(changes) as [string, Record<string, unknown>][];
    const updatedAt = this.now().toISOString();
    const written =
      items.length === 1 ? await this.writeItems(this.database.db, items, updatedAt) : await this.database.db.transaction().execute((transaction) => this.writeItems(transaction, items, updatedAt));
    // Written: a second save of the same object (a later save in the same turn) continues from here.
    for (const [item, etag] of written) this.versions.set(item, etag);
  }

  /** Each item written against the version it was read at (see the class), or inserted; its object with its new version. */
  private async writeItems(queries: Kysely<Tables>, items: [string, Record<string, unknown>][], updatedAt: string): Promise<[item: object, etag: number][]> {
    const versions: [item: object, etag: number][] = [];
    for (const [key, item] of items) {
      const { eTag, ...rest } = item;
      const document = JSON.stringify(rest);
      const readAt = eTag === '*' ? this.versions.get(item) : eTag === undefined ? undefined : Number(eTag);
      if (readAt === undefined) {
        const row = await queries
          .insertInto('bot_state')
          .values({ key, document, etag: 1, updated_at: updatedAt })
          .onConflict((conflict) => conflict.column('key').doUpdateSet((row) => ({ document, updated_at: updatedAt, etag: row('bot_state.etag', '+', 1) })))
          .returning('etag')
          .executeTakeFirstOrThrow();
        versions.push([item, row.etag]);
        continue;
      }
      const updated = await queries
        .updateTable('bot_state')
        .set((row) => ({ document, updated_at: updatedAt, etag: row('etag', '+', 1) }))
        .where('key', '=', key)
        .where('etag', '=', readAt)
        .returning('etag')
        .executeTakeFirst();
      if (updated) {
        versions.push([item, updated.etag]);
        continue;
      }
      const inserted = await queries.insertInto('bot_state').values({ key, document, etag: 1, updated_at: updatedAt }).onConflict((conflict) => conflict.doNothing()).returning('etag').executeTakeFirst();
      if (!inserted) throw new StateConflictError(`Storage: eTag conflict for key ${key}`);
      versions.push([item, inserted.etag]);
    }
    return versions;
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
    // An underscore in an id matches any character in LIKE: more is kept, never less.
    for (const conversation of open) query = query.where('key', '!=', conversationStateKey(conversation)).where('key', 'not like', `${conversationStateKey(conversation).replace(/%/g, '_')}/%`);
    return Number((await query.executeTakeFirst()).numDeletedRows);
  }
}
