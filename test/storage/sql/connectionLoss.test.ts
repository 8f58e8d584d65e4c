import { createConnection, createServer, type Server } from 'node:net';
import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it, onTestFinished } from 'vitest';
import { listenForNotifications } from '../../../src/storage/sql/notifications.js';
import { openAppDatabase } from '../../../src/storage/sql/openAppDatabase.js';
import { capturedLogger } from '../../support/capturedLogger.js';
import { createPostgresDatabase } from '../../support/sqlDatabases.js';

/** Ends every session on `url`'s database but the caller's, as `pg_terminate_backend` from another connection (an operator, a failover). */
async function terminateBackends(url: string): Promise<number> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const { rows } = await admin.query('SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
    return rows.filter((row: { ended: boolean }) => row.ended).length;
  } finally {
    await admin.end();
  }
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** A TCP port that refuses connections until `open()`, then passes them to PostgreSQL: a database that comes up late. */
async function lateDatabase(url: string): Promise<{ url: string; open(): void }> {
  const target = new URL(url);
  const server: Server = createServer((socket) => {
    const upstream = createConnection(Number(target.port), target.hostname);
    socket.pipe(upstream).pipe(socket);
    socket.on('error', () => upstream.destroy());
    upstream.on('error', () => socket.destroy());
  });
  const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)));
  await new Promise<void>((resolve) => server.close(() => resolve()));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const late = new URL(url);
  late.port = String(port);
  return { url: late.toString(), open: () => server.listen(port, '127.0.0.1') };
}

describe('PostgreSQL connections lost or not yet there', () => {
  it('the pool survives its idle connections being terminated, and the next queries open new ones', async () => {
    const url = await createPostgresDatabase();
    const { logger, lines } = capturedLogger();
    const database = await openAppDatabase({ databaseUrl: url, dataDir: '' }, { logger });
    onTestFinished(() => database.close());
    // Several idle connections in the pool.
    await Promise.all([1, 2, 3].map((n) => sql`SELECT pg_sleep(0.05), ${n}::int AS n`.execute(database.db)));
    expect(await terminateBackends(url)).toBeGreaterThanOrEqual(3);
    await until(() => lines.filter((line) => line.includes('connection was lost')).length >= 3);
    const { rows } = await sql<{ n: number }>`SELECT 1 AS n`.execute(database.db);
    expect(rows).toEqual([{ n: 1 }]);
  });

  it('a connection terminated while checked out (between a transaction\'s statements) fails that transaction, not the process', async () => {
    const url = await createPostgresDatabase();
    const { logger, lines } = capturedLogger();
    const database = await openAppDatabase({ databaseUrl: url, dataDir: '' }, { logger });
    onTestFinished(() => database.close());
    const transaction = database.db.transaction().execute(async (inside) => {
      await sql`SELECT 1`.execute(inside);
      expect(await terminateBackends(url)).toBeGreaterThanOrEqual(1);
      // PostgreSQL's notice of the end reaches the checked-out connection while it waits here.
      await until(() => lines.some((line) => line.includes('connection was lost')));
      await sql`SELECT 2`.execute(inside);
    });
    await expect(transaction).rejects.toThrow();
    const { rows } = await sql<{ n: number }>`SELECT 3 AS n`.execute(database.db);
    expect(rows).toEqual([{ n: 3 }]);
  });

  it('the listening connection, terminated, listens again and hears the next notice', async () => {
    const url = await createPostgresDatabase();
    const heard: string[] = [];
    const errors: unknown[] = [];
    let listening = 0;
    const listener = await listenForNotifications(url, 'changes', {
      onNotification: (payload) => heard.push(payload),
      onListening: () => void (listening += 1),
      onError: (error) => errors.push(error),
    });
    onTestFinished(() => listener.close());
    expect(listening).toBe(1);
    expect(await terminateBackends(url)).toBe(1);
    await until(() => listening === 2);
    expect(errors.length).toBeGreaterThan(0);
    const sender = new pg.Client({ connectionString: url });
    await sender.connect();
    await sender.query(`SELECT pg_notify('changes', 'after')`);
    await sender.end();
    await until(() => heard.length === 1);
    expect(heard).toEqual(['after']);
  });

  it('an instance started while the database is down waits for it, saying so, instead of failing', async () => {
    const late = await lateDatabase(await createPostgresDatabase());
    const { logger, lines } = capturedLogger();
    const waits: number[] = [];
    const database = await openAppDatabase(
      { databaseUrl: late.url, dataDir: '' },
      {
        logger,
        sleep: async (milliseconds) => {
          waits.push(milliseconds);
          if (waits.length === 3) late.open();
        },
      },
    );
    onTestFinished(() => database.close());
    expect(waits).toEqual([1_000, 2_000, 4_000]);
    expect(lines.filter((line) => line.includes('waiting for it'))).toHaveLength(3);
    const { rows } = await sql<{ n: number }>`SELECT 1 AS n`.execute(database.db);
    expect(rows).toEqual([{ n: 1 }]);
  });
});
