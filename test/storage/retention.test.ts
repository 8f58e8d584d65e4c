import { describe, expect, it, vi } from 'vitest';
import { startRetention, type Prunable } from '../../src/storage/retention.js';
import { jobLocks } from '../../src/storage/sql/jobLocks.js';
import { openPostgres } from '../../src/storage/sql/sqlDatabase.js';
import { capturedLogger } from '../support/capturedLogger.js';
import { createPostgresDatabase, engines, openTestDatabase } from '../support/sqlDatabases.js';

/** A store whose prune waits until released, counting how many prunes run at once. */
function slowStore() {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const seen = { prunes: 0, running: 0, mostAtOnce: 0 };
  const store: Prunable = {
    async pruneOlderThan() {
      seen.prunes += 1;
      seen.running += 1;
      seen.mostAtOnce = Math.max(seen.mostAtOnce, seen.running);
      await released;
      seen.running -= 1;
      return 0;
    },
  };
  return { store, seen, release };
}

describe.each(engines)('jobLocks on %s', (engine) => {
  it('runs a job and hands back what it returned', async () => {
    const locks = jobLocks(await openTestDatabase(engine));
    expect(await locks.runAlone('retention: telemetry events', async () => 7)).toBe(7);
    expect(await locks.runAlone('retention: telemetry events', async () => 8)).toBe(8);
  });
});

describe('retention schedules of two instances on one PostgreSQL', () => {
  it('prune on one instance at a time: the other skips while the lock is held, and prunes once it is free', async () => {
    const url = await createPostgresDatabase();
    const pools = [openPostgres(url, { poolSize: 2 }), openPostgres(url, { poolSize: 2 })];
    const { store, seen, release } = slowStore();
    const logs = [capturedLogger(), capturedLogger()];
    const schedules = pools.map((pool, index) => startRetention({ store, what: 'telemetry events', retentionDays: 90, logger: logs[index]!.logger, intervalMs: 50, locks: jobLocks(pool) }));
    try {
      // One instance is pruning (held open); the other's runs find the lock taken.
      await vi.waitFor(() => expect(logs.some(({ lines }) => lines.some((line) => line.includes('another instance is pruning')))).toBe(true));
      expect(seen).toEqual({ prunes: 1, running: 1, mostAtOnce: 1 });
      // A different job is not held up by it.
      expect(await jobLocks(pools[1]!).runAlone('retention: transcripts', async () => 'ran')).toBe('ran');

      release();
      await vi.waitFor(() => expect(seen.prunes).toBeGreaterThanOrEqual(3));
      expect(seen.mostAtOnce).toBe(1);
    } finally {
      for (const schedule of schedules) schedule.stop();
      release();
      await vi.waitFor(() => expect(seen.running).toBe(0));
      await Promise.all(pools.map((pool) => pool.close()));
    }
  });
});
