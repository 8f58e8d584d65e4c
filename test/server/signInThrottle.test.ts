import { afterEach, describe, expect, it } from 'vitest';
import { hashAdvisorPassword } from '../../src/handoff/advisorAuth.js';
import { startTestApp } from '../support/testApp.js';

const adminToken = 'a-long-enough-staff-token';
const accounts = `alice:${hashAdvisorPassword('alice-has-a-long-password')}`;

/** One sign-in form post, as the browser sends it. */
const attempt = (baseUrl: string, page: 'advisor' | 'dashboard', username: string, password: string, headers: Record<string, string> = {}) =>
  fetch(`${baseUrl}/${page}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams({ username, password }).toString(),
  });

describe('the staff sign-in throttle on the real app', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
    close = undefined;
  });

  it.each([['alice'], ['admin']])('checks at most the allowance of %s guesses sent all at once', async (username) => {
    const app = await startTestApp({ ADMIN_TOKEN: adminToken, ADVISOR_ACCOUNTS: accounts });
    close = app.close;
    // 120 at once: one address may hold 128 connections (src/server/connectionGuard.ts).
    const statuses = await Promise.all(Array.from({ length: 120 }, (_, index) => attempt(app.url, index % 2 ? 'advisor' : 'dashboard', username, `guess-${index}`).then((response) => response.status)));
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(115);
  });

  it('shares one allowance between the console and the dashboard', async () => {
    const app = await startTestApp({ ADMIN_TOKEN: adminToken, ADVISOR_ACCOUNTS: accounts });
    close = app.close;
    const statuses: number[] = [];
    for (const page of ['advisor', 'dashboard', 'advisor', 'dashboard', 'advisor', 'dashboard'] as const) statuses.push((await attempt(app.url, page, 'alice', 'wrong')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('blocks a username guessed from many addresses, behind a trusted proxy, at its higher limit', async () => {
    const app = await startTestApp({ ADMIN_TOKEN: adminToken, ADVISOR_ACCOUNTS: accounts, TRUSTED_PROXY_HEADER: 'X-Forwarded-For' });
    close = app.close;
    const statuses: number[] = [];
    for (let client = 1; client <= 26; client += 1) statuses.push((await attempt(app.url, 'advisor', 'alice', 'wrong', { 'x-forwarded-for': `203.0.113.${client}:5000` })).status);
    expect(statuses).toEqual([...Array.from({ length: 25 }, () => 401), 429]);
    // Another username from a fresh address is not held up by alice's lock.
    expect((await attempt(app.url, 'advisor', 'bob', 'wrong', { 'x-forwarded-for': '203.0.113.99' })).status).toBe(401);
  });

  it('does not lock the other advisors behind one address out when one gets their password wrong', async () => {
    const app = await startTestApp({ ADMIN_TOKEN: adminToken, ADVISOR_ACCOUNTS: accounts });
    close = app.close;
    const statuses: number[] = [];
    for (let guess = 0; guess < 6; guess += 1) statuses.push((await attempt(app.url, 'advisor', 'carol', 'wrong')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    expect((await attempt(app.url, 'advisor', 'alice', 'alice-has-a-long-password')).status).toBe(303);
    expect((await attempt(app.url, 'dashboard', 'admin', adminToken)).status).toBe(303);
  });

  it('stops one address guessing at every account at its higher limit', async () => {
    const app = await startTestApp({ ADMIN_TOKEN: adminToken, ADVISOR_ACCOUNTS: accounts });
    close = app.close;
    const statuses: number[] = [];
    for (let guess = 0; guess < 26; guess += 1) statuses.push((await attempt(app.url, 'advisor', `user${guess}`, 'wrong')).status);
    expect(statuses).toEqual([...Array.from({ length: 25 }, () => 401), 429]);
  });

  it('lets the right password in and starts that client afresh', async () => {
    const app = await startTestApp({ ADMIN_TOKEN: adminToken, ADVISOR_ACCOUNTS: accounts });
    close = app.close;
    for (let guess = 0; guess < 4; guess += 1) expect((await attempt(app.url, 'advisor', 'alice', 'wrong')).status).toBe(401);
    expect((await attempt(app.url, 'advisor', 'alice', 'alice-has-a-long-password')).status).toBe(303);
    for (let guess = 0; guess < 5; guess += 1) expect((await attempt(app.url, 'advisor', 'alice', 'wrong')).status).toBe(401);
  });

  it("keeps a member of staff's own browser signing in while strangers' guesses hold the username (outside attack 13, H3)", async () => {
    const app = await startTestApp({ ADMIN_TOKEN: adminToken, ADVISOR_ACCOUNTS: accounts, TRUSTED_PROXY_HEADER: 'X-Forwarded-For' });
    close = app.close;
    const office = { 'x-forwarded-for': '198.51.100.20' };
    const signedIn = await attempt(app.url, 'advisor', 'alice', 'alice-has-a-long-password', office);
    expect(signedIn.status).toBe(303);
    const device = signedIn.headers.getSetCookie().find((cookie) => cookie.startsWith('staff_device='))!;
    expect(device).toMatch(/HttpOnly/);
    const known = { ...office, cookie: device.split(';')[0]! };

    for (let client = 1; client <= 26; client += 1) await attempt(app.url, 'advisor', 'alice', 'wrong', { 'x-forwarded-for': `203.0.113.${client}` });
    expect((await attempt(app.url, 'advisor', 'alice', 'alice-has-a-long-password', { 'x-forwarded-for': '198.51.100.21' })).status).toBe(429);
    expect((await attempt(app.url, 'dashboard', 'alice', 'alice-has-a-long-password', known)).status).toBe(303);
    // The cookie vouches for alice only, and a wrong password from her browser still counts against it.
    expect((await attempt(app.url, 'advisor', 'admin', 'wrong', known)).status).toBe(401);
    const statuses: number[] = [];
    for (let guess = 0; guess < 6; guess += 1) statuses.push((await attempt(app.url, 'advisor', 'alice', 'wrong', known)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('makes the staff cookies Secure when the public address is https, even over plain http inside (outside attack 13, L2)', async () => {
    const app = await startTestApp({ ADMIN_TOKEN: adminToken, TWILIO_AUTH_TOKEN: 'twilio-auth-token', PUBLIC_BASE_URL: 'https://assistant.northbrook.example' });
    close = app.close;
    const cookies = (await attempt(app.url, 'advisor', 'admin', adminToken)).headers.getSetCookie();
    expect(cookies.map((cookie) => cookie.split('=')[0])).toEqual(['staff_session', 'staff_device']);
    for (const cookie of cookies) expect(cookie).toMatch(/; Secure/);
  });
});
