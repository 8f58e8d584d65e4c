import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { OpenConversation } from '../storage/conversationRetention.js';
import type { ListenForNotifications } from '../storage/sql/notifications.js';
import type { SqlDatabase } from '../storage/sql/sqlDatabase.js';
import type { HandoffEntriesTable, Tables } from '../storage/sql/tables.js';
import { handoffEventRelay, notifyHandoffChange, type HandoffEventRelay, type HandoffSignal } from './handoffEventRelay.js';
import {
  HandoffStateError,
  type AdvisorDesk,
  type HandoffEntry,
  type HandoffEvent,
  type HandoffPriority,
  type HandoffHub,
  type HandoffRequest,
  type HandoffStatus,
  type TranscriptLine,
} from './handoffHub.js';

type EntryRow = Selectable<HandoffEntriesTable>;
type Queries = Kysely<Tables> | Transaction<Tables>;

/** The queue's order of priorities: safeguarding first, then emergencies, then the rest. */
const priorityOrder: readonly HandoffPriority[] = ['safeguarding', 'emergency', 'normal'];
/** A priority's rank in the queue (its place in `priorityOrder`), of `column`. */
const priorityRankOf = (column: string) =>
  sql<number>`${sql.raw(`CASE ${column} ${priorityOrder.map((priority, rank) => `WHEN '${priority}' THEN ${rank}`).join(' ')} ELSE ${priorityOrder.length - 1} END`)}`;
const priorityRank = priorityRankOf('priority');
/**
 * The most entries one listing returns: the console re-fetches the queue on every change, and a queue
 * stuffed with 3,434 fake handoffs cost each open console 1 MB a time (outside attack 22, A22-5).
 */
export const listedAtMost = 200;
/** How many of the newest waiting entries are listed as well, after the first 200 in the queue's order. */
export const newestAlsoListed = 20;

/** The PostgreSQL channel every instance's hub listens on. */
export const handoffChannel = 'handoff_events';

export interface SqlHandoffHubOptions {
  database: SqlDatabase;
  /** Required on PostgreSQL: how this instance hears the other instances' changes. */
  listen?: ListenForNotifications;
  now?: () => Date;
  /** A change notice that could not be read back (PostgreSQL). */
  onRelayError?: (error: unknown) => void;
}

/**
 * How long a claimed reply may stay undelivered before another attempt may deliver it: far over a
 * delivery (a proactive message, seconds at most), so only a claim whose instance died runs out.
 */
const replyClaimMs = 60_000;

/**
 * The handoff hub on the app's database: queue, transcripts and every message in both directions
 * are rows, so a restart mid-handoff loses nothing and every instance sees the same queue.
 *
 * Several instances: a conversation is queued once (the partial unique index on open entries, and
 * the insert does nothing on conflict); accepting is one conditional UPDATE `… WHERE status =
 * 'waiting'`, so of two advisors accepting at once exactly one changes the row and the other is told
 * `held-by-another-advisor`; completing is conditional on the status read in the same way.
 *
 * Live updates: on SQLite (one process) through an in-process emitter. On PostgreSQL each change
 * NOTIFYs `handoff_events` in its own transaction (so only once committed) with the conversation id
 * and the kind of change, never text; every instance LISTENs and re-reads the rows (see
 * handoffEventRelay.ts), its own changes included, so all consoles hear the same events.
 */
export class SqlHandoffHub implements HandoffHub, AdvisorDesk {
  private readonly events = new EventEmitter();
  private readonly database: SqlDatabase;
  private readonly listen: ListenForNotifications | undefined;
  private readonly now: () => Date;
  private relay: HandoffEventRelay | undefined;

  private readonly onRelayError: (error: unknown) => void;

