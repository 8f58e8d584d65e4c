/**
 * The tables as Kysely sees them: one interface per table, columns in the types both engines
 * return (text, numbers, milliseconds since the epoch as numbers, JSON as text). The schema
 * itself is made by the migrations beside this file; add a table to both.
 */
export interface Tables {
  bot_state: BotStateTable;
  // The phone channel.
  voice_calls: VoiceCallsTable;
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
}
