import { monitorEventLoopDelay } from 'node:perf_hooks';

/** How a stretch of the run went for the process (the server runs in it): the printed table's columns. */
export interface Measures {
  /** The longest the event loop was held, in ms (10 ms resolution). */
  maxEventLoopDelayMs: number;
  rssBeforeMb: number;
  rssAfterMb: number;
}

const megabytes = (bytes: number): number => Math.round(bytes / 1024 / 1024);

/** Starts measuring; `stop` returns what happened since. */
export function startMeter(): { stop(): Measures } {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const rssBeforeMb = megabytes(process.memoryUsage().rss);
  return {
    stop() {
      delay.disable();
      return { maxEventLoopDelayMs: Math.round(delay.max / 1e6), rssBeforeMb, rssAfterMb: megabytes(process.memoryUsage().rss) };
    },
  };
}
