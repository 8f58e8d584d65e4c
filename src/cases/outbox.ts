import type { SqliteDatabase } from '../storage/database.js';

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

interface ItemRow {
  id: number;
  idempotency_key: string;
  body: string;
  attempts: number;
  retrying_since: number;
}

/** Databases made before staff could requeue have no `requeued_at`: add it (NULL = never requeued). */
function addRequeuedAt(database: SqliteDatabase): void {
  const present = database.prepare("SELECT 1 FROM pragma_table_info('case_outbox') WHERE name = 'requeued_at'").get();
  if (!present) database.exec('ALTER TABLE case_outbox ADD COLUMN requeued_at INTEGER');
}

/**
 * A durable queue of messages for the council's CRM in SQLite: an item written here survives
 * restarts until it is delivered or, after failing for the whole retry window, marked dead for
 * staff to requeue. Times are milliseconds since the epoch from the dispatcher's clock.
 */
export class CaseOutbox {
  private readonly statements;

  constructor(database: SqliteDatabase) {
    database.exec(`
      CREATE TABLE IF NOT EXISTS case_outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        idempotency_key TEXT NOT NULL UNIQUE,
        body TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('pending', 'delivered', 'dead')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL,
        last_error TEXT,
        created_at INTEGER NOT NULL,
        finished_at INTEGER,
        requeued_at INTEGER
      );
      CREATE INDEX IF NOT EXISTS case_outbox_due ON case_outbox (state, next_attempt_at);
    `);
    addRequeuedAt(database);
    this.statements = {
      enqueue: database.prepare<[string, string, number, number]>(
        "INSERT OR IGNORE INTO case_outbox (idempotency_key, body, state, next_attempt_at, created_at) VALUES (?, ?, 'pending', ?, ?)",
      ),
      due: database.prepare<[number, number], ItemRow>(
        `SELECT id, idempotency_key, body, attempts, COALESCE(requeued_at, created_at) AS retrying_since
         FROM case_outbox WHERE state = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?`,
      ),
      nextAttemptAt: database.prepare<[], { at: number | null }>("SELECT MIN(next_attempt_at) AS at FROM case_outbox WHERE state = 'pending'"),
      delivered: database.prepare<[number, number, number]>("UPDATE case_outbox SET state = 'delivered', attempts = ?, last_error = NULL, finished_at = ? WHERE id = ?"),
      retry: database.prepare<[number, number, string, number]>('UPDATE case_outbox SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?'),
      dead: database.prepare<[number, string, number, number]>("UPDATE case_outbox SET state = 'dead', attempts = ?, last_error = ?, finished_at = ? WHERE id = ?"),
      status: database.prepare<[string], { state: OutboxState; attempts: number; last_error: string | null }>(
        'SELECT state, attempts, last_error FROM case_outbox WHERE idempotency_key = ?',
      ),
      counts: database.prepare<[], { state: OutboxState; count: number }>('SELECT state, COUNT(*) AS count FROM case_outbox GROUP BY state'),
      oldestPending: database.prepare<[], { at: number | null }>("SELECT MIN(created_at) AS at FROM case_outbox WHERE state = 'pending'"),
      // Attempts and the last error stay: they are the item's history.
      requeueDead: database.prepare<[number, number], { idempotency_key: string }>(
        "UPDATE case_outbox SET state = 'pending', next_attempt_at = ?, requeued_at = ?, finished_at = NULL WHERE state = 'dead' RETURNING idempotency_key",
      ),
      requeue: database.prepare<[number, number, string], { idempotency_key: string }>(
        "UPDATE case_outbox SET state = 'pending', next_attempt_at = ?, requeued_at = ?, finished_at = NULL WHERE state = 'dead' AND idempotency_key = ? RETURNING idempotency_key",
      ),
    };
  }

  /** Adds a message, due at once; a second message with the same key is ignored. */
  enqueue(idempotencyKey: string, body: string, at: number): void {
    this.statements.enqueue.run(idempotencyKey, body, at, at);
  }

  /** Pending items whose next attempt is due at `at`, oldest first. */
  due(at: number, limit: number): OutboxItem[] {
    return this.statements.due
      .all(at, limit)
      .map((row) => ({ id: row.id, idempotencyKey: row.idempotency_key, body: row.body, attempts: row.attempts, retryingSince: row.retrying_since }));
  }

  /** When the earliest pending item is due, or undefined when nothing is pending. */
  nextAttemptAt(): number | undefined {
    return this.statements.nextAttemptAt.get()?.at ?? undefined;
  }

  markDelivered(id: number, attempts: number, at: number): void {
    this.statements.delivered.run(attempts, at, id);
  }

  scheduleRetry(id: number, attempts: number, nextAttemptAt: number, error: string): void {
    this.statements.retry.run(attempts, nextAttemptAt, error, id);
  }

  markDead(id: number, attempts: number, error: string, at: number): void {
    this.statements.dead.run(attempts, error, at, id);
  }

  status(idempotencyKey: string): OutboxEntryStatus | undefined {
    const row = this.statements.status.get(idempotencyKey);
    return row ? { state: row.state, attempts: row.attempts, lastError: row.last_error } : undefined;
  }

  /** Puts every dead item back in the queue, due at `at` with a new retry window; returns their keys. */
  requeueDead(at: number): string[] {
    return this.statements.requeueDead.all(at, at).map((row) => row.idempotency_key);
  }

  /** Puts one dead item back in the queue, as `requeueDead` does; false when it is not dead. */
  requeue(idempotencyKey: string, at: number): boolean {
    return this.statements.requeue.all(at, at, idempotencyKey).length > 0;
  }

  /** Counts and the oldest pending age as of `at`, read from the table each time so they cannot drift from it. */
  summary(at: number): OutboxSummary {
    const { pending, dead } = this.counts();
    const oldest = this.statements.oldestPending.get()?.at ?? undefined;
    return { pending, dead, oldestPendingSeconds: oldest === undefined ? 0 : Math.max(0, Math.floor((at - oldest) / 1000)) };
  }

  /** How many items are in each state, for health checks and metrics. */
  counts(): Record<OutboxState, number> {
    const counts: Record<OutboxState, number> = { pending: 0, delivered: 0, dead: 0 };
    for (const row of this.statements.counts.all()) counts[row.state] = row.count;
    return counts;
  }
}
