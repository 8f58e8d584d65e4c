import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createServer } from '../../src/server/createServer.js';

describe('health and readiness while the knowledge index is built', () => {
  let ready = false;
  let progress: number | undefined;
  let databaseAnswers = true;
  let failure: string | undefined;
  const server = createServer({ logger: createLogger('silent'), adminToken: undefined, isReady: () => ready, startupFailure: () => failure, startupProgress: () => progress, databaseAnswers: async () => databaseAnswers });
  let url = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const probe = async (path: string) => {
    const response = await fetch(`${url}${path}`);
    return [response.status, await response.json()];
  };

  it.each<[string, boolean, number | undefined, boolean, [number, unknown], [number, unknown]]>([
    ['starting, before the build reports', false, undefined, true, [503, { status: 'starting' }], [200, { status: 'ok' }]],
    ['building, 40 % done', false, 0.4, true, [503, { status: 'starting', progress: 0.4 }], [200, { status: 'ok' }]],
    ['building, a third done', false, 1 / 3, true, [503, { status: 'starting', progress: 0.33 }], [200, { status: 'ok' }]],
    ['ready', true, 1, true, [200, { status: 'ready' }], [200, { status: 'ok' }]],
    ['ready, but the database does not answer', true, 1, false, [503, { status: 'database unavailable' }], [200, { status: 'ok' }]],
  ])('%s', async (_, isReady, fraction, answers, readyz, healthz) => {
    ready = isReady;
    progress = fraction;
    databaseAnswers = answers;
    expect(await probe('/readyz')).toEqual(readyz);
    expect(await probe('/healthz')).toEqual(healthz);
  });

  // Up, healthy and never ready after its index failed to load, an instance apologised to every question (operations trial 25, OPS25-02).
  it('built, but the knowledge failed to load: unhealthy, so the platform restarts it', async () => {
    ready = false;
    progress = 1;
    failure = 'the knowledge could not be loaded';
    expect(await probe('/healthz')).toEqual([503, { status: 'failed', reason: 'the knowledge could not be loaded' }]);
    expect((await probe('/readyz'))[0]).toBe(503);
    failure = undefined;
  });
});
