import { describe, expect, it } from 'vitest';
import { WindowedCounts } from '../../src/storage/windowedCounts.js';
import { engines, openTestDatabase, openTwoInstances } from '../support/sqlDatabases.js';

describe.each(engines)('windowed counts on %s', (engine) => {
  it('counts a request when it arrives, so requests in flight together are refused past the limit', async () => {
    const counts = new WindowedCounts({ database: await openTestDatabase(engine), now: () => 0 });
    const answers = await Promise.all(Array.from({ length: 10 }, () => counts.take(['client:10.0.0.1'], 3, 60_000)));
    expect(answers.filter((wait) => wait === 0)).toHaveLength(3);
    expect(answers.filter((wait) => wait === 60)).toHaveLength(7);
  });

  it('refuses when any of its keys is over the limit, and then counts none of them', async () => {
    const counts = new WindowedCounts({ database: await openTestDatabase(engine), now: () => 0 });
    await counts.take(['client:10.0.0.1', 'username:alice'], 2, 60_000);
    await counts.take(['client:10.0.0.2', 'username:alice'], 2, 60_000);
    expect(await counts.take(['client:10.0.0.3', 'username:alice'], 2, 60_000)).toBe(60);
    // 10.0.0.3 was not counted by the refused request: it still has both of its two.
    expect(await counts.take(['client:10.0.0.3', 'username:bob'], 2, 60_000)).toBe(0);
    expect(await counts.take(['client:10.0.0.3', 'username:carol'], 2, 60_000)).toBe(0);
    expect(await counts.take(['client:10.0.0.3', 'username:dave'], 2, 60_000)).toBe(60);
  });

  it('starts a key afresh when its window passes or it is forgotten', async () => {
    let now = 0;
    const counts = new WindowedCounts({ database: await openTestDatabase(engine), now: () => now });
    await counts.take(['client:10.0.0.1'], 1, 60_000);
    now = 30_000;
    expect(await counts.take(['client:10.0.0.1'], 1, 60_000)).toBe(30);
    now = 60_000;
    expect(await counts.take(['client:10.0.0.1'], 1, 60_000)).toBe(0);
    await counts.forget(['client:10.0.0.1']);
    expect(await counts.take(['client:10.0.0.1'], 1, 60_000)).toBe(0);
  });

  it('writes nothing for a refused request, and keeps no address or name in the clear', async () => {
    const database = await openTestDatabase(engine);
    const counts = new WindowedCounts({ database, now: () => 0 });
    await counts.take(['client:10.0.0.1', 'username:alice'], 1, 60_000);
    for (let guess = 0; guess < 20; guess += 1) expect(await counts.take(['client:10.0.0.1', `username:random${guess}`], 1, 60_000)).toBe(60);
    const rows = await database.db.selectFrom('rate_counts').selectAll().execute();
    expect(rows).toHaveLength(2);
    expect(JSON.stringify(rows)).not.toMatch(/10\.0\.0\.1|alice/);
  });
});

describe('windowed counts on two instances of one PostgreSQL database', () => {
  it('share one count: requests spread over both at once let exactly the limit through', async () => {
    const instances = (await openTwoInstances()).map((database) => new WindowedCounts({ database, now: () => 0 }));
    for (let round = 0; round < 5; round += 1) {
      const keys = [`client:10.0.${round}.1`, `username:user${round}`];
      const answers = await Promise.all(Array.from({ length: 16 }, (_, index) => instances[index % 2]!.take(keys, 5, 60_000)));
      expect(answers.filter((wait) => wait === 0)).toHaveLength(5);
    }
  });
});
