import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { SqlDatabase } from './sql/sqlDatabase.js';

export interface WindowedCountsOptions {
  database: SqlDatabase;
  now?: () => number;
}

/** How many counts one key may have in a window. */
export interface Allowance {
  key: string;
  limit: number;
  /** What this request counts for: 1 unless it is measured in something else (characters, say). */
  amount?: number;
}

/** A window's allowance used up: how long until the most restricted key may go again. */
class OverLimit extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('over the limit');
  }
}

// Keys name client addresses, usernames and conversations: only their digest is stored.
const digest = (key: string): string => createHash('sha256').update(key).digest('hex');

/** Lapsed rows are cleared at most this often; a lapsed row is reset by its next use anyway. */
const pruneEveryMs = 60_000;

/**
 * Fixed-window counts per key in the app's database, so a limit holds across every instance
 * behind a load balancer rather than once per instance. Each key is one upsert that returns its
 * new count, all in one transaction that is rolled back when any key is over its limit: a refused
 * request writes nothing, and two instances counting at once cannot both slip through.
 *
 * Written here rather than taken from rate-limiter-flexible (which the memory limits used) because
 * its PostgreSQL store makes its own table outside the migrations and it has none for SQLite on
 * Kysely: this is one statement per key on the same database as everything else.
 */
export class WindowedCounts {
  private readonly database: SqlDatabase;
  private readonly now: () => number;
  private prunedAt = Number.NEGATIVE_INFINITY;

  constructor({ database, now = Date.now }: WindowedCountsOptions) {
    this.database = database;
    this.now = now;
  }

  /**
   * Counts each key's amount (one unless given), each in its window of `windowMs` from its first count: 0 when every
   * key stays within its limit (and they are counted), otherwise the seconds until the most
   * restricted key's window ends (and nothing is counted).
   */
  async take(allowances: readonly Allowance[], windowMs: number): Promise<number> {
    const now = this.now();
    if (now - this.prunedAt >= pruneEveryMs) {
      this.prunedAt = now;
      await this.database.db.deleteFrom('rate_counts').where('window_ends_at', '<=', now).execute();
    }
    // One order for every request's row locks, so two requests sharing keys cannot deadlock.
    const limits = new Map<string, number>();
    const amounts = new Map<string, number>();
    for (const { key, limit, amount = 1 } of allowances) {
      const keyDigest = digest(key);
      limits.set(keyDigest, Math.min(limit, limits.get(keyDigest) ?? limit));
      amounts.set(keyDigest, Math.max(amount, amounts.get(keyDigest) ?? amount));
    }
    const digests = [...limits.keys()].sort();
    try {
      await this.database.db.transaction().execute(async (transaction) => {
        // Every key in one statement, its rows in digest order (the row locks' order); each row's own
        // amount is the one it would have been inserted with (`excluded`). A statement a key was three of
        // the thirteen statements of a turn posted to /api/messages.
        const counted = await transaction
          .insertInto('rate_counts')
          .values(digests.map((keyDigest) => ({ key_digest: keyDigest, count: amounts.get(keyDigest)!, window_ends_at: now + windowMs })))
          .onConflict((conflict) =>
            conflict.column('key_digest').doUpdateSet({
              count: sql<number>`CASE WHEN rate_counts.window_ends_at <= ${now} THEN excluded.count ELSE rate_counts.count + excluded.count END`,
              window_ends_at: sql<number>`CASE WHEN rate_counts.window_ends_at <= ${now} THEN excluded.window_ends_at ELSE rate_counts.window_ends_at END`,
            }),
          )
          .returning(['key_digest', 'count', 'window_ends_at'])
          .execute();
        let wait = 0;
        for (const row of counted) {
          if (row.count > limits.get(row.key_digest)!) wait = Math.max(wait, Math.max(1, Math.ceil((Number(row.window_ends_at) - now) / 1000)));
        }
        if (wait > 0) throw new OverLimit(wait);
      });
      return 0;
    } catch (error) {
      if (error instanceof OverLimit) return error.retryAfterSeconds;
      throw error;
    }
  }

  /** Takes back one count from each key (a request that turned out not to count), never below zero. */
  async giveBack(keys: readonly string[]): Promise<void> {
    await this.database.db
      .updateTable('rate_counts')
      .set({ count: sql<number>`count - 1` })
      .where('key_digest', 'in', keys.map(digest))
      .where('count', '>', 0)
      .execute();
  }

  /** The keys start afresh. */
  async forget(keys: readonly string[]): Promise<void> {
    await this.database.db.deleteFrom('rate_counts').where('key_digest', 'in', keys.map(digest)).execute();
  }
}
