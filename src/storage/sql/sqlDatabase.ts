import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { SqliteDatabase } from '../database.js';
import { NulFreeStrings } from './nulFree.js';
import type { Tables } from './tables.js';

/** Which engine a store runs on: the embedded default, or PostgreSQL for several instances. */
export type SqlEngine = 'sqlite' | 'postgres';

/**
 * The one database every store writes to, through Kysely so that each store is written once
 * for both engines. `engine` is there for the few statements the engines spell differently
 * (row locks, advisory locks, sequences); a store branches on it, never on the driver.
 */
export interface SqlDatabase {
  readonly db: Kysely<Tables>;
  readonly engine: SqlEngine;
  close(): Promise<void>;
}

/**
 * PostgreSQL returns BIGINT (int8) and NUMERIC as strings by default. Every BIGINT here is a
 * count or milliseconds since the epoch, far inside Number's exact range, so read it as a number
 * and let both engines hand the stores the same types.
 */
const postgresTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === pg.types.builtins.INT8) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
};

/**
 * How long PostgreSQL may take before a request gives up, so a stopped or frozen database answers
 * residents with a 503 in seconds rather than after the load balancer's own timeout. A statement
 * runs at most `statementMs` on the server (the conversation lock sets its own, longer wait); a
 * frozen server, which cannot time out its own statements, is given up on by the client after
 * `queryMs`, just past the longest wait any statement is allowed. A transaction left open between its
 * statements for `idleInTransactionMs` (its instance frozen, a paused VM) is ended by PostgreSQL with
 * its locks: before, a Direct Line append frozen mid-transaction held its conversation for as long as
 * the freeze, and every message to it, a disclosure too, failed after 10 s (PostgreSQL trial 13). No
 * store's transaction waits on anything but the database; the conversation lock's, which spans a
 * turn, sets its own (see conversationLock.ts).
 */
export const postgresTimeouts = { connectMs: 5_000, statementMs: 10_000, queryMs: 25_000, idleInTransactionMs: 8_000 } as const;

export interface PostgresOptions {
  poolSize?: number;
  /** How long a transaction may sit idle between its statements before PostgreSQL ends it (tests shorten it). */
  idleInTransactionMs?: number;
  /**
   * A pooled connection lost, idle or in use (the database stopped or restarted, or its backend
   * terminated): reported once. The pool drops it and makes a new one for the next query; a query
   * it was running fails.
   */
  onConnectionLost?: (error: Error) => void;
}

/** PostgreSQL from a `postgres://` URL, with a pool sized for one instance's turns and jobs. */
export function openPostgres(url: string, { poolSize = 10, idleInTransactionMs = postgresTimeouts.idleInTransactionMs, onConnectionLost = () => undefined }: PostgresOptions = {}): SqlDatabase {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    types: postgresTypes,
    connectionTimeoutMillis: postgresTimeouts.connectMs,
    statement_timeout: postgresTimeouts.statementMs,
    query_timeout: postgresTimeouts.queryMs,
    idle_in_transaction_session_timeout: idleInTransactionMs,
    // A database host that vanishes without closing the connection is noticed in a minute, not the kernel's two hours.
    keepAlive: true,
    keepAliveInitialDelayMillis: 30_000,
  });
  // Every connection hears its own loss, idle or checked out (inside a transaction, between its
  // statements): the pool listens only to idle ones, and one checked out that PostgreSQL ends would
  // otherwise raise an 'error' nobody hears, and end the process.
  pool.on('connect', (client) => client.on('error', onConnectionLost));
  // The pool passes an idle connection's loss on as its own 'error', which must have a listener;
  // the connection's listener above has already reported it.
  pool.on('error', () => undefined);
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }), plugins: [new NulFreeStrings()] });
  return { db, engine: 'postgres', close: () => db.destroy() };
}

/** Distinct statements kept compiled: every store's queries, and room for `IN (…)` lists of several lengths. */
const statementsKept = 500;

/**
 * better-sqlite3's `prepare` with the compiled statements kept, least recently used dropped first.
 * Kysely's SQLite driver prepares every query afresh, and under load compiling them was a tenth of
 * a turn's CPU on the event loop; neither library keeps statements, so this does. A statement is
 * run to completion before the next query (the driver is synchronous and holds one connection),
 * so sharing one between queries is safe (no store streams rows, which would hold a statement open).
 */
function preparedOnce(database: SqliteDatabase): (text: string) => ReturnType<SqliteDatabase['prepare']> {
  const kept = new Map<string, ReturnType<SqliteDatabase['prepare']>>();
  return (text) => {
    let statement = kept.get(text);
    if (statement) kept.delete(text);
    else statement = database.prepare(text);
    kept.set(text, statement);
    if (kept.size > statementsKept) kept.delete(kept.keys().next().value!);
    return statement;
  };
}

/**
 * The embedded SQLite file through Kysely. Closing this leaves the file open: whoever opened it
 * closes it (the app through `openAppDatabase`, a test when it is done with the file).
 */
export function openSqlite(database: SqliteDatabase): SqlDatabase {
  const db = new Kysely<Tables>({
    dialect: new SqliteDialect({ database: { prepare: preparedOnce(database), close: () => undefined } }),
  });
  return { db, engine: 'sqlite', close: () => db.destroy() };
}
