import type { Kysely, Updateable } from 'kysely';
import type { SqlDatabase } from '../storage/sql/sqlDatabase.js';
import type { CaseOutboxTable, Tables } from '../storage/sql/tables.js';

export type OutboxState = 'pending' | 'delivered' | 'dead';

export interface OutboxItem {
  id: number;
  /**
   * The case's reference, sent as the Idempotency-Key header so a redelivery after a lost
   * response is recognised by the receiver.
   */
  idempotencyKey: string;
  /** The exact bytes signed and sent on every attempt. */
  body: string;
  attempts: number;
  /** When the item was queued, or last requeued by staff: the retry window counts from here. */
  retryingSince: number;
}

export interface OutboxEntryStatus {
  state: OutboxState;
  attempts: number;
  lastError: string | null;
}

/** What staff and monitoring need to see about deliveries: what is waiting, for how long, and what was given up. */
export interface OutboxSummary {
  pending: number;
  dead: number;
  /** Age of the oldest pending item since it was queued; 0 when nothing is pending. */
  oldestPendingSeconds: number;
}

/**
 * A durable queue of messages for the council's CRM in the app's database: an item written here
 * survives restarts until it is delivered or, after failing for the whole retry window, marked
 * dead for staff to requeue. Times are milliseconds since the epoch from the dispatcher's clock.
 *
 * Several instances may run a dispatcher on one database. A dispatcher takes an item by claiming
 * it: one UPDATE stamps `claimed_by` and `claimed_until` on the oldest due, unclaimed item, found
 * with `FOR UPDATE SKIP LOCKED` on PostgreSQL (two claimers never wait for or take the same row;
 * on SQLite the single writer serialises them). The outcome is written only while the claim is
 * still the writer's, and clears it. A dispatcher that crashed holding a claim leaves it to expire;
 * then another takes the item over and delivers it, under the same idempotency key.
 */
export class CaseOutbox {
  constructor(private readonly database: SqlDatabase) {}

  /** Adds a message, due at once; a second message with the same key is ignored. `transaction` is the case's, when queued with it. */
  async enqueue(idempotencyKey: string, body: string, at: number, transaction: Kysely<Tables> = this.database.db): Promise<void> {
    await transaction
      .insertInto('case_outbox')
      .values({ idempotency_key: idempotencyKey, body, state: 'pending', next_attempt_at: at, created_at: at })
      .onConflict((conflict) => conflict.column('idempotency_key').doNothing())
      .execute();
  }

  /** Claims the oldest pending item due at `at` that nobody holds, for `claimant` until `until`; undefined when there is none. */
  async claim(at: number, claimant: string, until: number): Promise<OutboxItem | undefined> {
    const { db, engine } = this.database;
    const claimable = db
      .selectFrom('case_outbox')
      .select('id')
      .where('state', '=', 'pending')
      .where('next_attempt_at', '<=', at)
      .where((row) => row.or([row('claimed_until', 'is', null), row('claimed_until', '<=', at)]))
      .orderBy('next_attempt_at')
      .orderBy('id')
      .limit(1)
      .$if(engine === 'postgres', (query) => query.forUpdate().skipLocked());
    const row = await db
      .updateTable('case_outbox')
      .set({ claimed_by: claimant, claimed_until: until })
      .where('id', '=', claimable)
      // Checked again on the row as it is now, should another claim have committed since the select.
      .where('state', '=', 'pending')
      .where((row) => row.or([row('claimed_until', 'is', null), row('claimed_until', '<=', at)]))
      .returning(['id', 'idempotency_key', 'body', 'attempts', 'created_at', 'requeued_at'])
      .executeTakeFirst();
    return (
      row && { id: row.id, idempotencyKey: row.idempotency_key, body: row.body, attempts: row.attempts, retryingSince: row.requeued_at ?? row.created_at }
    );
  }

