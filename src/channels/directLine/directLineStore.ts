import { sql } from 'kysely';
import type { IdleConversationData, OpenConversation } from '../../storage/conversationRetention.js';
import type { SqlDatabase } from '../../storage/sql/sqlDatabase.js';

/** A Bot Framework activity as JSON; Direct Line passes it through without interpreting it. */
export type ActivityJson = Record<string, unknown> & { id?: string; type?: string };

/** A resident's activity in the log: the id it is known by, and whether its turn has finished. */
export interface LoggedActivity {
  id: string;
  handled: boolean;
}

export interface DirectLineConversation {
  id: string;
  userId: string;
  started: boolean;
}

/** The first key of the two-key advisory locks that order one conversation's appends (PostgreSQL). */
const appendLockClass = 0x444c; // "DL"

/**
 * The local Direct Line's durable log, in the database every instance shares: each conversation's
 * activities in order, so Web Chat polling any instance with a watermark (the last `seq` it saw)
 * gets every activity once, whichever instance wrote it, and picks up where it was after a restart.
 *
 * Safe with several instances: a conversation is created with insert-if-absent, the bot hears of
 * its start through a conditional UPDATE only one caller wins, and appends to one conversation
 * take a transaction-scoped advisory lock on PostgreSQL. Without that lock two appends could commit
 * out of `seq` order, and a poll between the commits would move the watermark past a row not yet
 * visible, losing it; with it, a row is numbered only after the previous one is committed.
 * SQLite has one writer at a time, so numbering and committing are already in order.
 */
