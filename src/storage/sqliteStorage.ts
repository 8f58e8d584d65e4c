import type { Storage, StoreItems } from 'botbuilder';
import type { IdleConversationData, OpenConversation } from './conversationRetention.js';
import type { SqliteDatabase } from './database.js';

interface StoredRow {
  key: string;
  document: string;
  etag: number;
}

/** botbuilder's ConversationState key for a conversation. */
const conversationStateKey = ({ channel, conversationId }: OpenConversation): string => `${channel}/conversations/${conversationId}`;

/**
 * botbuilder `Storage` on SQLite, so conversation and user state survive restarts.
 * Optimistic concurrency follows the SDK's contract: an item written with an eTag other
 * than "*" must match the stored one, otherwise the write fails.
 */
export class SqliteStorage implements Storage, IdleConversationData {
  private readonly selectOne;
  private readonly insertOne;
  private readonly updateOne;
  private readonly deleteOne;
  private readonly deleteIdle;

  constructor(
    private readonly database: SqliteDatabase,
    private readonly now: () => Date = () => new Date(),
  ) {
    database.exec(`CREATE TABLE IF NOT EXISTS bot_state (
      key TEXT PRIMARY KEY,
      document TEXT NOT NULL,
      etag INTEGER NOT NULL,
      updated_at TEXT NOT NULL
    )`);
    this.selectOne = database.prepare<[string], StoredRow>('SELECT key, document, etag FROM bot_state WHERE key = ?');
    this.insertOne = database.prepare<[string, string, string]>('INSERT INTO bot_state (key, document, etag, updated_at) VALUES (?, ?, 1, ?)');
    this.updateOne = database.prepare<[string, string, string]>('UPDATE bot_state SET document = ?, etag = etag + 1, updated_at = ? WHERE key = ?');
    this.deleteOne = database.prepare('DELETE FROM bot_state WHERE key = ?');
    this.deleteIdle = database.prepare<[string, string]>('DELETE FROM bot_state WHERE updated_at < ? AND key NOT IN (SELECT value FROM json_each(?))');
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const row = this.selectOne.get(key);
      if (row) items[key] = { ...JSON.parse(row.document), eTag: String(row.etag) };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const writeAll = this.database.transaction((entries: [string, Record<string, unknown>][]) => {
      for (const [key, item] of entries) {
        const { eTag, ...document } = item;
        const existing = this.selectOne.get(key);
        if (!existing) {
          this.insertOne.run(key, JSON.stringify(document), this.now().toISOString());
          continue;
        }
        if (eTag !== undefined && eTag !== '*' && eTag !== String(existing.etag)) {
          throw new Error(`Storage: eTag conflict for key ${key}`);
        }
        this.updateOne.run(JSON.stringify(document), this.now().toISOString(), key);
      }
    });
    writeAll(Object.entries(changes));
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.deleteOne.run(key);
  }

  /**
   * Retention: state not written since `cutoff`. An open conversation keeps its conversation state;
   * user state is keyed by user, not conversation, and an open handoff does not need it.
   */
  deleteIdleSince(cutoff: Date, open: readonly OpenConversation[]): number {
    return this.deleteIdle.run(cutoff.toISOString(), JSON.stringify(open.map(conversationStateKey))).changes;
  }
}
