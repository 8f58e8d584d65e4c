import type { SqliteDatabase } from '../storage/database.js';
import { WriteBatch } from '../storage/writeBatch.js';

export type TelemetryKind = 'event' | 'trace' | 'exception' | 'dependency' | 'pageView';

export interface StoredTelemetryEvent {
  /** ISO 8601, UTC */
  at: string;
  kind: TelemetryKind;
  name: string;
  conversationId: string | null;
  channel: string | null;
  properties: Record<string, unknown>;
  metrics: Record<string, number>;
}

interface EventRow {
  at: string;
  kind: TelemetryKind;
  name: string;
  conversation_id: string | null;
  channel: string | null;
  properties: string;
  metrics: string;
}

const dayMs = 24 * 60 * 60 * 1000;

/** Telemetry events in SQLite, for the dashboard and metrics; never message text (the client strips it). */
export class TelemetryEventStore {
  private readonly statements;
  private readonly pending: WriteBatch<StoredTelemetryEvent>;

  constructor(database: SqliteDatabase) {
    database.exec(`CREATE TABLE IF NOT EXISTS telemetry_events (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      kind TEXT NOT NULL,
      name TEXT NOT NULL,
      conversation_id TEXT,
      channel TEXT,
      properties TEXT NOT NULL,
      metrics TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS telemetry_events_at ON telemetry_events (at)`);
    this.statements = {
      insert: database.prepare<[string, string, string, string | null, string | null, string, string]>(
        'INSERT INTO telemetry_events (at, kind, name, conversation_id, channel, properties, metrics) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      between: database.prepare<[string, string, string], EventRow>(
        `SELECT at, kind, name, conversation_id, channel, properties, metrics FROM telemetry_events
         WHERE at >= ? AND at < ? AND name LIKE ? ESCAPE '\\' ORDER BY at, id`,
      ),
      deleteBefore: database.prepare<[string]>('DELETE FROM telemetry_events WHERE at < ?'),
    };
    const insert = this.statements.insert;
    this.pending = new WriteBatch(database, (event) =>
      insert.run(event.at, event.kind, event.name, event.conversationId, event.channel, JSON.stringify(event.properties), JSON.stringify(event.metrics)),
    );
  }

  /** Queued and written with the others of the moment (see `WriteBatch`). */
  append(event: StoredTelemetryEvent): void {
    this.pending.add(event);
  }

  /** Writes queued events now: before every read, and at shutdown. */
  flush(): void {
    this.pending.flush();
  }

  /** Events at or after `from` and before `to` (ISO instants), oldest first; optionally only names starting with `namePrefix`. */
  between(from: string, to: string, namePrefix = ''): StoredTelemetryEvent[] {
    this.flush();
    const like = `${namePrefix.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    return this.statements.between.all(from, to, like).map((row) => ({
      at: row.at,
      kind: row.kind,
      name: row.name,
      conversationId: row.conversation_id,
      channel: row.channel,
      properties: JSON.parse(row.properties) as Record<string, unknown>,
      metrics: JSON.parse(row.metrics) as Record<string, number>,
    }));
  }

  /** Deletes events older than `days` days; returns how many went. */
  async pruneOlderThan(days: number, now: Date = new Date()): Promise<number> {
    this.flush();
    return this.statements.deleteBefore.run(new Date(now.getTime() - days * dayMs).toISOString()).changes;
  }
}
