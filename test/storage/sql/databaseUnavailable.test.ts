import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../../../src/storage/sql/databaseUnavailable.js';

const withCode = (message: string, code?: string) => Object.assign(new Error(message), code === undefined ? {} : { code });

/** What the `pg` driver and PostgreSQL say during a restart, a failover or a lost connection, and what they say of a wrong statement. */
describe('whether an error means the database is not answering', () => {
  it.each([
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['the server shutting down, by its state', withCode('the database system is shutting down', '57P03')],
    // Two-instance trial 21, PG21-03: a chat message during a restart got a 500 with this in the log.
    ['the server shutting down, by its words alone', withCode('the database system is shutting down')],
    ['the server starting up, by its words alone', withCode('the database system is starting up')],
    ['the connection ended by an administrator, by its words alone', withCode('terminating connection due to administrator command')],
    ['a lost connection, wrapped', new Error('could not save the state', { cause: withCode('Connection terminated unexpectedly') })],
    // Operations trial 24, PG22-01: the limits' rollback on a connection just terminated failed with this, and the chat emergency got a 500.
    ['a connection lost mid-transaction, used again', withCode('Client has encountered a connection error and is not queryable')],
    ['a connection closed, used again', withCode('Client was closed and is not queryable')],
  ])('%s: yes', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a syntax error', withCode('syntax error at or near "SELEC"', '42601')],
    ['a unique violation', withCode('duplicate key value violates unique constraint', '23505')],
    ['a message naming shutting down somewhere else', withCode('the worker said the database system is shutting down')],
  ])('%s: no', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
