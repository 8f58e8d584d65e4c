import type { Logger } from '../logger.js';
import { openApplicationInsights } from './applicationInsightsSink.js';
import { FanOutTelemetryClient } from './fanOutTelemetryClient.js';
import { PrivacyFilteredTelemetryClient, type TelemetrySink } from './privacyFilteredTelemetryClient.js';
import { SqliteTelemetryClient } from './sqliteTelemetryClient.js';
import { SqliteTelemetrySink } from './sqliteTelemetrySink.js';
import type { TelemetryEventStore } from './telemetryEventStore.js';

export interface TelemetryClientOptions {
  store: TelemetryEventStore;
  /** APPLICATIONINSIGHTS_CONNECTION_STRING; unset = SQLite only. */
  applicationInsightsConnectionString: string | undefined;
  logger: Logger;
  now?: () => Date;
}

export interface AppTelemetryClient {
  client: TelemetrySink;
  /** Sends anything still buffered for Application Insights; call once no more turns run. */
  close(): Promise<void>;
}

/**
 * The one place the telemetry sinks are chosen. SQLite always, because the dashboard and
 * /api/metrics/summary read it; Application Insights as well when configured. Both sit behind
 * one privacy filter, so the rule is applied once for both.
 */
export async function createTelemetryClient({ store, applicationInsightsConnectionString, logger, now }: TelemetryClientOptions): Promise<AppTelemetryClient> {
  if (!applicationInsightsConnectionString) return { client: new SqliteTelemetryClient({ store, now }), close: async () => {} };
  const applicationInsights = await openApplicationInsights(applicationInsightsConnectionString);
  logger.info('telemetry goes to SQLite and Application Insights (personal properties dropped, automatic collection off)');
  return {
    client: new PrivacyFilteredTelemetryClient(new FanOutTelemetryClient([new SqliteTelemetrySink({ store, now }), applicationInsights.client])),
    close: applicationInsights.close,
  };
}
