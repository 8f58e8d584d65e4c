import type { ColumnType, Generated } from 'kysely';

/**
 * The tables as Kysely sees them: one interface per table, columns in the types both engines
 * return (text, numbers, milliseconds since the epoch as numbers, JSON as text). The schema
 * itself is made by the migrations beside this file; add a table to both.
 */
export interface Tables {
  bot_state: BotStateTable;
  // The phone channel.
  voice_calls: VoiceCallsTable;
  // Secrets, cases and the CRM outbox (src/cases/, src/storage/secrets.ts).
  secrets: SecretsTable;
  cases: CasesTable;
  counters: CountersTable;
  case_check_failures: CaseCheckFailuresTable;
  case_outbox: CaseOutboxTable;
  // Channels and telemetry: the local Direct Line, offered choices, WhatsApp, telemetry events, transcripts.
  directline_conversations: DirectLineConversationsTable;
  directline_activities: DirectLineActivitiesTable;
  offered_choices: OfferedChoicesTable;
  whatsapp_contacts: WhatsAppContactsTable;
  whatsapp_inbound: WhatsAppInboundTable;
  whatsapp_statuses: WhatsAppStatusesTable;
  whatsapp_moved: WhatsAppMovedTable;
  whatsapp_late_replies: WhatsAppLateRepliesTable;
  telemetry_events: TelemetryEventsTable;
  transcript_activities: TranscriptActivitiesTable;
  // Where each conversation can be reached (src/storage/conversationReferences.ts).
  conversation_references: ConversationReferencesTable;
  // Advisor sessions (src/handoff/advisorSessions.ts).
  handoff_advisor_sessions: AdvisorSessionsTable;
  // Limits shared by every instance: staff sign-ins, resident chats (src/storage/windowedCounts.ts).
  rate_counts: RateCountsTable;
  // The handoff queue (src/handoff/sqlHandoffHub.ts).
  handoff_entries: HandoffEntriesTable;
  handoff_messages: HandoffMessagesTable;
  handoff_reply_keys: HandoffReplyKeysTable;
}

/** botbuilder conversation and user state, one JSON document per key. */
export interface BotStateTable {
  key: string;
  document: string;
  etag: number;
  /** ISO 8601 instant of the last write; retention compares it as text. */
  updated_at: string;
}

/** A call between two webhooks (src/channels/voice/voiceCallStore.ts). */
export interface VoiceCallsTable {
  conversation_id: string;
  question: string;
  choices: string;
  unheard: string;
  misses: number;
  turns: number;
  last_request: string;
  last_answer: string;
  /** JSON of the SpokenTurn last heard; '' before the column existed. */
  last_turn: string;
  /** Milliseconds since the epoch. */
  updated_at: number;
  /** The safety advice's key sentence last said on the call ('' for none): said again if a transfer is not answered. */
  safety_line: Generated<string>;
  /** 1 once a transfer on the call was not answered: it is not offered again. */
  transfer_unanswered: Generated<number>;
}

// Secrets, cases and the CRM outbox (src/cases/, src/storage/secrets.ts).

/** Random keys every instance signs with; made once, by whichever instance asks first. */
export interface SecretsTable {
  name: string;
  value: Buffer;
}

/** Cases raised by residents; `seq` keeps the order they came in. */
export interface CasesTable {
  seq: Generated<number>;
  reference: string;
  type: string;
  priority: string;
  channel: string;
  conversation_id: string;
  user_id: string | null;
  /** JSON */
  details: string;
  status: string;
  /** ISO 8601 instants */
  created_at: string;
  updated_at: string;
  next_steps: string | null;
  source_message_id: string | null;
}

/** SQLite's stand-in for a sequence: one row per counter, bumped inside the transaction that uses it. */
export interface CountersTable {
  name: string;
  value: number;
}

/** A wrong postcode or phone digits given for a case (see CaseCheckGuard). */
export interface CaseCheckFailuresTable {
  reference: string;
  /** ISO 8601 */
  failed_at: string;
}