  constructor({ database, listen, now = () => new Date(), onRelayError = () => undefined }: SqlHandoffHubOptions) {
    this.onRelayError = onRelayError;
    if (database.engine === 'postgres' && !listen) throw new Error('SqlHandoffHub on PostgreSQL needs `listen` to hear the other instances');
    this.database = database;
    this.listen = listen;
    this.now = now;
    this.events.setMaxListeners(0); // one listener per open console tab
  }

  /** On PostgreSQL, starts listening for every instance's changes; nothing to do on SQLite. */
  async start(): Promise<void> {
    if (!this.listen || this.relay) return;
    this.relay = await handoffEventRelay({
      db: this.database.db,
      channel: handoffChannel,
      listen: this.listen,
      emit: (event) => this.events.emit('event', event),
      entryOf: (conversationId) => this.latest(conversationId),
      openConversations: async () => (await this.openConversations()).map(({ conversationId }) => conversationId),
      onError: this.onRelayError,
    });
  }

  /** Stops listening; the database is closed by whoever opened it. */
  async stop(): Promise<void> {
    await this.relay?.close();
    this.relay = undefined;
  }

  async initiate(request: HandoffRequest, startedBy?: string): Promise<{ entry: HandoffEntry; position: number }> {
    if (!(await this.openRow(request.conversationId))) {
      const queued = await this.write([{ kind: 'queue', conversationId: request.conversationId }], async (transaction) => {
        const id = randomUUID();
        const inserted = await transaction
          .insertInto('handoff_entries')
          .values({
            id,
            conversation_id: request.conversationId,
            channel: request.channel,
            reason: request.reason,
            priority: request.priority,
            topic: request.topic,
            summary: request.summary,
            sentiment: JSON.stringify(request.sentiment),
            details: JSON.stringify(request.details),
            suggested_articles: JSON.stringify(request.suggestedArticles),
            status: 'waiting',
            waiting_since: this.timestamp(),
            started_by: startedBy ?? null,
          })
          // Another instance queued it a moment ago: keep theirs.
          .onConflict((conflict) => conflict.column('conversation_id').where(sql<boolean>`status <> 'completed'`).doNothing())
          .executeTakeFirst();
        if (!inserted.numInsertedOrUpdatedRows) return false;
        if (request.transcript.length > 0) {
          await transaction
            .insertInto('handoff_messages')
            .values(request.transcript.map((line) => ({ entry_id: id, sender: line.from, text: line.text, at: line.at })))
            .execute();
        }
        return true;
      });
      if (queued) this.emitLocally({ type: 'queue' });
    }
    const entry = await this.toEntry((await this.openRow(request.conversationId))!);
    return { entry, position: await this.positionOf(entry) };
  }

  async current(conversationId: string): Promise<HandoffEntry | undefined> {
    const row = await this.openRow(conversationId);
    return row && this.toEntry(row);
  }

  async escalate(conversationId: string, concern: 'safeguarding' | 'emergency'): Promise<void> {
    const raised = await this.write([{ kind: 'queue' }], async (transaction) => {
      const updated = await transaction
        .updateTable('handoff_entries')
        .set({ priority: concern, reason: concern })
        .where('conversation_id', '=', conversationId)
        .where('status', '<>', 'completed')
        .where(priorityRank, '>', priorityOrder.indexOf(concern))
        .executeTakeFirst();
      return updated.numUpdatedRows > 0n;
    });
    if (raised) this.emitLocally({ type: 'queue' });
  }

  async residentMessage(conversationId: string, text: string): Promise<void> {
    await this.append(await this.requireOpen(conversationId), 'resident', text);
  }

  async botMessage(conversationId: string, text: string): Promise<void> {
    await this.append(await this.requireOpen(conversationId), 'bot', text);
  }

  async close(conversationId: string): Promise<void> {
    const row = await this.openRow(conversationId);
    if (row) await this.finish(row);
  }

  async placeInQueue(conversationId: string): Promise<number> {
    const row = await this.openRow(conversationId);
    return row?.status === 'waiting' ? this.positionOfRow(row.id) : 0;
  }

