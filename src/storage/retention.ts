import type { Logger } from '../logger.js';

/** Anything with a retention schedule: telemetry events, transcripts, idle conversations. */
export interface Prunable {
  /** Deletes what is older than `days` days; returns how many rows went. */
  pruneOlderThan(days: number): Promise<number>;
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
}

export interface RetentionSchedule {
  stop(): void;
}

const dayMs = 24 * 60 * 60 * 1000;

/** The moment `days` whole days before `now`: rows older than this are past retention. */
export const daysBefore = (now: Date, days: number): Date => new Date(now.getTime() - days * dayMs);

/**
 * Applies a retention schedule now and then on a timer. The timer does not keep the process
 * alive, and a failed prune is logged and tried again next time.
 */
export function startRetention({ store, what, retentionDays, logger, intervalMs = 6 * 60 * 60 * 1000 }: RetentionOptions): RetentionSchedule {
  const prune = async (): Promise<void> => {
    try {
      const deleted = await store.pruneOlderThan(retentionDays);
      if (deleted > 0) logger.info({ deleted, retentionDays, what }, 'retention: old rows deleted');
    } catch (error) {
      logger.error({ err: error, what }, 'retention: pruning failed');
    }
  };
  void prune();
  const timer = setInterval(() => void prune(), intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