  /** When the earliest pending item is due and unclaimed, or undefined when nothing is pending. */
  async nextAttemptAt(): Promise<number | undefined> {
    const row = await this.database.db
      .selectFrom('case_outbox')
      .select((row) =>
        row.fn
          .min<number | null>(row.case().when('claimed_until', '>', row.ref('next_attempt_at')).then(row.ref('claimed_until')).else(row.ref('next_attempt_at')).end())
          .as('at'),
      )
      .where('state', '=', 'pending')
      .executeTakeFirst();
    return row?.at ?? undefined;
  }

  /** The CRM accepted the item; false when `claimant` no longer held it (its claim expired and another took it over). */
  async markDelivered(id: number, claimant: string, attempts: number, at: number): Promise<boolean> {
    return this.settle(id, claimant, { state: 'delivered', attempts, last_error: null, finished_at: at });
  }

  async scheduleRetry(id: number, claimant: string, attempts: number, nextAttemptAt: number, error: string): Promise<boolean> {
    return this.settle(id, claimant, { attempts, next_attempt_at: nextAttemptAt, last_error: error });
  }

  async markDead(id: number, claimant: string, attempts: number, error: string, at: number): Promise<boolean> {
    return this.settle(id, claimant, { state: 'dead', attempts, last_error: error, finished_at: at });
  }

  async status(idempotencyKey: string): Promise<OutboxEntryStatus | undefined> {
    const row = await this.database.db.selectFrom('case_outbox').select(['state', 'attempts', 'last_error']).where('idempotency_key', '=', idempotencyKey).executeTakeFirst();
    return row && { state: row.state, attempts: row.attempts, lastError: row.last_error };
  }

  /** Puts every dead item back in the queue, due at `at` with a new retry window; returns their keys. Attempts and the last error stay: they are the item's history. */
  async requeueDead(at: number): Promise<string[]> {
    const rows = await this.database.db
      .updateTable('case_outbox')
      .set({ state: 'pending', next_attempt_at: at, requeued_at: at, finished_at: null })
      .where('state', '=', 'dead')
      .returning('idempotency_key')
      .execute();
    return rows.map((row) => row.idempotency_key);
  }

  /** Puts one dead item back in the queue, as `requeueDead` does; false when it is not dead. */
  async requeue(idempotencyKey: string, at: number): Promise<boolean> {
    const updated = await this.database.db
      .updateTable('case_outbox')
      .set({ state: 'pending', next_attempt_at: at, requeued_at: at, finished_at: null })
      .where('state', '=', 'dead')
      .where('idempotency_key', '=', idempotencyKey)
      .executeTakeFirst();
    return updated.numUpdatedRows > 0n;
  }

  /** Counts and the oldest pending age as of `at`, read from the table each time so they cannot drift from it. */
  async summary(at: number): Promise<OutboxSummary> {
    const { pending, dead } = await this.counts();
    const oldest = await this.database.db
      .selectFrom('case_outbox')
      .select((row) => row.fn.min<number | null>('created_at').as('at'))
      .where('state', '=', 'pending')
      .executeTakeFirst();
    const since = oldest?.at ?? undefined;
    return { pending, dead, oldestPendingSeconds: since === undefined ? 0 : Math.max(0, Math.floor((at - since) / 1000)) };
  }

  /** How many items are in each state, for health checks and metrics. */
  async counts(): Promise<Record<OutboxState, number>> {
    const counts: Record<OutboxState, number> = { pending: 0, delivered: 0, dead: 0 };
    const rows = await this.database.db
      .selectFrom('case_outbox')
      .select((row) => ['state', row.fn.countAll<number>().as('count')])
      .groupBy('state')
      .execute();
    for (const row of rows) counts[row.state] = Number(row.count);
    return counts;
  }

  /** Writes an attempt's outcome and clears the claim, only while `claimant` still holds it. */
  private async settle(id: number, claimant: string, outcome: Updateable<CaseOutboxTable>): Promise<boolean> {
    const updated = await this.database.db
      .updateTable('case_outbox')
      .set({ ...outcome, claimed_by: null, claimed_until: null })
      .where('id', '=', id)
      .where('claimed_by', '=', claimant)
      .executeTakeFirst();
    return updated.numUpdatedRows > 0n;
  }
}