  async list(status: HandoffStatus): Promise<HandoffEntry[]> {
    const query = this.database.db.selectFrom('handoff_entries').selectAll().where('status', '=', status);
    if (status === 'waiting') {
      const first = await query.orderBy(priorityRank).orderBy('waiting_since').orderBy(this.insertionOrder()).limit(listedAtMost).execute();
      // The newest too, wherever they stand: a real disclosure behind 200 fakes was on no advisor's screen and raised no alert (outside re-check 22b, R22-2).
      const newest = this.database.db.selectFrom('handoff_entries').select('id').where('status', '=', 'waiting').orderBy('waiting_since', 'desc').orderBy(this.insertionOrder(), 'desc').limit(newestAlsoListed);
      const listed = new Set(first.map((row) => row.id));
      const later = (await query.where('id', 'in', newest).orderBy(priorityRank).orderBy('waiting_since').orderBy(this.insertionOrder()).execute()).filter((row) => !listed.has(row.id));
      return this.toEntries([...first, ...later]);
    }
    const rows =
      status === 'active'
          ? await query.orderBy('accepted_at').orderBy(this.insertionOrder()).limit(listedAtMost).execute()
          : await query.orderBy('completed_at', 'desc').orderBy(this.insertionOrder(), 'desc').limit(listedAtMost).execute();
    return this.toEntries(rows);
  }

