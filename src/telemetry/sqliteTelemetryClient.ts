import type {
  BotPageViewTelemetryClient,
  BotTelemetryClient,
  TelemetryDependency,
  TelemetryEvent,
  TelemetryException,
  TelemetryPageView,
  TelemetryTrace,
} from 'botbuilder';
import { redactPersonalData } from '../privacy/redact.js';
import type { TelemetryEventStore, TelemetryKind } from './telemetryEventStore.js';

/**
 * Properties botbuilder fills with what a resident wrote or is called when personal logging is
 * on. They are dropped here whatever the caller's settings, so the store never holds them.
 */
export const personalProperties: ReadonlySet<string> = new Set(['text', 'speak', 'attachments', 'fromName', 'recipientName']);

const withoutPersonalData = (properties: Record<string, unknown> = {}): Record<string, unknown> =>
  Object.fromEntries(Object.entries(properties).filter(([key]) => !personalProperties.has(key)));

const asText = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

export interface SqliteTelemetryClientOptions {
  store: TelemetryEventStore;
  now?: () => Date;
}

/** The embedded telemetry sink: what botbuilder and the pipeline track lands in SQLite for the dashboard. */
export class SqliteTelemetryClient implements BotTelemetryClient, BotPageViewTelemetryClient {
  private readonly store: TelemetryEventStore;
  private readonly now: () => Date;

  constructor({ store, now = () => new Date() }: SqliteTelemetryClientOptions) {
    this.store = store;
    this.now = now;
  }

  trackEvent({ name, properties, metrics }: TelemetryEvent): void {
    this.append('event', name, properties, metrics);
  }

  trackPageView({ name, properties, metrics }: TelemetryPageView): void {
    this.append('pageView', name, properties, metrics);
  }

  /** Trace and exception messages are free text written by code that may quote a resident: redacted. */
  trackTrace({ message, properties, severityLevel }: TelemetryTrace): void {
    this.append('trace', 'trace', { ...properties, message: redactPersonalData(message), severityLevel });
  }

  trackException({ exception, handledAt, properties, measurements, severityLevel }: TelemetryException): void {
    this.append('exception', exception.name, { ...properties, message: redactPersonalData(exception.message), handledAt, severityLevel }, measurements);
  }

  /** The dependency's `data` (a URL or command) is left out: it can carry a query string. */
  trackDependency({ dependencyTypeName, target, name, duration, success, resultCode }: TelemetryDependency): void {
    this.append('dependency', name, { dependencyTypeName, target, success, resultCode }, { duration });
  }

  /** Writes are synchronous, so there is nothing to flush. */
  flush(): void {}

  private append(kind: TelemetryKind, name: string, properties?: Record<string, unknown>, metrics: Record<string, number> = {}): void {
    const kept = withoutPersonalData(properties);
    this.store.append({
      at: this.now().toISOString(),
      kind,
      name,
      conversationId: asText(kept.conversationId),
      // botbuilder names it channelId; our conversation events use the same key.
      channel: asText(kept.channelId),
      properties: kept,
      metrics,
    });
  }
}
