import { describe, expect, it } from 'vitest';
import { CaseOutbox } from '../../src/cases/outbox.js';
import { openDatabase } from '../../src/storage/database.js';
import { migrate } from '../../src/storage/sql/migrations.js';
import { openSqlite } from '../../src/storage/sql/sqlDatabase.js';
import { engines, openTestDatabase } from '../support/sqlDatabases.js';
import { temporaryDataDir } from '../support/tempDir.js';

describe.each(engines)('CaseOutbox on %s', (engine) => {
  it('hands a due item to one claimant at a time, and to another once the claim runs out', async () => {
    const outbox = new CaseOutbox(await openTestDatabase(engine));
    await outbox.enqueue('A', '{"a":1}', 1_000);
    await outbox.enqueue('A', '{"again":1}', 1_000);
    await outbox.enqueue('B', '{}', 5_000);

    expect(await outbox.claim(2_000, 'first', 62_000)).toEqual({ id: expect.any(Number), idempotencyKey: 'A', body: '{"a":1}', attempts: 0, retryingSince: 1_000 });
    // B is not due yet, and A is held.
    expect(await outbox.claim(2_000, 'second', 62_000)).toBeUndefined();
    expect(await outbox.nextAttemptAt()).toBe(5_000);
    const taken = await outbox.claim(62_000, 'second', 122_000);
    expect(taken?.idempotencyKey).toBe('A');
    // The first claimant's outcome comes too late: the item is the second's now.
    expect(await outbox.markDelivered(taken!.id, 'first', 1, 63_000)).toBe(false);
    expect(await outbox.scheduleRetry(taken!.id, 'second', 1, 70_000, 'HTTP 503')).toBe(true);
    expect(await outbox.status('A')).toEqual({ state: 'pending', attempts: 1, lastError: 'HTTP 503' });
    expect(await outbox.summary(65_000)).toEqual({ pending: 2, dead: 0, oldestPendingSeconds: 64 });
  });

  it('requeues the dead with their history, counting the retry window from the requeue', async () => {
    const outbox = new CaseOutbox(await openTestDatabase(engine));
    await outbox.enqueue('A', '{}', 1_000);
    const item = (await outbox.claim(1_000, 'dispatcher', 9_000))!;
    expect(await outbox.markDead(item.id, 'dispatcher', 3, 'HTTP 401', 2_000)).toBe(true);
    expect(await outbox.counts()).toEqual({ pending: 0, delivered: 0, dead: 1 });
    expect(await outbox.requeue('A', 3_000)).toBe(true);
    expect(await outbox.requeue('A', 3_000)).toBe(false);
    expect(await outbox.claim(3_000, 'dispatcher', 9_000)).toMatchObject({ idempotencyKey: 'A', attempts: 3, retryingSince: 3_000 });
  });
});

describe('CaseOutbox on a SQLite file made before staff could requeue', () => {
  it('adds requeued_at, keeps retrying from the queueing time, and requeues the dead', async () => {
    const file = openDatabase(temporaryDataDir());
    file.exec(`
      CREATE TABLE case_outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT, idempotency_key TEXT NOT NULL UNIQUE, body TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('pending', 'delivered', 'dead')), attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL, last_error TEXT, created_at INTEGER NOT NULL, finished_at INTEGER
      );
      INSERT INTO case_outbox (idempotency_key, body, state, attempts, next_attempt_at, created_at) VALUES ('NBC-BIN-000001', '{}', 'pending', 4, 1000, 100);
      INSERT INTO case_outbox (idempotency_key, body, state, attempts, next_attempt_at, last_error, created_at, finished_at)
        VALUES ('NBC-BIN-000002', '{}', 'dead', 10, 900, 'HTTP 503', 200, 900);
    `);
    const database = openSqlite(file);
    await migrate(database);
    const outbox = new CaseOutbox(database);

    expect(await outbox.claim(5_000, 'dispatcher', 9_000)).toEqual({ id: 1, idempotencyKey: 'NBC-BIN-000001', body: '{}', attempts: 4, retryingSince: 100 });
    expect(await outbox.requeueDead(5_000)).toEqual(['NBC-BIN-000002']);
    expect(await outbox.status('NBC-BIN-000002')).toEqual({ state: 'pending', attempts: 10, lastError: 'HTTP 503' });
    expect(await outbox.claim(5_000, 'dispatcher', 9_000)).toMatchObject({ idempotencyKey: 'NBC-BIN-000002', retryingSince: 5_000 });
    await database.close();
    file.close();
  });
});
