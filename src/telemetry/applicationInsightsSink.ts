import type { ApplicationInsightsTelemetryClient } from 'botbuilder-applicationinsights';
import type { TelemetrySink } from './privacyFilteredTelemetryClient.js';

export interface ApplicationInsightsSink {
  client: TelemetrySink;
  /** Sends what is still buffered; resolves when the ingestion endpoint has answered, or after the timeout. */
  close(): Promise<void>;
}

/**
 * The SDK's process-wide switches. botbuilder-applicationinsights returns the SDK's static
 * Configuration class but types it as an instance, so the few setters used here are named.
 */
interface SdkSwitches {
  setAutoCollectRequests(value: boolean): SdkSwitches;
  setAutoCollectDependencies(value: boolean): SdkSwitches;
  setAutoCollectExceptions(value: boolean): SdkSwitches;
  setAutoCollectPerformance(value: boolean, collectExtendedMetrics: boolean): SdkSwitches;
  setAutoCollectPreAggregatedMetrics(value: boolean): SdkSwitches;
  setAutoCollectHeartbeat(value: boolean): SdkSwitches;
  setAutoCollectConsole(value: boolean, collectConsoleLog: boolean): SdkSwitches;
  setAutoDependencyCorrelation(value: boolean): SdkSwitches;
  setSendLiveMetrics(value: boolean): SdkSwitches;
  setUseDiskRetryCaching(value: boolean): SdkSwitches;
}

type SdkClient = ApplicationInsightsTelemetryClient['defaultClient'];

const flushWithin = (client: SdkClient, timeoutMs: number): Promise<void> =>
  new Promise((resolve) => {
    // An unreachable endpoint must not hold up shutdown (the SDK waits up to a minute).
    const timer = setTimeout(resolve, timeoutMs);
    timer.unref();
    client.flush({
      callback: () => {
        clearTimeout(timer);
        resolve();
      },
    });
  });

/**
 * Application Insights through botbuilder's ApplicationInsightsTelemetryClient, sending only what
 * the bot tracks (behind the privacy filter). The SDK keeps one client per process, so there is
 * one connection string per process.
 */
export async function openApplicationInsights(connectionString: string, flushTimeoutMs = 5000): Promise<ApplicationInsightsSink> {
  // Loaded only when configured: the SDK hooks module loading and async hooks for the whole process as soon as it is imported.
  const { ApplicationInsightsTelemetryClient } = await import('botbuilder-applicationinsights');
  const client = new ApplicationInsightsTelemetryClient(connectionString);
  // The constructor switches on automatic collection of requests, dependencies, exceptions and
  // performance counters. Those carry URLs, query strings and error text that bypass the privacy
  // filter, so all of it goes off, with live metrics, heartbeats (which query the Azure VM
  // metadata service) and the console. Failed batches are dropped rather than cached in the
  // system temp folder, outside DATA_DIR and its retention; SQLite keeps the dashboard's copy.
  (client.configuration as unknown as SdkSwitches)
    .setAutoCollectRequests(false)
    .setAutoCollectDependencies(false)
    .setAutoCollectExceptions(false)
    .setAutoCollectPerformance(false, false)
    .setAutoCollectPreAggregatedMetrics(false)
    .setAutoCollectHeartbeat(false)
    .setAutoCollectConsole(false, false)
    .setAutoDependencyCorrelation(false)
    .setSendLiveMetrics(false)
    .setUseDiskRetryCaching(false);
  // Statsbeat reports the SDK's own usage to a Microsoft endpoint, not to the council's resource.
  client.defaultClient.getStatsbeat()?.enable(false);
  return { client, close: () => flushWithin(client.defaultClient, flushTimeoutMs) };
}
