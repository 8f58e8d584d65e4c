import { sql } from 'kysely';
import type { SqlDatabase } from './sql/sqlDatabase.js';

/**
 * Runs one conversation's turns one at a time, on every instance: a turn reads the
 * conversation's memory, changes it and saves it, and a second turn started meanwhile (a resident
 * who sends two messages at once, through a load balancer to two instances) would otherwise read
 * the memory the first has not saved yet.
 */
export interface ConversationLock {
  /** Runs `work` once no other turn of `key` runs anywhere; waits at most `waitMs` (the lock's own timeout by default). */
  run<T>(key: string, work: (held: HeldLock) => Promise<T>, waitMs?: number): Promise<T>;
}

/** A running turn's hold on its conversation's lock. */
export interface HeldLock {
  /**
   * Rejects with `ConversationLockLostError` once the lock is no longer the turn's: PostgreSQL ended
   * the session of an instance frozen past `heldAtMostMilliseconds`, another instance may have run
   * the turn's message since, and what this turn would say next could answer it twice, or answer
   * it against a conversation that has moved on (PostgreSQL re-trial 15: a resumed instance replied
   * to a message another had answered 4 s before). Resolves once the turn has ended.
   */
  confirm(): Promise<void>;
}

export class ConversationLockTimeoutError extends Error {}
export class ConversationLockLostError extends Error {}

/** In one process nothing takes a lock from a turn that holds it. */
const heldForSure: HeldLock = { confirm: async () => undefined };

/** How long a turn waits for the one before it: longer than any turn takes, short of a hung request. */
const lockWaitMs = 20_000;
/**
 * The longest a turn may hold its conversation's lock on PostgreSQL: over the longest turn (an LLM
 * call's three attempts at the default 10 s timeout, twice in a turn, with their backoff), so only
 * a frozen or cut-off instance reaches it. Meanwhile the conversation's messages on other instances
 * get the safety rules' reply and are asked to send again (`lockedTurnReply`).
 */
const heldAtMostMilliseconds = 90_000;

/**
 * Within one process: each key's turns queue behind each other. The map holds only keys with a
 * turn running or waiting.
 */
function inProcessQueue(): ConversationLock {
  const tails = new Map<string, Promise<unknown>>();
  return {
    async run(key, work, waitMs = lockWaitMs) {
      const before = tails.get(key) ?? Promise.resolve();
      let release!: () => void;
      const mine = new Promise<void>((resolve) => (release = resolve));
      const tail = before.then(() => mine);
      tails.set(key, tail);
      try {
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new ConversationLockTimeoutError(`turn of ${key} waited ${waitMs} ms for the one before it`)), waitMs);
        });
        try {
          await Promise.race([before, timedOut]);
        } finally {
          clearTimeout(timer);
        }
        return await work(heldForSure);
      } finally {
        release();
        if (tails.get(key) === tail) tails.delete(key);
      }
    },
  };
}

/**
 * Across instances on PostgreSQL: a transaction-scoped advisory lock on a hash of the key, held by
 * a pooled connection for the turn and released by the transaction's end, even when the instance
 * dies mid-turn (the connection closes). Turns of one conversation in this process queue first, so
 * they do not each hold a connection while they wait.
 */
function advisoryLock(database: SqlDatabase, local: ConversationLock): ConversationLock {
  const lockedRun = async <T>(key: string, work: (held: HeldLock) => Promise<T>, waitMs: number): Promise<T> => {
    let ended: { result: T } | { error: unknown } | undefined;
    try {
      return await database.db.transaction().execute(async (transaction) => {
        // The pool's statement timeout is shorter than this wait: the lock's own timeout decides.
        // The lock's connection sits idle in its transaction while the turn runs; an instance that
        // freezes mid-turn (a paused VM) would hold it for ever, so PostgreSQL ends the session after
        // `heldAtMostMilliseconds` of that, longer than any turn.
        await sql`SELECT set_config('lock_timeout', ${`${waitMs}ms`}, true), set_config('statement_timeout', ${`${waitMs + 1_000}ms`}, true), set_config('idle_in_transaction_session_timeout', ${`${heldAtMostMilliseconds}ms`}, true)`.execute(transaction);
        try {
          await sql`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(transaction);
        } catch (error) {
          throw new ConversationLockTimeoutError(`turn of ${key} could not take the conversation's lock`, { cause: error });
        }
        // A query on the lock's own connection answers only while its session, and so the lock, lives.
        const held: HeldLock = {
          confirm: async () => {
            if (ended) return;
            try {
              await sql`SELECT 1`.execute(transaction);
            } catch (error) {
              throw new ConversationLockLostError(`turn of ${key} lost the conversation's lock`, { cause: error });
            }
          },
        };
        try {
          ended = { result: await work(held) };
        } catch (error) {
          ended = { error };
          throw error;
        }
        return ended.result;
      });
    } catch (error) {
      // The turn ran to its end and only ending the lock's transaction failed: PostgreSQL had ended the
      // session of an instance frozen past `heldAtMostMilliseconds`. The resident has had the turn's
      // answer; failing now sent them "Sorry, something went wrong" for nothing (PostgreSQL trial 13, R7).
      if (ended && 'result' in ended) return ended.result;
      // The turn's own failure, not the rollback's on a connection PostgreSQL had closed, which hid a
      // state conflict or a lost lock behind "Client has encountered a connection error" and an
      // apology (PostgreSQL re-trial 15).
      if (ended) throw ended.error;
      throw error;
    }
  };
  return { run: (key, work, waitMs = lockWaitMs) => local.run(key, () => lockedRun(key, work, waitMs), waitMs) };
}

/** The lock for the app's database: in-process on SQLite (one instance), advisory on PostgreSQL. */
export function conversationLock(database: SqlDatabase): ConversationLock {
  const local = inProcessQueue();
  return database.engine === 'postgres' ? advisoryLock(database, local) : local;
}
