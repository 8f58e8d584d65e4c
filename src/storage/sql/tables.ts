import type { ColumnType, Generated } from 'kysely';

/**
 * The tables as Kysely sees them: one interface per table, columns in the types both engines
 * return (text, numbers, milliseconds since the epoch as numbers, JSON as text). The schema
 * itself is made by the migrations beside this file; add a table to both.
 */
export interface Tables {
  bot_state: BotStateTable;
  // Channels and telemetry: the local Direct Line, offered choices, WhatsApp, telemetry events, transcripts.
  directline_conversations: DirectLineConversationsTable;
  directline_activities: DirectLineActivitiesTable;
  offered_choices: OfferedChoicesTable;
  whatsapp_contacts: WhatsAppContactsTable;
  whatsapp_inbound: WhatsAppInboundTable;
  whatsapp_statuses: WhatsAppStatusesTable;
  whatsapp_moved: WhatsAppMovedTable;
  telemetry_events: TelemetryEventsTable;
  transcript_activities: TranscriptActivitiesTable;
}

/** botbuilder conversation and user state, one JSON document per key. */
export interface BotStateTable {
  key: string;
  document: string;
  etag: number;
  /** ISO 8601 instant of the last write; retention compares it as text. */
  updated_at: string;
}

// Channels and telemetry (the local Direct Line, offered choices, WhatsApp, telemetry events, transcripts).

/** A local Direct Line conversation; `started` is 0 or 1, times are ISO 8601 text. */
export interface DirectLineConversationsTable {
  id: string;
  user_id: string;
  started: ColumnType<number, number | undefined, number>;
  created_at: ColumnType<string, string | undefined, never>;
  updated_at: string;
}

/** The local Direct Line's log; `seq` is the watermark Web Chat passes back. */
export interface DirectLineActivitiesTable {
  seq: Generated<number>;
  conversation_id: string;
  activity: string;
}

export interface OfferedChoicesTable {
  conversation_key: string;
  /** JSON array of choices. */
  choices: string;
  /** Epoch milliseconds. */
  offered_at: number;
}

/** Times are epoch milliseconds; `phone_number` '' means "no number, only a user id". */
export interface WhatsAppContactsTable {
  conversation_id: string;
  phone_number: string;
  user_id: string | null;
  last_inbound_at: number;
  template_sent_at: number | null;
}

export interface WhatsAppInboundTable {
  message_id: string;
  received_at: number;
}

export interface WhatsAppStatusesTable {
  message_id: string;
  status: string;
  conversation_id: string | null;
  status_at: number;
  /** JSON array of error codes. */
  error_codes: string | null;
  recorded_at: number;
}

export interface WhatsAppMovedTable {
  conversation_key: string;
  conversation_id: string;
}

/** `properties` and `metrics` are JSON objects; `at` is ISO 8601. */
export interface TelemetryEventsTable {
  id: Generated<number>;
  at: string;
  kind: string;
  name: string;
  conversation_id: string | null;
  channel: string | null;
  properties: string;
  metrics: string;
}

/** Every activity in and out of a conversation, as JSON; `timestamp` is ISO 8601. */
export interface TranscriptActivitiesTable {
  seq: Generated<number>;
  channel_id: string;
  conversation_id: string;
  timestamp: string;
  activity: string;
}
