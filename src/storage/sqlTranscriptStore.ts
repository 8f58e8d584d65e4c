import type { OpenConversation } from './conversationRetention.js';
import type { Activity, PagedResult, TranscriptInfo, TranscriptStore } from 'botbuilder';
import type { SqlDatabase } from './sql/sqlDatabase.js';
import { WriteBatch } from './writeBatch.js';

const pageSize = 200;

interface TranscriptRow {
  channel_id: string;
  conversation_id: string;
  timestamp: string;
  activity: string;
}

/**
 * botbuilder `TranscriptStore` on the shared database: every activity in and out of a
 * conversation, so an advisor on any instance sees the whole exchange and nothing is lost across
 * restarts. Instances only insert (each row gets its own `seq`), so they never conflict; a page is
 * read in `seq` order. Rows older than the retention period are removed by `deleteOlderThan`.
 */
export class SqlTranscriptStore implements TranscriptStore {
  private readonly pending: WriteBatch<TranscriptRow>;

  constructor(private readonly database: SqlDatabase) {
    this.pending = new WriteBatch(database, async (transaction, rows) => {
      await transaction.insertInto('transcript_activities').values(rows).execute();
    });
  }

  /** Writes queued activities now: before every read, and at shutdown. */
  flush(): Promise<void> {
    return this.pending.flush();
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
    this.pending.add({ channel_id: activity.channelId, conversation_id: activity.conversation.id, timestamp, activity: JSON.stringify(activity) });
  }

  async getTranscriptActivities(
    channelId: string,
    conversationId: string,
    continuationToken?: string,
    startDate?: Date,
  ): Promise<PagedResult<Activity>> {
    await this.flush();
    const after = continuationToken ? Number(continuationToken) : 0;
    const rows = await this.database.db
      .selectFrom('transcript_activities')
      .select(['seq', 'activity'])
      .where('channel_id', '=', channelId)
      .where('conversation_id', '=', conversationId)
      .where('timestamp', '>=', (startDate ?? new Date(0)).toISOString())
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    return {
      items: rows.map((row) => JSON.parse(row.activity) as Activity),
      continuationToken: rows.length === pageSize ? String(rows[rows.length - 1]!.seq) : '',
    };
  }

  async listTranscripts(channelId: string, continuationToken?: string): Promise<PagedResult<TranscriptInfo>> {
    await this.flush();
    const rows = await this.database.db
      .selectFrom('transcript_activities')
      .select((row) => ['conversation_id', row.fn.min('timestamp').as('created')])
      .where('channel_id', '=', channelId)
      .where('conversation_id', '>', continuationToken ?? '')
      .groupBy('conversation_id')
      .orderBy('conversation_id')
      .limit(pageSize)
      .execute();
    return {
      items: rows.map((row) => ({ channelId, id: row.conversation_id, created: new Date(row.created) })),
      continuationToken: rows.length === pageSize ? rows[rows.length - 1]!.conversation_id : '',
    };
  }

  async deleteTranscript(channelId: string, conversationId: string): Promise<void> {
    await this.flush();
    await this.database.db.deleteFrom('transcript_activities').where('channel_id', '=', channelId).where('conversation_id', '=', conversationId).execute();
  }

  /** Retention: removes activities logged before `cutoff`; returns how many. */
  /** Retention: activities older than `cutoff`, except those of `open` conversations (a waiting or active handoff keeps its whole transcript: PostgreSQL trial 21, PG21-04). */
  async deleteOlderThan(cutoff: Date, open: readonly OpenConversation[] = []): Promise<number> {
    await this.flush();
    let query = this.database.db.deleteFrom('transcript_activities').where('timestamp', '<', cutoff.toISOString());
    for (const { channel, conversationId } of open) query = query.where((row) => row.or([row('channel_id', '!=', channel), row('conversation_id', '!=', conversationId)]));
    return Number((await query.executeTakeFirst()).numDeletedRows);
  }
}
