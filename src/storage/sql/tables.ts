import type { Generated } from 'kysely';

/**
 * The tables as Kysely sees them: one interface per table, columns in the types both engines
 * return (text, numbers, milliseconds since the epoch as numbers, JSON as text). The schema
 * itself is made by the migrations beside this file; add a table to both.
 */
export interface Tables {
  bot_state: BotStateTable;
  // The handoff queue, advisor sessions, the sign-in throttle and conversation references (src/handoff, src/storage/conversationReferences.ts).
  handoff_entries: HandoffEntriesTable;
  handoff_messages: HandoffMessagesTable;
}

/** botbuilder conversation and user state, one JSON document per key. */
export interface BotStateTable {
  key: string;
  document: string;
  etag: number;
  /** ISO 8601 instant of the last write; retention compares it as text. */
  updated_at: string;
}

// --- The handoff queue, advisor sessions, the sign-in throttle and conversation references ---

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
  accepted_at: string | null;
  completed_at: string | null;
}

/** A handoff's transcript, in `seq` order (autoincrement on SQLite, an identity on PostgreSQL). */
export interface HandoffMessagesTable {
  seq: Generated<number>;
  entry_id: string;
  sender: 'resident' | 'bot' | 'advisor';
  text: string;
  at: string;
}
