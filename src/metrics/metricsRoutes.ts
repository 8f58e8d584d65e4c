import type { Request, Response, Server } from 'restify';
import type { Logger } from '../logger.js';
import { bearerTokenCheck } from '../server/bearerToken.js';
import { dateRangeQuery, type DateRange } from './dateRange.js';
import type { MetricsReader } from './metricsReader.js';
import type { PrometheusMetrics } from './prometheusMetrics.js';

export interface MetricsRoutesOptions {
  reader: MetricsReader;
  prometheus: PrometheusMetrics;
  /** METRICS_TOKEN: when set, /metrics needs `Authorization: Bearer <token>`; unset = open. */
  metricsToken: string | undefined;
  logger: Logger;
}

/** The range in `?from=&to=`, or a 400 naming what is wrong (and undefined). */
export function readDateRange(request: Request, response: Response, reader: MetricsReader): DateRange | undefined {
  const parsed = dateRangeQuery(reader.today()).safeParse(request.query ?? {});
  if (parsed.success) return parsed.data;
  response.header('cache-control', 'no-store');
  response.send(400, { code: 'BadRequest', message: parsed.error.issues.map((issue) => issue.message).join('; ') });
  return undefined;
}

/**
 * The measures as JSON for staff tools (behind the server's staff-token guard on /api/), and
 * operational counters for Prometheus at /metrics (counts only, nothing about residents), which
 * can have a token of its own because scrapers rarely hold the staff token.
 */
export function registerMetricsRoutes(server: Server, { reader, prometheus, metricsToken, logger }: MetricsRoutesOptions): void {
  const hasMetricsToken = metricsToken ? bearerTokenCheck(metricsToken) : undefined;
  if (!hasMetricsToken) logger.info('/metrics is open to anyone who can reach it (counts only, no personal data): set METRICS_TOKEN to require a bearer token');

  server.get('/api/metrics/summary', async (request: Request, response: Response) => {
    const range = readDateRange(request, response, reader);
    if (!range) return;
    response.header('cache-control', 'no-store');
    response.send(200, await reader.report(range));
  });

  server.get('/metrics', async (request: Request, response: Response) => {
    if (hasMetricsToken && !hasMetricsToken(request)) {
      response.header('WWW-Authenticate', 'Bearer');
      response.header('cache-control', 'no-store');
      response.send(401, { code: 'Unauthorized', message: 'A valid metrics token is required' });
      return;
    }
    const body = await prometheus.exposition();
    response.writeHead(200, { 'content-type': prometheus.contentType, 'cache-control': 'no-store' });
    response.end(body);
  });
}
