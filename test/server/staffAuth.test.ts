import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../support/rawRequest.js';
import { startTestApp } from '../support/testApp.js';

const token = 'a-long-enough-staff-token';

/**
 * Spellings of a staff path that a router may route to the same handler: percent-encoded
 * letters, doubled slashes, dot segments, a trailing dot or slash, case, double encoding.
 */
const spellings: Array<[string, (path: string) => string]> = [
  ['canonical', (path) => path],
  ['%61pi', (path) => path.replace('/api/', '/%61pi/')],
  ['a%70i', (path) => path.replace('/api/', '/a%70i/')],
  ['ap%69', (path) => path.replace('/api/', '/ap%69/')],
  ['upper-case %61', (path) => path.replace('/api/', '/%41pi/')],
  ['API', (path) => path.replace('/api/', '/API/')],
  ['double slash in front', (path) => `/${path}`],
  ['double slash inside', (path) => path.replace('/api/', '/api//')],
  ['dot segment in front', (path) => `/.${path}`],
  ['dot segment inside', (path) => path.replace('/api/', '/api/./')],
  ['dot-dot segment', (path) => path.replace('/api/', '/x/../api/')],
  ['%2e segment', (path) => path.replace('/api/', '/%2e/api/')],
  ['trailing dot', (path) => `${path}.`],
  ['trailing slash', (path) => `${path}/`],
  ['double-encoded', (path) => path.replace('/api/', '/%2561pi/')],
  ['encoded slash', (path) => path.replace('/api/', '/api%2F')],
  ['matrix parameter', (path) => path.replace('/api/', '/api;x=1/')],
  ['encoded last letter', (path) => path.replace(/[a-z](?=[^/]*$)/, (letter) => `%${letter.charCodeAt(0).toString(16)}`)],
];

/** A concrete path for a route pattern such as /api/cases/:reference. */
const concrete = (pattern: string): string => pattern.replace(/:(\w+)/g, 'NBC-BIN-0001');

describe('the staff guard decides on the route the router matched', () => {
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let staffRoutes: Array<{ method: string; path: string }>;
  beforeAll(async () => {
    app = await startTestApp({ ADMIN_TOKEN: token });
    const routes = (app.server.getDebugInfo() as { routes: Array<{ method: string; path: string }> }).routes;
    staffRoutes = routes
      .filter(({ path }) => path.startsWith('/api/') && path !== '/api/messages' && path !== '/api/whatsapp')
      .map(({ method, path }) => ({ method: method.toUpperCase(), path: concrete(path) }));
  });
  afterAll(() => app.close());

  it('finds the staff routes to try', () => {
    expect(staffRoutes.map(({ path }) => path)).toEqual(expect.arrayContaining(['/api/status', '/api/handoffs', '/api/metrics/summary', '/api/cases', '/api/cases/NBC-BIN-0001']));
  });

  it.each(spellings)('gives nothing without the token when the path is spelt %s', async (_name, spell) => {
    for (const { method, path } of staffRoutes) {
      const response = await rawRequest(app.url, spell(path), { method, headers: method === 'GET' ? {} : { 'content-type': 'application/json' }, body: method === 'GET' ? undefined : '{}' });
      const where = `${method} ${spell(path)} → ${response.status} ${response.body.slice(0, 120)}`;
      // Either the guard refused it, or the router routed it nowhere; never the handler's own answer.
      if (response.status === 401) expect(response.headers['www-authenticate'], where).toBe('Bearer');
      else expect({ status: response.status, code: (JSON.parse(response.body || '{}') as { code?: string }).code }, where).toMatchObject({ status: expect.toSatisfy((status: number) => [400, 404, 405].includes(status)), code: expect.toSatisfy((code: string) => ['ResourceNotFound', 'MethodNotAllowed', 'BadRequest', 'InvalidContent'].includes(code)) });
    }
  });

  it('still answers staff with the token on the canonical path', async () => {
    const response = await rawRequest(app.url, '/api/status', { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
  });
});
