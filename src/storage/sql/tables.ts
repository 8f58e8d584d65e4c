/**
 * The tables as Kysely sees them: one interface per table, columns in the types both engines
 * return (text, numbers, milliseconds since the epoch as numbers, JSON as text). The schema
 * itself is made by the migrations beside this file; add a table to both.
 */
export interface Tables {
  bot_state: BotStateTable;
}

/** botbuilder conversation and user state, one JSON document per key. */
export interface BotStateTable {
  key: string;
  document: string;
  etag: number;
  /** ISO 8601 instant of the last write; retention compares it as text. */
  updated_at: string;
}