  async count(status: HandoffStatus): Promise<number> {
    const row = await this.database.db.selectFrom('handoff_entries').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', status).executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /**
   * Finished handoffs hold a transcript, a summary and the details collected: they go with the
   * transcripts (TRANSCRIPT_RETENTION_DAYS). Open ones are never deleted. Returns how many went.
   */
  async deleteCompletedBefore(cutoff: Date): Promise<number> {
    const before = cutoff.toISOString();
    return this.database.db.transaction().execute(async (transaction) => {
      const finished = transaction.selectFrom('handoff_entries').select('id').where('status', '=', 'completed').where('completed_at', '<', before);
      await transaction.deleteFrom('handoff_messages').where('entry_id', 'in', finished).execute();
      await transaction.deleteFrom('handoff_reply_keys').where('entry_id', 'in', finished).execute();
      const deleted = await transaction.deleteFrom('handoff_entries').where('status', '=', 'completed').where('completed_at', '<', before).executeTakeFirst();
      return Number(deleted.numDeletedRows);
    });
  }

  /** Conversations whose handoff is waiting or active: retention keeps everything they need. */
  async openConversations(): Promise<OpenConversation[]> {
    const rows = await this.database.db.selectFrom('handoff_entries').select(['channel', 'conversation_id']).where('status', '<>', 'completed').execute();
    return rows.map((row) => ({ channel: row.channel, conversationId: row.conversation_id }));
  }

  async latest(conversationId: string): Promise<HandoffEntry | undefined> {
    const row = await this.database.db
      .selectFrom('handoff_entries')
      .selectAll()
      .where('conversation_id', '=', conversationId)
      .orderBy(sql`status = 'completed'`)
      .orderBy('completed_at', 'desc')
      .orderBy(this.insertionOrder(), 'desc')
      .limit(1)
      .executeTakeFirst();
    return row && this.toEntry(row);
  }

  async accept(conversationId: string, advisor: string): Promise<HandoffEntry> {
    const accepted = await this.write([{ kind: 'status', conversationId }, { kind: 'queue' }], (transaction) =>
      transaction
        .updateTable('handoff_entries')
        .set({ status: 'active', advisor, accepted_at: this.timestamp() })
        .where('conversation_id', '=', conversationId)
        .where('status', '=', 'waiting')
        .returningAll()
        .executeTakeFirst(),
    );
    if (accepted) {
      this.emitLocally({ type: 'status', conversationId, status: 'active', advisor });
      this.emitLocally({ type: 'queue' });
      return this.toEntry(accepted);
    }
    // Not waiting: already ours (a no-op), someone else's, or gone.
    const row = await this.requireOpen(conversationId);
    if (row.status === 'active' && row.advisor === advisor) return this.toEntry(row);
    throw new HandoffStateError('held-by-another-advisor', conversationId);
  }

  /**
   * A keyed reply is claimed before it is delivered (the key's row, inserted once whichever
   * instance tries: a primary key), so a resend after a lost response is answered from the claim
   * and the resident reads the reply once. A failed delivery gives the claim up, so the resend
   * delivers; so does a claim older than `replyClaimMs`, left by an instance that died delivering
   * (the resident may then read it twice, which beats an advisor who can never send it).
   */
  async advisorMessage(conversationId: string, advisor: string, text: string, deliver: () => Promise<void>, replyKey?: string): Promise<TranscriptLine> {
    const row = await this.requireHeldBy(conversationId, advisor);
    if (replyKey === undefined) {
      await deliver();
      return this.append(row, 'advisor', text);
    }
    if (!(await this.claimReply(row.id, replyKey, text))) {
      const earlier = await this.database.db.selectFrom('handoff_reply_keys').select(['text', 'sent_at']).where('entry_id', '=', row.id).where('reply_key', '=', replyKey).executeTakeFirst();
      if (earlier && earlier.text !== text) throw new HandoffStateError('reply-key-reused', conversationId);
      if (earlier?.sent_at) return { from: 'advisor', text: earlier.text, at: earlier.sent_at };
      throw new HandoffStateError('reply-in-progress', conversationId);
    }
    try {
      await deliver();
    } catch (error) {
      await this.database.db.deleteFrom('handoff_reply_keys').where('entry_id', '=', row.id).where('reply_key', '=', replyKey).execute();
      throw error;
    }
    // Recorded once: an instance that froze while delivering and wakes after another sent the reply again adds no second line.
    const line = await this.append(row, 'advisor', text, async (transaction, at) => {
      const marked = await transaction
        .updateTable('handoff_reply_keys')
        .set({ sent_at: at })
        .where('entry_id', '=', row.id)
        .where('reply_key', '=', replyKey)
        .where('sent_at', 'is', null)
        .executeTakeFirst();
      return marked.numUpdatedRows > 0n;
    });
    if (line) return line;
    const sent = await this.database.db.selectFrom('handoff_reply_keys').select('sent_at').where('entry_id', '=', row.id).where('reply_key', '=', replyKey).executeTakeFirst();
    return { from: 'advisor', text, at: sent?.sent_at ?? this.timestamp() };
  }

  /** Whether this instance may deliver the keyed reply: the key is new, or its claim ran out undelivered. */
  private async claimReply(entryId: string, replyKey: string, text: string): Promise<boolean> {
    const now = this.timestamp();
    const inserted = await this.database.db
      .insertInto('handoff_reply_keys')
      .values({ entry_id: entryId, reply_key: replyKey, text, sent_at: null, claimed_at: now })
      .onConflict((conflict) => conflict.columns(['entry_id', 'reply_key']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) > 0) return true;
    const expired = new Date(Date.parse(now) - replyClaimMs).toISOString();
    // One update whichever instances try at once: only one finds the claim still run out.
    const taken = await this.database.db
      .updateTable('handoff_reply_keys')
      .set({ claimed_at: now })
      .where('entry_id', '=', entryId)
      .where('reply_key', '=', replyKey)
      .where('text', '=', text)
      .where('sent_at', 'is', null)
      .where((where) => where.or([where('claimed_at', 'is', null), where('claimed_at', '<', expired)]))
      .executeTakeFirst();
    return Number(taken.numUpdatedRows) > 0;
  }

  async complete(conversationId: string, advisor: string): Promise<HandoffEntry> {
    const row = await this.requireOpen(conversationId);
    if (row.status === 'active' && row.advisor !== advisor) throw new HandoffStateError('held-by-another-advisor', conversationId);
    // The row changed since it was read (accepted or ended elsewhere): decide again on what it is now.
    if (!(await this.finish(row))) return this.complete(conversationId, advisor);
    return this.toEntry({ ...row, status: 'completed' });
  }

  subscribe(listener: (event: HandoffEvent) => void): () => void {
    this.events.on('event', listener);
    return () => this.events.off('event', listener);
  }

  /** waiting|active → completed, only if it is still as read. Whether it changed the row. */
  private async finish(row: EntryRow): Promise<boolean> {
    const signals: HandoffSignal[] = [{ kind: 'status', conversationId: row.conversation_id }, ...(row.status === 'waiting' ? [{ kind: 'queue' } as const] : [])];
    const finished = await this.write(signals, async (transaction) => {
      const updated = await transaction
        .updateTable('handoff_entries')
        .set({ status: 'completed', completed_at: this.timestamp() })
        .where('id', '=', row.id)
        .where('status', '=', row.status)
        .executeTakeFirst();
      return updated.numUpdatedRows > 0n;
    });
    if (!finished) return false;
    this.emitLocally({ type: 'status', conversationId: row.conversation_id, status: 'completed', advisor: row.advisor ?? undefined });
    if (row.status === 'waiting') this.emitLocally({ type: 'queue' });
    return true;
  }

  /** Adds a line to the transcript; with `onlyIf`, only when it says so in the same transaction (undefined when it did not). */
  private async append(row: EntryRow, from: TranscriptLine['from'], text: string): Promise<TranscriptLine>;
  private async append(
    row: EntryRow,
    from: TranscriptLine['from'],
    text: string,
    onlyIf: (transaction: Transaction<Tables>, at: string) => Promise<boolean>,
  ): Promise<TranscriptLine | undefined>;
  private async append(
    row: EntryRow,
    from: TranscriptLine['from'],
    text: string,
    onlyIf?: (transaction: Transaction<Tables>, at: string) => Promise<boolean>,
  ): Promise<TranscriptLine | undefined> {
    const line: TranscriptLine = { from, text, at: this.timestamp() };
    const added = await this.write([{ kind: 'message', conversationId: row.conversation_id }], async (transaction) => {
      if (onlyIf && !(await onlyIf(transaction, line.at))) return false;
      await transaction.insertInto('handoff_messages').values({ entry_id: row.id, sender: line.from, text: line.text, at: line.at }).execute();
      return true;
    });
    if (!added) return undefined;
    this.emitLocally({ type: 'message', conversationId: row.conversation_id, line });
    return line;
  }

  /**
   * Runs a change in a transaction; on PostgreSQL the transaction also NOTIFYs the other
   * instances, when `change` says it changed something, so a notice is sent only for a committed change.
   */
  private async write<T>(signals: readonly HandoffSignal[], change: (transaction: Transaction<Tables>) => Promise<T>): Promise<T> {
    return this.database.db.transaction().execute(async (transaction) => {
      const result = await change(transaction);
      if (result && this.database.engine === 'postgres') for (const signal of signals) await notifyHandoffChange(transaction, handoffChannel, signal);
      return result;
    });
  }

  /** SQLite's events, in this process; on PostgreSQL they come back through the relay instead. */
  private emitLocally(event: HandoffEvent): void {
    if (this.database.engine === 'sqlite') this.events.emit('event', event);
  }

  /** The tie-break column below, as SQL to order by. */
  private insertionOrder() {
    return sql.raw(this.insertionColumn());
  }

  /**
   * Ties within a millisecond: insertion order on SQLite (rowid); PostgreSQL has no insertion
   * order, so the id, which is arbitrary but stable.
   */
  private insertionColumn(): 'rowid' | 'id' {
    return this.database.engine === 'sqlite' ? 'rowid' : 'id';
  }

  /**
   * The conversation's open entry, asked on every turn. 'completed' is written into the statement, not
   * bound: a bound value could make the partial index on open entries wrong for some other value, so
   * SQLite planned the statement again at every run (15 against 5 µs a look-up, uncontended).
   */
  private async openRow(conversationId: string, queries: Queries = this.database.db): Promise<EntryRow | undefined> {
    return queries.selectFrom('handoff_entries').selectAll().where('conversation_id', '=', conversationId).where('status', '<>', sql.lit('completed')).executeTakeFirst();
  }

  private async requireOpen(conversationId: string): Promise<EntryRow> {
    const row = await this.openRow(conversationId);
    if (!row) throw new HandoffStateError('not-found', conversationId);
    return row;
  }

  private async requireHeldBy(conversationId: string, advisor: string): Promise<EntryRow> {
    const row = await this.requireOpen(conversationId);
    if (row.status !== 'active') throw new HandoffStateError('not-active', conversationId);
    if (row.advisor !== advisor) throw new HandoffStateError('held-by-another-advisor', conversationId);
    return row;
  }

  private async positionOf(entry: HandoffEntry): Promise<number> {
    return entry.status === 'waiting' ? this.positionOfRow(entry.id) : 0;
  }

  /**
   * A waiting entry's place, counted in the database in the queue's own order: listing the whole queue with its
   * transcripts for every handoff started cost seconds once fakes had filled it (outside attack 22, A22-5).
   */
  private async positionOfRow(id: string): Promise<number> {
    const order = this.insertionColumn();
    const rank = (alias: string) => priorityRankOf(`${alias}.priority`);
    const result = await sql<{ n: number | string }>`
      SELECT COUNT(*) AS n FROM handoff_entries e, handoff_entries me
      WHERE me.id = ${id} AND e.status = 'waiting'
        AND (${rank('e')} < ${rank('me')}
          OR (${rank('e')} = ${rank('me')} AND (e.waiting_since < me.waiting_since
            OR (e.waiting_since = me.waiting_since AND ${sql.raw(`e.${order} <= me.${order}`)}))))`.execute(this.database.db);
    return Number(result.rows[0]?.n ?? 0);
  }

  private timestamp(): string {
    return this.now().toISOString();
  }

  private async toEntry(row: EntryRow): Promise<HandoffEntry> {
    return (await this.toEntries([row]))[0]!;
  }

  /** Entries with their transcripts, read in one query. */
  private async toEntries(rows: readonly EntryRow[]): Promise<HandoffEntry[]> {
    if (rows.length === 0) return [];
    const lines = await this.database.db
      .selectFrom('handoff_messages')
      .select(['entry_id', 'sender', 'text', 'at'])
      .where(
        'entry_id',
        'in',
        rows.map((row) => row.id),
      )
      .orderBy('seq')
      .execute();
    const transcripts = new Map<string, typeof lines>();
    for (const line of lines) transcripts.set(line.entry_id, [...(transcripts.get(line.entry_id) ?? []), line]);
    return rows.map((row) => ({
      id: row.id,
      conversationId: row.conversation_id,
      channel: row.channel,
      reason: row.reason as HandoffEntry['reason'],
      priority: row.priority,
      topic: row.topic,
      summary: row.summary,
      sentiment: JSON.parse(row.sentiment) as HandoffEntry['sentiment'],
      details: JSON.parse(row.details) as HandoffEntry['details'],
      suggestedArticles: JSON.parse(row.suggested_articles) as HandoffEntry['suggestedArticles'],
      transcript: (transcripts.get(row.id) ?? []).map((line) => ({ from: line.sender, text: line.text, at: line.at })),
      status: row.status,
      waitingSince: row.waiting_since,
      ...(row.advisor !== null && { advisor: row.advisor }),
      ...(row.accepted_at !== null && { acceptedAt: row.accepted_at }),
      ...(row.completed_at !== null && { completedAt: row.completed_at }),
      ...(row.started_by !== null && { startedBy: row.started_by }),
    }));
  }
}
