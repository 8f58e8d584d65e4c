import { PrivacyFilteredTelemetryClient } from './privacyFilteredTelemetryClient.js';
import { SqliteTelemetrySink, type SqliteTelemetrySinkOptions } from './sqliteTelemetrySink.js';

export type SqliteTelemetryClientOptions = SqliteTelemetrySinkOptions;

/** The embedded telemetry client: the privacy filter in front of SQLite, which the dashboard reads. */
export class SqliteTelemetryClient extends PrivacyFilteredTelemetryClient {
  constructor(options: SqliteTelemetryClientOptions) {
    super(new SqliteTelemetrySink(options));
  }
}