/** Cases waiting for, delivered to or given up by the council's CRM; times in epoch milliseconds. */
export interface CaseOutboxTable {
  id: Generated<number>;
  idempotency_key: string;
  body: string;
  state: 'pending' | 'delivered' | 'dead';
  attempts: Generated<number>;
  next_attempt_at: number;
  last_error: string | null;
  created_at: number;
  finished_at: number | null;
  requeued_at: number | null;
  claimed_by: string | null;
  claimed_until: number | null;
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
  /** The id the client gave a resident's activity (Web Chat's clientActivityID), for a resend to be known by; null for the bot's. */
  client_activity_id: ColumnType<string | null, string | undefined, never>;
  /** When the turn of a resident's activity finished (ISO 8601); null until then. */
  handled_at: ColumnType<string | null, never, string>;
  /** When a resident's activity was logged for its turn (ISO 8601); null for the bot's. */
  turn_due_at: ColumnType<string | null, string | undefined, never>;
  /** How many times an instance has taken up the turn after the one that logged it died. */
  turn_retries: ColumnType<number, never, number>;
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

/** Each WhatsApp message id seen, so a redelivery is known; a message waits here until its turn finishes. */
export interface WhatsAppInboundTable {
  message_id: string;
  received_at: number;
  /** The conversation the message belongs to; null for ids seen before turns were kept. */
  conversation_id: ColumnType<string | null, string | undefined, never>;
  /** The message as Meta sent it (JSON), kept only until its turn finishes; null once handled, or when there is no turn to run. */
  message: ColumnType<string | null, string | undefined, null>;
  /** When its turn finished (epoch ms); null while it has not. */
  handled_at: ColumnType<number | null, number | undefined, number>;
  /** How many times an instance has run it again after the first one did not finish it. */
  turn_retries: ColumnType<number, never, number>;
  /** The keys (`turnReplyKey`) of the replies its turn has sent so far (JSON), so a run again does not send them twice; null once handled. */
  replies_sent: ColumnType<string | null, never, string | null>;
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

/** A turn's reply the Graph API did not take at once, kept until it is sent or given up (`WhatsAppStore.keepLateReplies`). */
export interface WhatsAppLateRepliesTable {
  id: Generated<number>;
  /** The resident's message whose turn made it, and its conversation. */
  message_id: string;
  conversation_id: string;
  /** Where it goes (`WhatsAppAddress`, JSON) and the Graph API message (JSON). */
  contact: string;
  body: string;
  /** Epoch ms it was kept; given up some time after. */
  created_at: number;
  /** Epoch ms until which the instance sending it holds it; past that, any instance may take it. */
  claimed_until: number;
  /** Who holds it: an instance's token. */
  claimed_by: string;
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

// The handoff queue (src/handoff/sqlHandoffHub.ts).

/** One handoff; at most one open (waiting or active) per conversation. JSON columns are text. */
export interface HandoffEntriesTable {
  id: string;
  conversation_id: string;
  channel: string;
  reason: string;
  priority: 'safeguarding' | 'emergency' | 'normal';
  topic: string;
  summary: string;
  sentiment: string;
  details: string;
  suggested_articles: string;
  status: 'waiting' | 'active' | 'completed';
  waiting_since: string;
  advisor: string | null;
  /** The channel's id of the message whose turn queued it; null before migration 0203 or when the channel gives none. */
  started_by: string | null;
  accepted_at: string | null;
  completed_at: string | null;
}

/** A handoff's transcript, in `seq` order (autoincrement on SQLite, an identity on PostgreSQL). */
/** An advisor reply's key (chosen by the console, kept across its resends): `sent_at` is set once the resident has the reply. */
export interface HandoffReplyKeysTable {
  entry_id: string;
  reply_key: string;
  text: string;
  sent_at: string | null;
  /** ISO 8601 instant the reply was claimed for delivery; null in rows from before it was kept. */
  claimed_at: string | null;
}

export interface HandoffMessagesTable {
  seq: Generated<number>;
  entry_id: string;
  sender: 'resident' | 'bot' | 'advisor';
  text: string;
  at: string;
}

/** A conversation's latest Bot Framework reference, as JSON; `updated_at` is ISO 8601. */
export interface ConversationReferencesTable {
  conversation_id: string;
  reference: string;
  updated_at: string;
}

/** Requests counted per key (a digest of what is limited: a client address, a username, a conversation) until the window ends, in epoch milliseconds. */
export interface RateCountsTable {
  key_digest: string;
  count: number;
  window_ends_at: number;
}

/** A signed-in advisor: only a digest of the session id; times are ISO 8601. */
export interface AdvisorSessionsTable {
  id_digest: string;
  advisor: string;
  csrf_token: string;
  expires_at: string;
}
