import { randomBytes } from 'node:crypto';
import type { SqliteDatabase } from './database.js';

/** A random secret kept in the database, so signed tokens stay valid across restarts. */
export function loadOrCreateSecret(database: SqliteDatabase, name: string): Buffer {
  database.exec('CREATE TABLE IF NOT EXISTS secrets (name TEXT PRIMARY KEY, value BLOB NOT NULL)');
  database.prepare('INSERT OR IGNORE INTO secrets (name, value) VALUES (?, ?)').run(name, randomBytes(32));
  const row = database.prepare<[string], { value: Buffer }>('SELECT value FROM secrets WHERE name = ?').get(name);
  return row!.value;
}
