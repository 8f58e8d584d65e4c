import { sql } from 'kysely';
import type { SqlDatabase } from './sqlDatabase.js';

export interface ProbeOptions {
  /** A check not settled by then counts as "does not answer": a frozen database must not hold the probe. */
  timeoutMs?: number;
  /** An answer is reused this long, so load balancer probes from every node do not each query the database. */
  keepMs?: number;
  now?: () => number;
}

/**
 * Whether a dependency answers, for /readyz: `check` run at most once per `keepMs` (callers
 * meanwhile share the answer, or the check in flight), false when it fails or outlasts `timeoutMs`.
 */
export function cachedProbe(check: () => Promise<unknown>, { timeoutMs = 1_500, keepMs = 2_000, now = Date.now }: ProbeOptions = {}): () => Promise<boolean> {
  let last: { at: number; answer: Promise<boolean> } | undefined;
  const run = async (): Promise<boolean> => {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    try {
      return await Promise.race([check().then(() => true, () => false), timedOut]);
    } finally {
      clearTimeout(timer);
    }
  };
  return () => {
    if (!last || now() - last.at >= keepMs) last = { at: now(), answer: run() };
    return last.answer;
  };
}

/** Does the app's database answer a `select 1` in time. */
export function databaseProbe(database: SqlDatabase, options: ProbeOptions = {}): () => Promise<boolean> {
  return cachedProbe(() => sql`SELECT 1`.execute(database.db), options);
}
