import type { Logger } from '../logger.js';
/** Anything with a retention schedule: telemetry events, conversation transcripts. */
export interface Prunable {
  /** Deletes what is older than `days` days; returns how many rows went. */
  pruneOlderThan(days: number): number;
}

export interface TelemetryRetentionOptions {
  store: Prunable;
  /** What the store holds, for the log line, e.g. "telemetry events". */
  what?: string;
  /** Rows older than this many days are deleted (METRICS_RETENTION_DAYS, TRANSCRIPT_RETENTION_DAYS). */
  retentionDays: number;
  logger: Logger;
  /** How often to prune; every six hours by default. */
  intervalMs?: number;
}

export interface TelemetryRetention {
  stop(): void;
}

/**
 * Applies the retention schedule now and then on a timer. The timer does not keep the process
 * alive, and a failed prune is logged and tried again next time.
 */
export function startTelemetryRetention({ store, what = 'telemetry events', retentionDays, logger, intervalMs = 6 * 60 * 60 * 1000 }: TelemetryRetentionOptions): TelemetryRetention {
  const prune = (): void => {
    try {
      const deleted = store.pruneOlderThan(retentionDays);
      if (deleted > 0) logger.info({ deleted, retentionDays, what }, 'retention: old rows deleted');
    } catch (error) {
      logger.error({ err: error, what }, 'retention: pruning failed');
    }
  };
  prune();
  const timer = setInterval(prune, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
