import type { Logger } from '../logger.js';

/** Anything with a retention schedule: telemetry events, transcripts, idle conversations. */
export interface Prunable {
  /** Deletes what is older than `days` days; returns how many rows went. */
  pruneOlderThan(days: number): Promise<number>;
}

/** Keeps a periodic job to one instance at a time when several share a database (see sql/jobLocks.ts). */
export interface JobLocks {
  /** Runs `work` unless another instance is running `job` now; undefined when it was skipped. */
  runAlone<T>(job: string, work: () => Promise<T>): Promise<T | undefined>;
}

export interface RetentionOptions {
  store: Prunable;
  /** What the store holds, for the log line, e.g. "telemetry events". */
  what: string;
  /** Rows older than this many days are deleted. */
  retentionDays: number;
  logger: Logger;
  /** How often to prune; every six hours by default. */
  intervalMs?: number;
  /** With several instances, only the one holding the job's lock prunes; without, every run prunes. */
  locks?: JobLocks;
}

export interface RetentionSchedule {
  stop(): void;
}

const dayMs = 24 * 60 * 60 * 1000;

/** The moment `days` whole days before `now`: rows older than this are past retention. */
export const daysBefore = (now: Date, days: number): Date => new Date(now.getTime() - days * dayMs);

/**
 * Applies a retention schedule now and then on a timer. The timer does not keep the process
 * alive, and a failed prune is logged and tried again next time. Every instance runs the
 * schedule; with `locks`, a run finding another instance pruning the same data skips.
 */
export function startRetention({ store, what, retentionDays, logger, intervalMs = 6 * 60 * 60 * 1000, locks }: RetentionOptions): RetentionSchedule {
  const pruneNow = async (): Promise<number> => {
    const deleted = await store.pruneOlderThan(retentionDays);
    if (deleted > 0) logger.info({ deleted, retentionDays, what }, 'retention: old rows deleted');
    return deleted;
  };
  const prune = async (): Promise<void> => {
    try {
      const deleted = locks ? await locks.runAlone(`retention: ${what}`, pruneNow) : await pruneNow();
      if (deleted === undefined) logger.info({ what }, 'retention: skipped, another instance is pruning');
    } catch (error) {
      logger.error({ err: error, what }, 'retention: pruning failed');
    }
  };
  void prune();
  const timer = setInterval(() => void prune(), intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
