import type { AddressInfo } from 'node:net';
import type { Request, Response } from 'restify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createServer } from '../../src/server/createServer.js';
import { readRawBody } from '../../src/server/rawBody.js';

/** A server whose /raw route reads its own body and /parsed relies on the global parser. */
describe('routes that read their own body', () => {
  const limit = 64;
  const failures: string[] = [];
  let url = '';
  const server = createServer({ logger: createLogger('silent'), adminToken: undefined, isReady: () => true, rawBodyRoutes: ['/raw'] });
  const echoBytes = async (request: Request, response: Response) => {
    try {
      const body = await readRawBody(request, limit);
      if (body) response.sendRaw(200, body, { 'content-type': 'application/octet-stream' });
      else response.send(413);
    } catch (error) {
      failures.push((error as Error).message);
      response.send(500);
    }
  };
  server.post('/raw', echoBytes);
  server.post('/parsed', echoBytes);
  server.post('/json', async (request: Request, response: Response) => {
    response.send(200, request.body);
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = (path: string, body: Uint8Array<ArrayBuffer> | string) => fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it('gets the exact bytes, untouched by the JSON parser', async () => {
    const bytes = new Uint8Array([0x7b, 0xe9, 0x00, 0xff, 0x7d]);
    const response = await post('/raw', bytes);
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
  });

  it('gives undefined for a body over the limit, and reads one at the limit', async () => {
    expect((await post('/raw', 'x'.repeat(limit + 1))).status).toBe(413);
    expect(await (await post('/raw', 'x'.repeat(limit))).text()).toBe('x'.repeat(limit));
  });

  it('fails loudly on a path the global parser already read', async () => {
    expect((await post('/parsed', '{}')).status).toBe(500);
    expect(failures.at(-1)).toMatch(/rawBodyRoutes/);
  });

  it('leaves the global parser in charge everywhere else', async () => {
    expect(await (await post('/json', '{"a":1}')).json()).toEqual({ a: 1 });
    expect((await post('/json', '{"a":')).status).toBe(400);
  });
});
