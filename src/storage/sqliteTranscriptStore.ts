import type { Activity, PagedResult, TranscriptInfo, TranscriptStore } from 'botbuilder';
import type { SqliteDatabase } from './database.js';
import { WriteBatch } from './writeBatch.js';

const pageSize = 200;

/**
 * botbuilder `TranscriptStore` on SQLite: every activity in and out of a conversation, so an
 * advisor sees the whole exchange and nothing is lost across restarts. Rows older than the
 * retention period are removed by `deleteOlderThan`.
 */
export class SqliteTranscriptStore implements TranscriptStore {
  private readonly insert;
  private readonly selectPage;
  private readonly selectConversations;
  private readonly deleteConversation;
  private readonly deleteBefore;
  private readonly pending: WriteBatch<[channelId: string, conversationId: string, timestamp: string, activity: string]>;

  constructor(database: SqliteDatabase) {
    database.exec(`
      CREATE TABLE IF NOT EXISTS transcript_activities (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        channel_id TEXT NOT NULL, conversation_id TEXT NOT NULL,
        timestamp TEXT NOT NULL, activity TEXT NOT NULL);
      CREATE INDEX IF NOT EXISTS transcript_by_conversation ON transcript_activities (channel_id, conversation_id, seq);
      CREATE INDEX IF NOT EXISTS transcript_by_time ON transcript_activities (timestamp);
    `);
    this.insert = database.prepare('INSERT INTO transcript_activities (channel_id, conversation_id, timestamp, activity) VALUES (?, ?, ?, ?)');
    this.selectPage = database.prepare<[string, string, string, number, number], { seq: number; activity: string }>(
      'SELECT seq, activity FROM transcript_activities WHERE channel_id = ? AND conversation_id = ? AND timestamp >= ? AND seq > ? ORDER BY seq LIMIT ?',
    );
    this.selectConversations = database.prepare<[string, string, number], { conversation_id: string; created: string }>(
      `SELECT conversation_id, MIN(timestamp) AS created FROM transcript_activities WHERE channel_id = ? AND conversation_id > ?
       GROUP BY conversation_id ORDER BY conversation_id LIMIT ?`,
    );
    this.deleteConversation = database.prepare('DELETE FROM transcript_activities WHERE channel_id = ? AND conversation_id = ?');
    this.deleteBefore = database.prepare('DELETE FROM transcript_activities WHERE timestamp < ?');
    this.pending = new WriteBatch(database, (row) => this.insert.run(...row));
  }

  /** Writes queued activities now: before every read, and at shutdown. */
  flush(): void {
    this.pending.flush();
  }

  /**
   * Ordered and expired by the activity's own timestamp, unless that is no date or lies in the
   * future: an inbound timestamp is the sender's word, and one in 9999 would outlive retention.
   */
  logActivity(activity: Activity): void {
    const now = Date.now();
    const claimed = activity.timestamp ? new Date(activity.timestamp).getTime() : Number.NaN;
    const timestamp = new Date(Number.isNaN(claimed) ? now : Math.min(claimed, now)).toISOString();
    // Queued with the rest of the moment's activities (see `WriteBatch`); the text is taken now, as it is.
    this.pending.add([activity.channelId, activity.conversation.id, timestamp, JSON.stringify(activity)]);
  }

  async getTranscriptActivities(
    channelId: string,
    conversationId: string,
    continuationToken?: string,
    startDate?: Date,
  ): Promise<PagedResult<Activity>> {
    this.flush();
    const after = continuationToken ? Number(continuationToken) : 0;
    const rows = this.selectPage.all(channelId, conversationId, (startDate ?? new Date(0)).toISOString(), after, pageSize);
    return {
      items: rows.map((row) => JSON.parse(row.activity) as Activity),
      continuationToken: rows.length === pageSize ? String(rows[rows.length - 1]!.seq) : '',
    };
  }

  async listTranscripts(channelId: string, continuationToken?: string): Promise<PagedResult<TranscriptInfo>> {
    this.flush();
    const rows = this.selectConversations.all(channelId, continuationToken ?? '', pageSize);
    return {
      items: rows.map((row) => ({ channelId, id: row.conversation_id, created: new Date(row.created) })),
      continuationToken: rows.length === pageSize ? rows[rows.length - 1]!.conversation_id : '',
    };
  }

  async deleteTranscript(channelId: string, conversationId: string): Promise<void> {
    this.flush();
    this.deleteConversation.run(channelId, conversationId);
  }

  /** Retention: removes activities logged before `cutoff`; returns how many. */
  deleteOlderThan(cutoff: Date): number {
    this.flush();
    return this.deleteBefore.run(cutoff.toISOString()).changes;
  }
}
