import type { TelemetryDependency, TelemetryEvent, TelemetryException, TelemetryPageView, TelemetryTrace } from 'botbuilder';
import type { TelemetrySink } from './privacyFilteredTelemetryClient.js';

/** Sends every call to each sink in order, e.g. SQLite for the dashboard and then Application Insights. */
export class FanOutTelemetryClient implements TelemetrySink {
  constructor(private readonly sinks: readonly TelemetrySink[]) {}

  trackEvent(telemetry: TelemetryEvent): void {
    for (const sink of this.sinks) sink.trackEvent(telemetry);
  }

  trackPageView(telemetry: TelemetryPageView): void {
    for (const sink of this.sinks) sink.trackPageView(telemetry);
  }

  trackTrace(telemetry: TelemetryTrace): void {
    for (const sink of this.sinks) sink.trackTrace(telemetry);
  }

  trackException(telemetry: TelemetryException): void {
    for (const sink of this.sinks) sink.trackException(telemetry);
  }

  trackDependency(telemetry: TelemetryDependency): void {
    for (const sink of this.sinks) sink.trackDependency(telemetry);
  }

  flush(): void {
    for (const sink of this.sinks) sink.flush();
  }
}