export class DirectLineStore implements IdleConversationData {
  constructor(
    private readonly database: SqlDatabase,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async createConversation(id: string, userId: string): Promise<void> {
    await this.database.db
      .insertInto('directline_conversations')
      .values({ id, user_id: userId, updated_at: this.now().toISOString() })
      .onConflict((conflict) => conflict.column('id').doNothing())
      .execute();
  }

  async findConversation(id: string): Promise<DirectLineConversation | undefined> {
    const row = await this.database.db.selectFrom('directline_conversations').select(['id', 'user_id', 'started']).where('id', '=', id).executeTakeFirst();
    return row && { id: row.id, userId: row.user_id, started: Number(row.started) === 1 };
  }

  /** True only for the first caller on any instance, so the bot is told of a new conversation once. */
  async claimStart(id: string): Promise<boolean> {
    const result = await this.database.db.updateTable('directline_conversations').set({ started: 1 }).where('id', '=', id).where('started', '=', 0).executeTakeFirst();
    return result.numUpdatedRows === 1n;
  }

  /**
   * Appends the bot's activity and returns the Direct Line id it is known by (derived from its
   * position). With `onceAs`, only once per conversation: an advisor's reply sent again after the
   * instance sending it died gets the id of the one already logged.
   */
  async append(conversationId: string, activity: ActivityJson, onceAs?: string): Promise<string> {
    return (await this.insert(conversationId, activity, { turnDue: false, ...(onceAs !== undefined && { clientActivityId: onceAs }) })).id;
  }

  /**
   * Appends a resident's activity, its turn due, once per `clientActivityId` in the conversation:
   * a client that resends a message whose POST failed under the same id gets the activity already
   * logged, with whether its turn finished. Looked up under the append lock (and a unique index),
   * so two retries on two instances cannot both append it.
   */
  appendOnce(conversationId: string, activity: ActivityJson, clientActivityId?: string): Promise<LoggedActivity> {
    return this.insert(conversationId, activity, { turnDue: true, ...(clientActivityId !== undefined && { clientActivityId }) });
  }

  private async insert(conversationId: string, activity: ActivityJson, { turnDue, clientActivityId }: { turnDue: boolean; clientActivityId?: string }): Promise<LoggedActivity> {
    const logged = await this.database.db.transaction().execute(async (transaction) => {
      if (this.database.engine === 'postgres') await sql`SELECT pg_advisory_xact_lock(${appendLockClass}, hashtext(${conversationId}))`.execute(transaction);
      if (clientActivityId !== undefined) {
        const existing = await transaction
          .selectFrom('directline_activities')
          .select(['seq', 'handled_at'])
          .where('conversation_id', '=', conversationId)
          .where('client_activity_id', '=', clientActivityId)
          .executeTakeFirst();
        if (existing) return { seq: Number(existing.seq), handled: existing.handled_at !== null };
      }
      const now = this.now().toISOString();
      const inserted = await transaction
        .insertInto('directline_activities')
        .values({
          conversation_id: conversationId,
          activity: JSON.stringify(activity),
          ...(clientActivityId !== undefined && { client_activity_id: clientActivityId }),
          ...(turnDue && { turn_due_at: now }),
        })
        .returning('seq')
        .executeTakeFirstOrThrow();
      await transaction.updateTable('directline_conversations').set({ updated_at: now }).where('id', '=', conversationId).execute();
      return { seq: Number(inserted.seq), handled: false };
    });
    return { id: activityId(conversationId, logged.seq), handled: logged.handled };
  }

  /**
   * Residents' activities whose turn was due before `dueBefore` and never finished, and which
   * have been taken up fewer than `maxRetries` times: left by an instance that died mid-turn.
   * `overtaken`: the conversation has moved past it (a later message of it has been answered), so
   * run now it would answer a question asked after it (the resident's "Recycling" taken as the
   * answer to "Did the crew leave a tag?"); only a safety concern in it still needs its turn.
   */
  async unfinishedTurns(conversationId: string, dueBefore: Date, maxRetries: number): Promise<{ id: string; activity: ActivityJson; overtaken: boolean }[]> {
    const rows = await this.database.db
      .selectFrom('directline_activities')
      .select(['seq', 'activity'])
      .select(({ exists, selectFrom }) =>
        exists(
          selectFrom('directline_activities as later')
            .select('later.seq')
            .whereRef('later.conversation_id', '=', 'directline_activities.conversation_id')
            .whereRef('later.seq', '>', 'directline_activities.seq')
            .where('later.handled_at', 'is not', null),
        ).as('overtaken'),
      )
      .where('conversation_id', '=', conversationId)
      .where('handled_at', 'is', null)
      .where('turn_due_at', 'is not', null)
      .where('turn_due_at', '<', dueBefore.toISOString())
      .where('turn_retries', '<', maxRetries)
      .orderBy('seq')
      .execute();
    return rows.map((row) => ({ id: activityId(conversationId, Number(row.seq)), activity: JSON.parse(row.activity) as ActivityJson, overtaken: Boolean(row.overtaken) }));
  }

  /** Counts one more taking-up of an unfinished turn; false when another instance took the last one, or it has finished. */
  async takeUpTurn(conversationId: string, id: string, maxRetries: number): Promise<boolean> {
    const result = await this.database.db
      .updateTable('directline_activities')
      .set((expression) => ({ turn_retries: expression('turn_retries', '+', 1) }))
      .where('conversation_id', '=', conversationId)
      .where('seq', '=', seqOf(id))
      .where('handled_at', 'is', null)
      .where('turn_retries', '<', maxRetries)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  }

  /** True once the turn of the resident's activity `id` has finished, on any instance. */
  async isHandled(conversationId: string, id: string): Promise<boolean> {
    const row = await this.database.db
      .selectFrom('directline_activities')
      .select('handled_at')
      .where('conversation_id', '=', conversationId)
      .where('seq', '=', seqOf(id))
      .executeTakeFirst();
    return row?.handled_at != null;
  }

  /** Records that the turn of the resident's activity `id` has finished, so a retry of it runs nothing. */
  async markHandled(conversationId: string, id: string): Promise<void> {
    await this.database.db
      .updateTable('directline_activities')
      .set({ handled_at: this.now().toISOString() })
      .where('conversation_id', '=', conversationId)
      .where('seq', '=', seqOf(id))
      .execute();
  }

  /**
   * Activities after `watermark` (exclusive), at most `limit` of them, and the new watermark, read from
   * the shared table: the client polls again from it for the rest, as with Azure's Direct Line. A whole
   * log in one reply grew without bound, and reading 4 MB of it ten times a second stalled the service
   * (outside attack 17, N10).
   */
  async activitiesSince(conversationId: string, watermark: number, limit = activitiesPerPage): Promise<{ activities: ActivityJson[]; watermark: number }> {
    const rows = await this.database.db
      .selectFrom('directline_activities')
      .select(['seq', 'activity'])
      .where('conversation_id', '=', conversationId)
      .where('seq', '>', watermark)
      .orderBy('seq')
      .limit(limit)
      .execute();
    return {
      activities: rows.map((row) => ({ ...(JSON.parse(row.activity) as ActivityJson), id: activityId(conversationId, Number(row.seq)) })),
      watermark: rows.length > 0 ? Number(rows[rows.length - 1]!.seq) : watermark,
    };
  }

  /** Retention: conversations with no activity since `cutoff`, and their activities, except open ones. */
  async deleteIdleSince(cutoff: Date, open: readonly OpenConversation[]): Promise<number> {
    const openIds = open.map((conversation) => conversation.conversationId);
    return this.database.db.transaction().execute(async (transaction) => {
      let idle = transaction.selectFrom('directline_conversations').select('id').where('updated_at', '<', cutoff.toISOString());
      if (openIds.length > 0) idle = idle.where('id', 'not in', openIds);
      const activities = await transaction.deleteFrom('directline_activities').where('conversation_id', 'in', idle).executeTakeFirst();
      const conversations = await transaction.deleteFrom('directline_conversations').where('id', 'in', idle).executeTakeFirst();
      return Number(activities.numDeletedRows) + Number(conversations.numDeletedRows);
    });
  }
}

/** Activities one poll returns: a whole conversation's worth, most times; messages are 10,000 characters at most. */
export const activitiesPerPage = 32;

function activityId(conversationId: string, seq: number): string {
  return `${conversationId}|${String(seq).padStart(7, '0')}`;
}

function seqOf(id: string): number {
  return Number(id.slice(id.lastIndexOf('|') + 1));
}
