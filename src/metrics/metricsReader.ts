import { setImmediate as nextLoopTurn } from 'node:timers/promises';
import { LRUCache } from 'lru-cache';
import type { CouncilProfile } from '../profile/councilProfile.js';
import { decodeConversationEvent, conversationEventPrefix } from '../telemetry/conversationEventCodec.js';
import { keptText } from '../telemetry/privacyFilteredTelemetryClient.js';
import type { TelemetryEventStore } from '../telemetry/telemetryEventStore.js';
import { localDate, storageWindow, type DateRange } from './dateRange.js';
import { computeMetricsReport, type MetricsReport } from './metricsReport.js';
import type { TimedEvent } from './sessions.js';

export interface MetricsReader {
  report(range: DateRange): Promise<MetricsReport>;
  /** Today in the council's time zone, the default end of a range. */
  today(): string;
}

export interface MetricsReaderOptions {
  store: TelemetryEventStore;
  profile: CouncilProfile;
  now?: () => Date;
}

/**
 * Events read between two turns of the event loop: a report over 30,000 events held it for 2 s, and over 300,000 for 15 s, every
 * resident's turn and health probe waiting (outside attack 28, A28-08).
 */
const eventsAtATime = 500;

/** Unanswered questions as read again by the redactor, by their stored text: a dashboard asks for the same range again and again. */
const questionsRemembered = 20_000;

/** Reads the stored conversation events for a range and computes the report, one report at a time. */
export function createMetricsReader({ store, profile, now = () => new Date() }: MetricsReaderOptions): MetricsReader {
  const kept = new LRUCache<string, string>({ max: questionsRemembered });
  const keptQuestion = (question: string): string => {
    let text = kept.get(question);
    if (text === undefined) {
      text = keptText(question);
      kept.set(question, text);
    }
    return text;
  };
  let running: Promise<unknown> = Promise.resolve();
  return {
    report(range) {
      const next = running.catch(() => undefined).then(async () => {
        const window = storageWindow(range);
        const stored = await store.between(window.from, window.to, conversationEventPrefix);
        const events: TimedEvent[] = [];
        for (const [index, { at, name, properties, metrics }] of stored.entries()) {
          if (index % eventsAtATime === 0) await nextLoopTurn();
          const event = decodeConversationEvent(name, properties, metrics);
          if (!event) continue;
          // Questions stored before the redactor learnt names and dates of birth are still in the table until retention removes them.
          events.push({ at, event: event.name === 'unanswered' ? { ...event, question: keptQuestion(event.question) } : event });
        }
        return computeMetricsReport({ events, range, profile, asOf: now() });
      });
      running = next;
      return next;
    },
    today: () => localDate(now().toISOString(), profile.council.timezone),
  };
}
