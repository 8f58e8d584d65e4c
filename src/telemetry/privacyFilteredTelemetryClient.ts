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

/** Where telemetry ends up: SQLite, Application Insights, or both. */
export type TelemetrySink = BotTelemetryClient & BotPageViewTelemetryClient;

/**
 * Properties botbuilder fills with what a resident wrote or is called when personal logging is
 * on. They are dropped whatever the caller's settings, so no sink ever receives them.
 */
export const personalProperties: ReadonlySet<string> = new Set(['text', 'speak', 'attachments', 'fromName', 'recipientName']);

const withoutPersonalData = <Value>(properties: Record<string, Value> = {}): Record<string, Value> =>
  Object.fromEntries(Object.entries(properties).filter(([key]) => !personalProperties.has(key)));

/**
 * Properties that quote a resident (the unanswered question, kept 395 days and shown on the
 * dashboard): redacted here, at write time, whoever recorded them.
 */
export const residentTextProperties: ReadonlySet<string> = new Set(['question']);

/**
 * Longer than this, a message is a story, with neighbours, relatives and places the patterns do
 * not know, so only the event's topic is kept and the text becomes `notKept`.
 */
export const longestKeptText = 300;
export const notKept = '[not kept]';

/** What may be stored of a resident's words: redacted, or nothing when too long to trust the redaction. */
export const keptText = (text: string): string => (text.length > longestKeptText ? notKept : redactPersonalData(text));

const withResidentTextRedacted = <Value>(properties: Record<string, Value>): Record<string, Value | string> =>
  Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, residentTextProperties.has(key) && typeof value === 'string' ? keptText(value) : value]));

/**
 * The error with its message redacted. The stack keeps only its frames: its first line repeats
 * the message, which may quote a resident.
 */
function redactedError(exception: Error): Error {
  const redacted = new Error(redactPersonalData(exception.message));
  redacted.name = exception.name;
  const frames = (exception.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  redacted.stack = [`${redacted.name}: ${redacted.message}`, ...frames].join('\n');
  return redacted;
}

/**
 * The one privacy rule for telemetry, in front of every sink: personal properties are dropped,
 * an event's resident text (`residentTextProperties`) and trace and exception text are redacted
 * (code may quote a resident), and a dependency's `data`
 * (a URL or command that can carry a query string) is left out. Each call is rebuilt from the
 * fields it names, so nothing else passes through by accident.
 */
export class PrivacyFilteredTelemetryClient implements TelemetrySink {
  constructor(private readonly sink: TelemetrySink) {}

  trackEvent({ name, properties, metrics }: TelemetryEvent): void {
    this.sink.trackEvent({ name, properties: withResidentTextRedacted(withoutPersonalData(properties)), metrics });
  }

  trackPageView({ name, properties, metrics }: TelemetryPageView): void {
    this.sink.trackPageView({ name, properties: withoutPersonalData(properties), metrics });
  }

  trackTrace({ message, properties, severityLevel }: TelemetryTrace): void {
    this.sink.trackTrace({ message: redactPersonalData(message), properties: withoutPersonalData(properties), severityLevel });
  }

  trackException({ exception, handledAt, properties, measurements, severityLevel }: TelemetryException): void {
    this.sink.trackException({ exception: redactedError(exception), handledAt, properties: withoutPersonalData(properties), measurements, severityLevel });
  }

  trackDependency({ dependencyTypeName, target, name, duration, success, resultCode }: TelemetryDependency): void {
    this.sink.trackDependency({ dependencyTypeName, target, name, data: '', duration, success, resultCode });
  }

  flush(): void {
    this.sink.flush();
  }
}
