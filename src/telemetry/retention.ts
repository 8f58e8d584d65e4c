import type { Logger } from '../logger.js';
import type { TelemetryEventStore } from './telemetryEventStore.js';

export interface TelemetryRetentionOptions {
  store: TelemetryEventStore;
  /** Events older than this many days are deleted (METRICS_RETENTION_DAYS). */
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
export function startTelemetryRetention({ store, retentionDays, logger, intervalMs = 6 * 60 * 60 * 1000 }: TelemetryRetentionOptions): TelemetryRetention {
  const prune = (): void => {
    try {
      const deleted = store.pruneOlderThan(retentionDays);
      if (deleted > 0) logger.info({ deleted, retentionDays }, 'telemetry: old events deleted');
    } catch (error) {
      logger.error({ err: error }, 'telemetry: pruning old events failed');
    }
  };
  prune();
  const timer = setInterval(prune, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
