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

/** Reads the stored conversation events for a range and computes the report. */
export function createMetricsReader({ store, profile, now = () => new Date() }: MetricsReaderOptions): MetricsReader {
  return {
    async report(range) {
      const window = storageWindow(range);
      const events = (await store.between(window.from, window.to, conversationEventPrefix)).flatMap((stored): TimedEvent[] => {
        const event = decodeConversationEvent(stored.name, stored.properties, stored.metrics);
        if (!event) return [];
        // Questions stored before the redactor learnt names and dates of birth are still in the table until retention removes them.
        return [{ at: stored.at, event: event.name === 'unanswered' ? { ...event, question: keptText(event.question) } : event }];
      });
      return computeMetricsReport({ events, range, profile, asOf: now() });
    },
    today: () => localDate(now().toISOString(), profile.council.timezone),
  };
}
