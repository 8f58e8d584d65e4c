import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../support/rawRequest.js';
import { residentMessage, startTestApp } from '../support/testApp.js';

const adminToken = 'a-long-enough-staff-token';
const nested = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const inActivity = (json: string, field = 'value'): string => JSON.stringify({ ...residentMessage('nested', 'hi'), deliveryMode: 'expectReplies', [field]: '@' }).replace('"@"', json);
const multipart = (boundary: string) =>
  [`--${boundary}`, 'Content-Disposition: form-data; name="file"; filename="big.bin"', 'Content-Type: application/octet-stream', '', 'x'.repeat(64 * 1024), `--${boundary}--`, ''].join('\r\n');

describe('the HTTP shell of the real app', () => {
  let app: Awaited<ReturnType<typeof startTestApp>>;
  beforeAll(async () => {
    app = await startTestApp({ ADMIN_TOKEN: adminToken, FRAME_ANCESTORS: "'self' https://www.northbrook.example" });
  });
  afterAll(() => app.close());

  it('gives a client 30 s to send a whole request and 15 s for its headers, not Node\'s 5 minutes and 1 minute (PostgreSQL trial 9, finding 9)', () => {
    expect([app.server.server.requestTimeout, app.server.server.headersTimeout]).toEqual([30_000, 15_000]);
  });

  it.each([
    ['POST', '/api/messages'],
    ['POST', '/advisor/login'],
    ['POST', '/dashboard/login'],
    ['POST', '/v3/directline/tokens/generate'],
    ['POST', '/'],
  ])('refuses a multipart upload to %s %s and writes nothing to the temp folder', async (method, path) => {
    const before = new Set(readdirSync(tmpdir()));
    const boundary = 'attack-boundary';
    const response = await rawRequest(app.url, path, { method, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, body: multipart(boundary) });
    expect([404, 405, 415]).toContain(response.status);
    const added = readdirSync(tmpdir()).filter((name) => !before.has(name) && !name.startsWith('council-assistant-') && !name.startsWith('vitest'));
    expect(added).toEqual([]);
  });

  it.each([
    ['a form post to the bot', 'application/x-www-form-urlencoded', 'type=message&text=hello', 415],
    ['a text body', 'text/plain', 'hello', 415],
    ['an octet stream', 'application/octet-stream', 'hello', 415],
    ['an activity with a value nested 10,000 deep', 'application/json', inActivity(nested(10_000)), 400],
    ['an activity with channel data nested 65 deep', 'application/json', inActivity(nested(65), 'channelData'), 400],
    ['malformed JSON', 'application/json', '{"type":', 400],
  ])('answers %s on /api/messages with a short 4xx and no internals', async (_name, contentType, body, status) => {
    const response = await rawRequest(app.url, '/api/messages', { method: 'POST', headers: { 'content-type': contentType }, body });
    expect(response.status).toBe(status);
    expect(response.body).not.toMatch(/\bat \S+ \(|TypeError|RangeError|node_modules|\/src\//);
    expect(response.body.length).toBeLessThan(300);
  });

  it('refuses a compressed body rather than expanding it past the size limit', async () => {
    const bomb = gzipSync(Buffer.from(JSON.stringify({ ...residentMessage('gzip-1', 'hello'), padding: 'x'.repeat(8 * 1024 * 1024) })));
    const response = await rawRequest(app.url, '/api/messages', { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: bomb });
    expect(response.status).toBe(415);
  });

  it('still takes an ordinary activity nested as deep as Adaptive Cards go', async () => {
    const activity = { ...residentMessage('nesting-ok', 'hello'), deliveryMode: 'expectReplies', channelData: JSON.parse(`{"a":${'{"b":'.repeat(20)}1${'}'.repeat(20)}}`) };
    const response = await rawRequest(app.url, '/api/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    expect(response.status).toBe(200);
  });

  it.each(['/', '/advisor', '/dashboard', '/no-such-page', '/healthz'])('sends the security headers on %s', async (path) => {
    const response = await rawRequest(app.url, path);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toMatch(/^(same-origin|no-referrer|strict-origin)/);
    expect(String(response.headers['content-security-policy'])).toMatch(/frame-ancestors [^;]+/);
  });

  it("lets the council's own site frame the resident page, and nobody else", async () => {
    const policy = String((await rawRequest(app.url, '/')).headers['content-security-policy']);
    expect(policy).toMatch(/frame-ancestors 'self' https:\/\/www\.northbrook\.example(;|$)/);
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy).toMatch(/object-src 'none'/);
  });
});
