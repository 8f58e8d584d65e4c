import { describe, expect, it } from 'vitest';
import { WindowedCounts } from '../../src/storage/windowedCounts.js';
import { engines, openTestDatabase, openTwoInstances } from '../support/sqlDatabases.js';

describe.each(engines)('windowed counts on %s', (engine) => {
  it('counts a request when it arrives, so requests in flight together are refused past the limit', async () => {
    const counts = new WindowedCounts({ database: await openTestDatabase(engine), now: () => 0 });
    const answers = await Promise.all(Array.from({ length: 10 }, () => counts.take([{ key: 'client:10.0.0.1', limit: 3 }], 60_000)));
    expect(answers.filter((wait) => wait === 0)).toHaveLength(3);
    expect(answers.filter((wait) => wait === 60)).toHaveLength(7);
  });

  it('refuses when any of its keys is over the limit, and then counts none of them', async () => {
    const counts = new WindowedCounts({ database: await openTestDatabase(engine), now: () => 0 });
    await counts.take([{ key: 'client:10.0.0.1', limit: 2 }, { key: 'username:alice', limit: 2 }], 60_000);
    await counts.take([{ key: 'client:10.0.0.2', limit: 2 }, { key: 'username:alice', limit: 2 }], 60_000);
    expect(await counts.take([{ key: 'client:10.0.0.3', limit: 2 }, { key: 'username:alice', limit: 2 }], 60_000)).toBe(60);
    // 10.0.0.3 was not counted by the refused request: it still has both of its two.
    expect(await counts.take([{ key: 'client:10.0.0.3', limit: 2 }, { key: 'username:bob', limit: 2 }], 60_000)).toBe(0);
    expect(await counts.take([{ key: 'client:10.0.0.3', limit: 2 }, { key: 'username:carol', limit: 2 }], 60_000)).toBe(0);
    expect(await counts.take([{ key: 'client:10.0.0.3', limit: 2 }, { key: 'username:dave', limit: 2 }], 60_000)).toBe(60);
  });

  it('starts a key afresh when its window passes or it is forgotten', async () => {
    let now = 0;
    const counts = new WindowedCounts({ database: await openTestDatabase(engine), now: () => now });
    await counts.take([{ key: 'client:10.0.0.1', limit: 1 }], 60_000);
    now = 30_000;
    expect(await counts.take([{ key: 'client:10.0.0.1', limit: 1 }], 60_000)).toBe(30);
    now = 60_000;
    expect(await counts.take([{ key: 'client:10.0.0.1', limit: 1 }], 60_000)).toBe(0);
    await counts.forget(['client:10.0.0.1']);
    expect(await counts.take([{ key: 'client:10.0.0.1', limit: 1 }], 60_000)).toBe(0);
  });

  it('holds each key to its own limit, and a key given back may be counted again', async () => {
    const counts = new WindowedCounts({ database: await openTestDatabase(engine), now: () => 0 });
    const attempt = (username: string) => [{ key: `person:10.0.0.1/${username}`, limit: 1 }, { key: 'client:10.0.0.1', limit: 3 }];
    expect(await counts.take(attempt('alice'), 60_000)).toBe(0);
    expect(await counts.take(attempt('alice'), 60_000)).toBe(60);
    expect(await counts.take(attempt('bob'), 60_000)).toBe(0);
    expect(await counts.take(attempt('carol'), 60_000)).toBe(0);
    expect(await counts.take(attempt('dave'), 60_000)).toBe(60);
    await counts.giveBack(['client:10.0.0.1']);
    expect(await counts.take(attempt('dave'), 60_000)).toBe(0);
  });

  it('writes nothing for a refused request, and keeps no address or name in the clear', async () => {
    const database = await openTestDatabase(engine);
    const counts = new WindowedCounts({ database, now: () => 0 });
    await counts.take([{ key: 'client:10.0.0.1', limit: 1 }, { key: 'username:alice', limit: 1 }], 60_000);
    for (let guess = 0; guess < 20; guess += 1) expect(await counts.take([{ key: 'client:10.0.0.1', limit: 1 }, { key: `username:random${guess}`, limit: 1 }], 60_000)).toBe(60);
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
      const answers = await Promise.all(Array.from({ length: 16 }, (_, index) => instances[index % 2]!.take(keys.map((key) => ({ key, limit: 5 })), 60_000)));
      expect(answers.filter((wait) => wait === 0)).toHaveLength(5);
    }
  });
});
