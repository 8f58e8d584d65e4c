import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import type { Request, Response } from 'restify';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createServer } from '../../src/server/createServer.js';
import { openPostgres } from '../../src/storage/sql/sqlDatabase.js';
import { createPostgresDatabase } from '../support/sqlDatabases.js';

/** An error as the `pg` driver or PostgreSQL raises it. */
const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

/** A PostgreSQL database that is down: nothing listens on its port. */
async function stoppedDatabase() {
  const url = new URL(await createPostgresDatabase());
  url.port = '1';
  const database = openPostgres(url.toString(), { poolSize: 1 });
  onTestFinished(() => database.close());
  return database;
}

describe('what a client is told when a request fails on our side', () => {
  it.each<[string, () => Promise<unknown>, number, string | undefined]>([
    ['the database refuses connections', async () => sql`SELECT 1`.execute((await stoppedDatabase()).db), 503, '5'],
    ['the driver lost its connection', async () => Promise.reject(new Error('Connection terminated unexpectedly')), 503, '5'],
    ['PostgreSQL is shutting down', async () => Promise.reject(withCode('terminating connection due to administrator command', '57P01')), 503, '5'],
    ['a statement ran past its timeout', async () => Promise.reject(withCode('canceling statement due to statement timeout', '57014')), 503, '5'],
    ['a bug in a query', async () => Promise.reject(withCode('relation "handoff_entriez" does not exist', '42P01')), 500, undefined],
    ['a plain exception', async () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'secret')")), 500, undefined],
  ])('%s: a plain status, a plain message, no exception text', async (_name, failing, status, retryAfter) => {
    const server = createServer({ logger: createLogger('silent'), adminToken: undefined, isReady: () => true });
    server.get('/fails', async (_request: Request, response: Response) => {
      await failing();
      response.send(200, {});
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/fails`);
    const body = await response.text();
    expect(response.status).toBe(status);
    expect(response.headers.get('retry-after') ?? undefined).toBe(retryAfter);
    expect(body).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|terminat|statement|relation|Cannot read|secret|Error:/);
    expect(JSON.parse(body)).toEqual({ code: expect.any(String), message: expect.any(String) });
  });
});
