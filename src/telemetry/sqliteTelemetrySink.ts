import type { TelemetryDependency, TelemetryEvent, TelemetryException, TelemetryPageView, TelemetryTrace } from 'botbuilder';
import type { TelemetrySink } from './privacyFilteredTelemetryClient.js';
import type { TelemetryEventStore, TelemetryKind } from './telemetryEventStore.js';

const asText = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

export interface SqliteTelemetrySinkOptions {
  store: TelemetryEventStore;
  now?: () => Date;
}

/**
 * Writes telemetry to SQLite as it is given, for the dashboard and /api/metrics/summary. It
 * filters nothing: it always sits behind PrivacyFilteredTelemetryClient (see SqliteTelemetryClient).
 */
export class SqliteTelemetrySink implements TelemetrySink {
  private readonly store: TelemetryEventStore;
  private readonly now: () => Date;

  constructor({ store, now = () => new Date() }: SqliteTelemetrySinkOptions) {
    this.store = store;
    this.now = now;
  }

  trackEvent({ name, properties, metrics }: TelemetryEvent): void {
    this.append('event', name, properties, metrics);
  }

  trackPageView({ name, properties, metrics }: TelemetryPageView): void {
    this.append('pageView', name, properties, metrics);
  }

  trackTrace({ message, properties, severityLevel }: TelemetryTrace): void {
    this.append('trace', 'trace', { ...properties, message, severityLevel });
  }

  /** Only the name and message: the stack is for Application Insights, not the dashboard. */
  trackException({ exception, handledAt, properties, measurements, severityLevel }: TelemetryException): void {
    this.append('exception', exception.name, { ...properties, message: exception.message, handledAt, severityLevel }, measurements);
  }

  trackDependency({ dependencyTypeName, target, name, duration, success, resultCode }: TelemetryDependency): void {
    this.append('dependency', name, { dependencyTypeName, target, success, resultCode }, { duration });
  }

  /** The store queues events and writes them in batches; the app flushes it at shutdown. */
  flush(): void {}

  private append(kind: TelemetryKind, name: string, properties: Record<string, unknown> = {}, metrics: Record<string, number> = {}): void {
    this.store.append({
      at: this.now().toISOString(),
      kind,
      name,
      conversationId: asText(properties.conversationId),
      // botbuilder names it channelId; our conversation events use the same key.
      channel: asText(properties.channelId),
      properties,
      metrics,
    });
  }
}
