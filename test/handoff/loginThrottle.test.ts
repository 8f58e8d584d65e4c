import { describe, expect, it } from 'vitest';
import { LoginThrottle } from '../../src/handoff/loginThrottle.js';
import { engines, openTestDatabase, openTwoInstances } from '../support/sqlDatabases.js';

describe.each(engines)('the sign-in throttle on %s', (engine) => {
  it('counts an attempt when it starts, so guesses in flight together are refused past the limit', async () => {
    const throttle = new LoginThrottle({ database: await openTestDatabase(engine), maxFailures: 3, windowMs: 60_000, now: () => 0 });
    const answers = await Promise.all(Array.from({ length: 10 }, () => throttle.begin(['client:10.0.0.1'])));
    expect(answers.filter((wait) => wait === 0)).toHaveLength(3);
    expect(answers.filter((wait) => wait === 60)).toHaveLength(7);
  });

  it('blocks on any of its keys: the client, or the username tried from anywhere', async () => {
    const throttle = new LoginThrottle({ database: await openTestDatabase(engine), maxFailures: 2, windowMs: 60_000, now: () => 0 });
    await throttle.begin(['client:10.0.0.1', 'username:alice']);
    await throttle.begin(['client:10.0.0.2', 'username:alice']);
    expect(await throttle.begin(['client:10.0.0.3', 'username:alice'])).toBe(60);
    expect(await throttle.begin(['client:10.0.0.3', 'username:bob'])).toBe(0);
  });

  it('forgets a key when its window passes or its attempt succeeds', async () => {
    let now = 0;
    const throttle = new LoginThrottle({ database: await openTestDatabase(engine), maxFailures: 1, windowMs: 60_000, now: () => now });
    await throttle.begin(['client:10.0.0.1']);
    now = 30_000;
    expect(await throttle.begin(['client:10.0.0.1'])).toBe(30);
    now = 60_000;
    expect(await throttle.begin(['client:10.0.0.1'])).toBe(0);
    await throttle.succeeded(['client:10.0.0.1']);
    expect(await throttle.begin(['client:10.0.0.1'])).toBe(0);
  });

  it('writes nothing for a refused attempt, and keeps no address or username in the clear', async () => {
    const database = await openTestDatabase(engine);
    const throttle = new LoginThrottle({ database, maxFailures: 1, windowMs: 60_000, now: () => 0 });
    await throttle.begin(['client:10.0.0.1', 'username:alice']);
    for (let guess = 0; guess < 20; guess += 1) expect(await throttle.begin(['client:10.0.0.1', `username:random${guess}`])).toBe(60);
    const rows = await database.db.selectFrom('sign_in_attempts').selectAll().execute();
    expect(rows).toHaveLength(2);
    expect(JSON.stringify(rows)).not.toMatch(/10\.0\.0\.1|alice/);
  });
});

describe('the sign-in throttle on two instances of one PostgreSQL database', () => {
  it('shares one count: guesses spread over both at once let exactly the limit through', async () => {
    const [first, second] = await openTwoInstances();
    const instances = [first, second].map((database) => new LoginThrottle({ database, maxFailures: 5, windowMs: 60_000, now: () => 0 }));
    for (let round = 0; round < 5; round += 1) {
      const keys = [`client:10.0.${round}.1`, `username:user${round}`];
      const answers = await Promise.all(Array.from({ length: 16 }, (_, index) => instances[index % 2]!.begin(keys)));
      expect(answers.filter((wait) => wait === 0)).toHaveLength(5);
    }
  });
});
