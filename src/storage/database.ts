import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export type SqliteDatabase = Database.Database;

/** Opens (creating if needed) the embedded SQLite database that holds all durable state. */
export function openDatabase(dataDir: string, fileName = 'assistant.sqlite'): SqliteDatabase {
  mkdirSync(dataDir, { recursive: true });
  const database = new Database(join(dataDir, fileName));
  // WAL keeps readers (dashboards, consoles) from blocking the bot's writes.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('busy_timeout = 5000');
  return database;
}
