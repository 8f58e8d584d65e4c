import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInToDashboard, startMetricsServer, staffToken } from '../support/metricsServer.js';

type MetricsServer = Awaited<ReturnType<typeof startMetricsServer>>;

describe('the dashboard over HTTP', () => {
  let app: MetricsServer;
  beforeAll(async () => {
    app = await startMetricsServer();
  });
  afterAll(async () => app?.close());

  it('shows the sign-in form, and its data answers 401, without a session', async () => {
    const page = await fetch(`${app.url}/dashboard`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).toContain('action="/dashboard/login"');
    expect(html).not.toContain('chart-per-day');
    for (const path of ['/dashboard/api/metrics', '/dashboard/export.csv']) expect((await fetch(`${app.url}${path}`)).status).toBe(401);
    expect((await fetch(`${app.url}/dashboard/api/metrics`, { headers: { cookie: 'staff_session=forged' } })).status).toBe(401);
  });

  it('signs staff in with advisor accounts or the staff token, with the one staff session cookie', async () => {
    const response = await fetch(`${app.url}/dashboard/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: 'admin', password: staffToken }).toString(),
      redirect: 'manual',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/dashboard');
    expect(response.headers.getSetCookie()[0]).toMatch(/^staff_session=[\w-]{40,}; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Strict$/);
    const wrong = await fetch(`${app.url}/dashboard/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: 'carol', password: 'not her password' }).toString(),
    });
    expect(wrong.status).toBe(401);
  });

  it('serves the measures and a CSV export to a signed-in member of staff', async () => {
    const cookie = await signInToDashboard(app.url);
    const page = await (await fetch(`${app.url}/dashboard`, { headers: { cookie } })).text();
    expect(page).toContain('value="2026-02-03"');
    expect(page).toContain('value="2026-03-04"');

    const metrics = await fetch(`${app.url}/dashboard/api/metrics?from=2026-03-02&to=2026-03-04`, { headers: { cookie } });
    expect(await metrics.json()).toMatchObject({ conversations: 9, casesRaised: 1 });
    expect((await fetch(`${app.url}/dashboard/api/metrics?from=2026-13-01`, { headers: { cookie } })).status).toBe(400);

    const csv = await fetch(`${app.url}/dashboard/export.csv?from=2026-03-02&to=2026-03-04`, { headers: { cookie } });
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="assistant-metrics-2026-03-02-to-2026-03-04.csv"');
    const lines = (await csv.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe('section,name,measure,value');
    expect(lines).toContain('summary,all,conversations,9');
    expect(lines).toContain('channel,webchat,containmentRate,0.6');
    expect(lines).toContain('contractor,Keystone Property Services,negativeMentions,2');
    expect(lines).toContain('unanswered,Can I park my van on the verge?,count,2');
    expect(lines).toContain('costAvoided,GBP,amount,8.04');
  });

  it('signs out only with the CSRF token, and the session then ends', async () => {
    const cookie = await signInToDashboard(app.url);
    expect((await fetch(`${app.url}/dashboard/logout`, { method: 'POST', headers: { cookie } })).status).toBe(403);
    const page = await (await fetch(`${app.url}/dashboard`, { headers: { cookie } })).text();
    const csrfToken = /name="csrf-token" content="([^"]+)"/.exec(page)![1]!;
    const logout = await fetch(`${app.url}/dashboard/logout`, { method: 'POST', headers: { cookie, 'x-csrf-token': csrfToken } });
    expect(logout.status).toBe(204);
    expect(logout.headers.get('set-cookie')).toMatch(/^staff_session=; Path=\/; Max-Age=0; /);
    expect((await fetch(`${app.url}/dashboard/api/metrics`, { headers: { cookie } })).status).toBe(401);
  });
});
