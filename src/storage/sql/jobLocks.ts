import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { JobLocks } from '../retention.js';
import type { SqlDatabase } from './sqlDatabase.js';

/** A job's advisory lock key: 64 bits of the SHA-256 of its name, so every instance computes the same key. */
const lockKey = (job: string): string => BigInt.asIntN(64, BigInt(`0x${createHash('sha256').update(job).digest('hex').slice(0, 16)}`)).toString();

/**
 * Periodic jobs on one instance at a time. On PostgreSQL a job holds `pg_try_advisory_lock` on
 * its key, on one pooled connection, for as long as it runs: an instance that finds the lock
 * taken skips that run, and a crashed holder's lock goes with its connection. SQLite has one
 * instance, so a job always runs.
 */
export function jobLocks(database: SqlDatabase): JobLocks {
  if (database.engine === 'sqlite') return { runAlone: (_job, work) => work() };
  return {
    runAlone: (job, work) =>
      database.db.connection().execute(async (connection) => {
        const key = lockKey(job);
        const { rows } = await sql<{ locked: boolean }>`SELECT pg_try_advisory_lock(${key}::bigint) AS locked`.execute(connection);
        if (!rows[0]?.locked) return undefined;
        try {
          return await work();
        } finally {
          await sql`SELECT pg_advisory_unlock(${key}::bigint)`.execute(connection);
        }
      }),
  };
}
