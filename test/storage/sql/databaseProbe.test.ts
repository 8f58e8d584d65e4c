import { describe, expect, it, onTestFinished } from 'vitest';
import { cachedProbe, databaseProbe } from '../../../src/storage/sql/databaseProbe.js';
import { openPostgres } from '../../../src/storage/sql/sqlDatabase.js';
import { createPostgresDatabase, engines, openTestDatabase } from '../../support/sqlDatabases.js';

describe('cachedProbe', () => {
  it.each<[string, () => Promise<unknown>, boolean]>([
    ['answers', async () => 1, true],
    ['fails', async () => Promise.reject(new Error('connect ECONNREFUSED')), false],
    ['never answers (a frozen database)', () => new Promise(() => undefined), false],
  ])('a check that %s reads as %s', async (_, check, expected) => {
    expect(await cachedProbe(check, { timeoutMs: 50 })()).toBe(expected);
  });

  it('runs the check once per keepMs however often it is asked', async () => {
    let clock = 0;
    let checks = 0;
    const probe = cachedProbe(async () => (checks += 1), { keepMs: 2_000, now: () => clock });
    await Promise.all([probe(), probe(), probe()]);
    clock = 1_999;
    await probe();
    expect(checks).toBe(1);
    clock = 2_000;
    await probe();
    expect(checks).toBe(2);
  });
});

describe.each(engines)('databaseProbe on %s', (engine) => {
  it('reads a database that answers as answering', async () => {
    expect(await databaseProbe(await openTestDatabase(engine))()).toBe(true);
  });
});

describe('databaseProbe on PostgreSQL', () => {
  it('reads a database that is down as not answering', async () => {
    const url = new URL(await createPostgresDatabase());
    url.port = '1';
    const database = openPostgres(url.toString(), { poolSize: 1 });
    onTestFinished(() => database.close());
    expect(await databaseProbe(database)()).toBe(false);
  });
});
