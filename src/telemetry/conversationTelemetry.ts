import type { BotTelemetryClient } from 'botbuilder';
import { encodeConversationEvent } from './conversationEventCodec.js';
import type { ConversationTelemetry } from './conversationEvents.js';

/** Sends each conversation event to a botbuilder telemetry client: SQLite here, Application Insights in Azure. */
export function createConversationTelemetry(client: BotTelemetryClient): ConversationTelemetry {
  return { record: (event) => client.trackEvent(encodeConversationEvent(event)) };
}
