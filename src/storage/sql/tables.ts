import type { Generated } from 'kysely';

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
