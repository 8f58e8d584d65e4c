import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { SqlDatabase } from '../storage/sql/sqlDatabase.js';

export interface LoginThrottleOptions {
  database: SqlDatabase;
  maxFailures?: number;
  windowMs?: number;
  now?: () => number;
}

// Keys name a client address and a username: only their digest is stored.
const digest = (key: string): string => createHash('sha256').update(key).digest('hex');

/** Thrown inside the transaction to undo the counting of a refused attempt. */
class Refused extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('refused');
  }
}

/**
 * Counts staff sign-in attempts per key (the client's address, the username): after
 * `maxFailures` within `windowMs` every attempt on that key waits for the window to pass.
 *
 * An attempt is counted when it starts, before the password is checked, so guesses sent in
 * parallel cannot all be checked while the first ones are still hashing; a success takes its
 * attempt back. The counts are rows in the app's database, so the limit holds across every
 * instance: guesses spread over two instances behind a load balancer share one count. Each key
 * is one upsert that returns the new count, run in one transaction that is rolled back when any
 * key is over the limit, so a refused attempt writes nothing (random usernames from a blocked
 * client do not grow the table) and two instances counting at once cannot both slip through.
 */
export class LoginThrottle {
  private readonly database: SqlDatabase;
  private readonly maxFailures: number;
  private readonly windowMs: number;
  private readonly now: () => number;

  constructor({ database, maxFailures = 5, windowMs = 15 * 60 * 1000, now = Date.now }: LoginThrottleOptions) {
    this.database = database;
    this.maxFailures = maxFailures;
    this.windowMs = windowMs;
    this.now = now;
  }

  /**
   * Starts an attempt on every key: 0 when it may go ahead (and it is counted now), otherwise
   * the seconds until the most restricted key may try again (and nothing is counted).
   */
  async begin(keys: readonly string[]): Promise<number> {
    const now = this.now();
    await this.database.db.deleteFrom('sign_in_attempts').where('window_ends_at', '<=', now).execute();
    // One order for every attempt's row locks, so two attempts sharing keys cannot deadlock.
    const digests = [...new Set(keys.map(digest))].sort();
    try {
      await this.database.db.transaction().execute(async (transaction) => {
        let wait = 0;
        for (const keyDigest of digests) {
          const counted = await transaction
            .insertInto('sign_in_attempts')
            .values({ key_digest: keyDigest, attempts: 1, window_ends_at: now + this.windowMs })
            .onConflict((conflict) =>
              conflict.column('key_digest').doUpdateSet({
                attempts: sql<number>`CASE WHEN sign_in_attempts.window_ends_at <= ${now} THEN 1 ELSE sign_in_attempts.attempts + 1 END`,
                window_ends_at: sql<number>`CASE WHEN sign_in_attempts.window_ends_at <= ${now} THEN ${now + this.windowMs} ELSE sign_in_attempts.window_ends_at END`,
              }),
            )
            .returning(['attempts', 'window_ends_at'])
            .executeTakeFirstOrThrow();
          if (counted.attempts > this.maxFailures) wait = Math.max(wait, Math.ceil((Number(counted.window_ends_at) - now) / 1000));
        }
        if (wait > 0) throw new Refused(wait);
      });
      return 0;
    } catch (error) {
      if (error instanceof Refused) return error.retryAfterSeconds;
      throw error;
    }
  }

  /** The attempt was right: the keys start afresh. */
  async succeeded(keys: readonly string[]): Promise<void> {
    await this.database.db.deleteFrom('sign_in_attempts').where('key_digest', 'in', keys.map(digest)).execute();
  }
}
