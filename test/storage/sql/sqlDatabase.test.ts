import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { describe, expect, it, vi } from 'vitest';
import { openSqlite } from '../../../src/storage/sql/sqlDatabase.js';
import { openTwoInstances } from '../../support/sqlDatabases.js';

describe('openSqlite', () => {
  it.each([
    ['one query run many times', ['select 1 as n'], 20, 1],
    ['two queries alternating', ['select 1 as n', 'select 2 as n'], 10, 2],
  ])('compiles each distinct statement once: %s', async (_name, texts, rounds, compiled) => {
    const file = new Database(':memory:');
    const prepare = vi.spyOn(file, 'prepare');
    const { db } = openSqlite(file);
    for (let round = 0; round < rounds; round += 1) {
      for (const [index, text] of texts.entries()) {
        const { rows } = await sql<{ n: number }>`${sql.raw(text)}`.execute(db);
        expect(rows).toEqual([{ n: index + 1 }]);
      }
    }
    expect(prepare).toHaveBeenCalledTimes(compiled);
    file.close();
  });

  it('binds each run its own parameters on a kept statement, and keeps writes', async () => {
    const file = new Database(':memory:');
    file.exec('create table notes (id integer primary key, body text)');
    const { db } = openSqlite(file);
    for (const body of ['first', 'second', 'third']) await sql`insert into notes (body) values (${body})`.execute(db);
    const { rows } = await sql<{ body: string }>`select body from notes where id >= ${2} order by id`.execute(db);
    expect(rows.map((row) => row.body)).toEqual(['second', 'third']);
    file.close();
  });
});

describe('openPostgres', () => {
  it('ends a transaction left idle by a frozen instance, so its locks do not hold a conversation for as long as the freeze (PostgreSQL trial 13)', async () => {
    const [frozen, other] = await openTwoInstances(2, { idleInTransactionMs: 500 });
    let held!: () => void;
    const locked = new Promise<void>((resolve) => (held = resolve));
    let thaw!: () => void;
    const thawed = new Promise<void>((resolve) => (thaw = resolve));
    // The "frozen" instance takes a lock inside a transaction and never sends its next statement.
    void frozen.db
      .transaction()
      .execute(async (transaction) => {
        await sql`SELECT pg_advisory_xact_lock(42)`.execute(transaction);
        held();
        await thawed;
      })
      .catch(() => undefined);
    await locked;
    const started = Date.now();
    try {
      await other.db.transaction().execute((transaction) => sql`SELECT pg_advisory_xact_lock(42)`.execute(transaction));
    } finally {
      thaw();
    }
    // Within the statement timeout (10 s): the other instance waited only for the idle transaction to be ended.
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
