import { afterEach, describe, expect, it } from 'vitest';
import { residentMessage, startTestApp } from '../support/testApp.js';

describe('authentication', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
    close = undefined;
  });

  it('rejects an unsigned activity with 401 when app credentials are configured', async () => {
    const app = await startTestApp({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-real-secret' });
    close = app.close;
    const response = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(residentMessage('auth-1', 'hello')),
    });
    expect(response.status).toBe(401);
  });

  it('hides staff endpoints (404) when no ADMIN_TOKEN is set', async () => {
    const app = await startTestApp();
    close = app.close;
    expect((await fetch(`${app.url}/api/status`)).status).toBe(404);
  });

  it('requires the staff bearer token on /api/ endpoints', async () => {
    const token = 'a-long-enough-staff-token';
    const app = await startTestApp({ ADMIN_TOKEN: token });
    close = app.close;
    expect((await fetch(`${app.url}/api/status`)).status).toBe(401);
    expect((await fetch(`${app.url}/api/status`, { headers: { authorization: 'Bearer wrong-token-of-some-length' } })).status).toBe(401);
    const response = await fetch(`${app.url}/api/status`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ready', knowledge: { articles: expect.any(Number) } });
  });
});
