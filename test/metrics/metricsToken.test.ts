import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startMetricsServer, staffToken } from '../support/metricsServer.js';
import { capturedLogger } from '../support/capturedLogger.js';

type MetricsServer = Awaited<ReturnType<typeof startMetricsServer>>;

const metricsToken = 'a-long-enough-scrape-token';


const openWarnings = (lines: string[]): string[] => lines.filter((line) => line.includes('/metrics is open'));

describe('/metrics with METRICS_TOKEN', () => {
  let app: MetricsServer;
  const log = capturedLogger();
  beforeAll(async () => {
    app = await startMetricsServer({ metricsToken, logger: log.logger });
  });
  afterAll(async () => app?.close());

  const scrape = (authorization?: string) => fetch(`${app.url}/metrics`, { headers: authorization === undefined ? {} : { authorization } });

  it('answers 401 without the token, with a wrong one, and with the staff token', async () => {
    for (const authorization of [undefined, 'Bearer not-the-metrics-token', `Bearer ${metricsToken}x`, metricsToken, `Bearer ${staffToken}`]) {
      const response = await scrape(authorization);
      expect([authorization, response.status]).toEqual([authorization, 401]);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      expect(await response.text()).not.toContain('assistant_turns_total');
    }
  });

  it('serves the counters with the token', async () => {
    const response = await scrape(`Bearer ${metricsToken}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('# TYPE assistant_turns_total counter');
  });

  it('does not log that /metrics is open', () => {
    expect(openWarnings(log.lines)).toEqual([]);
  });
});

describe('/metrics without METRICS_TOKEN', () => {
  let app: MetricsServer;
  const log = capturedLogger();
  beforeAll(async () => {
    app = await startMetricsServer({ logger: log.logger });
  });
  afterAll(async () => app?.close());

  it('stays open, and says so once at start-up', async () => {
    for (let scrapes = 0; scrapes < 2; scrapes += 1) expect((await fetch(`${app.url}/metrics`)).status).toBe(200);
    expect(openWarnings(log.lines)).toHaveLength(1);
    expect(openWarnings(log.lines)[0]).toContain('METRICS_TOKEN');
  });
});

describe('METRICS_TOKEN', () => {
  it('is optional and must be at least 16 characters when set', () => {
    expect(loadConfig({}).metricsToken).toBeUndefined();
    expect(loadConfig({ METRICS_TOKEN: metricsToken }).metricsToken).toBe(metricsToken);
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN=.*must be at least 16 characters/);
  });
});
