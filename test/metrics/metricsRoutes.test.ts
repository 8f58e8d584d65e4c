import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMetricsServer, staffToken } from '../support/metricsServer.js';

type MetricsServer = Awaited<ReturnType<typeof startMetricsServer>>;

describe('the metrics API on a real server', () => {
  let app: MetricsServer;
  beforeAll(async () => {
    app = await startMetricsServer();
  });
  afterAll(async () => app?.close());

  const summary = (query: string, token = staffToken) => fetch(`${app.url}/api/metrics/summary${query}`, { headers: { authorization: `Bearer ${token}` } });

  it('answers only with the staff token', async () => {
    expect((await fetch(`${app.url}/api/metrics/summary`)).status).toBe(401);
    expect((await summary('', 'not-the-staff-token-at-all')).status).toBe(401);
  });

  it('returns the measures for a date range', async () => {
    const response = await summary('?from=2026-03-02&to=2026-03-04');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({
      conversations: 9,
      resolutionRate: 0.5,
      containmentRate: 0.5,
      escalationRate: 0.125,
      abandonRate: 0.25,
      casesRaised: 1,
      csat: { average: 3.5, responses: 2, responseRate: 0.25 },
      sentiment: { average: -0.08, negativeShare: 0.4 },
      costAvoided: { amount: 8.04, currency: 'GBP' },
    });
    expect(Object.keys(body.byChannel)).toEqual(['directline', 'emulator', 'msteams', 'webchat', 'whatsapp']);
  });

  it('defaults to the 30 days to today (taking in the 1 March conversation) and narrows to one day', async () => {
    expect(await (await summary('')).json()).toMatchObject({ range: { from: '2026-02-03', to: '2026-03-04' }, conversations: 10 });
    expect(await (await summary('?from=2026-03-02&to=2026-03-02')).json()).toMatchObject({ conversations: 2, resolved: 2, abandoned: 0 });
  });

  it.each([
    ['?from=yesterday', 'from must be a date such as 2026-03-01'],
    ['?from=2026-03-04&to=2026-03-01', 'from must not be after to'],
    ['?to=2026-02-30', 'to must be a date such as 2026-03-31'],
  ])('rejects %s with 400 and a clear message', async (query, message) => {
    const response = await summary(query);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ code: 'BadRequest', message });
  });

  it('exposes turns, turn latency, handoffs and errors in Prometheus format', async () => {
    app.prometheus.recordTurn('webchat', 0.2);
    app.prometheus.recordTurn('webchat', 3);
    app.prometheus.recordTurn('msteams', 0.04);
    app.prometheus.recordHandoff('webchat', 'asked-for-person');
    app.prometheus.recordError('turn');
    const response = await fetch(`${app.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toContain('# TYPE assistant_turns_total counter');
    expect(text).toContain('assistant_turns_total{channel="webchat"} 2');
    expect(text).toContain('assistant_turns_total{channel="msteams"} 1');
    expect(text).toContain('# TYPE assistant_turn_duration_seconds histogram');
    expect(text).toContain('assistant_turn_duration_seconds_bucket{le="0.25",channel="webchat"} 1');
    expect(text).toContain('assistant_turn_duration_seconds_count{channel="webchat"} 2');
    expect(text).toContain('assistant_handoffs_total{channel="webchat",reason="asked-for-person"} 1');
    expect(text).toContain('assistant_errors_total{source="turn"} 1');
  });
});
