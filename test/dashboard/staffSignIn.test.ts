import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advisorFetch, signIn } from '../handoff/harness.js';
import { signInToDashboard } from '../support/metricsServer.js';
import { residentChat } from '../support/residentChat.js';
import { startTestApp, thursdayMorning } from '../support/testApp.js';

type App = Awaited<ReturnType<typeof startTestApp>>;
const adminToken = 'a-long-enough-staff-token';

/** Everything a stream sends until it ends, or throws after `timeoutMs`. */
async function readToEnd(stream: ReadableStream<Uint8Array>, timeoutMs = 5000): Promise<string> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  const deadline = setTimeout(() => void reader.cancel('still open'), timeoutMs);
  let text = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return text;
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    clearTimeout(deadline);
  }
}

describe('one staff sign-in for the advisor console and the dashboard (the real app)', () => {
  let app: App;
  beforeAll(async () => {
    app = await startTestApp({ ADMIN_TOKEN: adminToken }, { now: () => thursdayMorning });
  });
  afterAll(async () => app?.close());

  it('opens the dashboard with the session from the advisor sign-in, with the same CSRF token', async () => {
    const staff = await signIn(app.url, 'admin', adminToken);
    const page = await fetch(`${app.url}/dashboard`, { headers: { cookie: staff.cookie } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).not.toContain('action="/dashboard/login"');
    expect(html).toContain(`name="csrf-token" content="${staff.csrfToken}"`);
    expect((await fetch(`${app.url}/dashboard/api/metrics`, { headers: { cookie: staff.cookie } })).status).toBe(200);
  });

  it('opens the advisor console with the session from the dashboard sign-in', async () => {
    const cookie = await signInToDashboard(app.url, 'admin', adminToken);
    expect((await fetch(`${app.url}/advisor/api/queue`, { headers: { cookie } })).status).toBe(200);
    expect(await (await fetch(`${app.url}/advisor`, { headers: { cookie } })).text()).not.toContain('action="/advisor/login"');
  });

  it('signs out of both at once, with the CSRF token, and ends the console’s live stream', async () => {
    const staff = await signIn(app.url, 'admin', adminToken);
    const events = await advisorFetch(app.url, staff, '/advisor/api/events');
    expect(events.status).toBe(200);

    expect((await fetch(`${app.url}/dashboard/logout`, { method: 'POST', headers: { cookie: staff.cookie } })).status).toBe(403);
    const logout = await advisorFetch(app.url, staff, '/dashboard/logout', { method: 'POST' });
    expect(logout.status).toBe(204);
    expect(logout.headers.get('set-cookie')).toMatch(/^staff_session=; Path=\/; Max-Age=0; /);

    expect((await advisorFetch(app.url, staff, '/advisor/api/queue')).status).toBe(401);
    expect((await fetch(`${app.url}/dashboard/api/metrics`, { headers: { cookie: staff.cookie } })).status).toBe(401);

    // The next handoff event finds the session gone: the stream ends instead of carrying it.
    await residentChat(() => app.url, 'signed-out-advisor').say('I want to speak to a person');
    const streamed = await readToEnd(events.body!);
    expect(streamed).not.toContain('event: queue');
  });
});
