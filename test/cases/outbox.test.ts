import { describe, expect, it } from 'vitest';
import { CaseOutbox } from '../../src/cases/outbox.js';
import { openDatabase } from '../../src/storage/database.js';
import { temporaryDataDir } from '../support/tempDir.js';

describe('CaseOutbox on a database made before staff could requeue', () => {
  it('adds requeued_at, keeps retrying from the queueing time, and requeues the dead', () => {
    const database = openDatabase(temporaryDataDir());
    database.exec(`
      CREATE TABLE case_outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT, idempotency_key TEXT NOT NULL UNIQUE, body TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('pending', 'delivered', 'dead')), attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL, last_error TEXT, created_at INTEGER NOT NULL, finished_at INTEGER
      );
      INSERT INTO case_outbox (idempotency_key, body, state, attempts, next_attempt_at, created_at) VALUES ('NBC-BIN-000001', '{}', 'pending', 4, 1000, 100);
      INSERT INTO case_outbox (idempotency_key, body, state, attempts, next_attempt_at, last_error, created_at, finished_at)
        VALUES ('NBC-BIN-000002', '{}', 'dead', 10, 900, 'HTTP 503', 200, 900);
    `);
    const outbox = new CaseOutbox(database);

    expect(outbox.due(5_000, 10)).toEqual([{ id: 1, idempotencyKey: 'NBC-BIN-000001', body: '{}', attempts: 4, retryingSince: 100 }]);
    expect(outbox.requeueDead(5_000)).toEqual(['NBC-BIN-000002']);
    expect(outbox.status('NBC-BIN-000002')).toEqual({ state: 'pending', attempts: 10, lastError: 'HTTP 503' });
    expect(outbox.due(5_000, 10).map((item) => [item.idempotencyKey, item.retryingSince])).toEqual([
      ['NBC-BIN-000001', 100],
      ['NBC-BIN-000002', 5_000],
    ]);
    // Opening it again finds the column already there.
    expect(() => new CaseOutbox(database)).not.toThrow();
    database.close();
  });
});
