import type { DispatcherClock } from '../../src/cases/crmDispatcher.js';

/** Virtual time: sleeping moves the clock on at once, so Retry-After, backoff and a days-long outage cost no real time. */
export function virtualClock(start = Date.parse('2026-11-05T10:00:00Z')): DispatcherClock {
  let now = start;
  return {
    now: () => now,
    sleep: async (ms) => {
      now += ms;
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}
