import { sql } from 'kysely';
import type { SqlDatabase } from '../storage/sql/sqlDatabase.js';
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

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Telemetry events in the shared database, for the dashboard and metrics; never message text (the
 * client strips it). Every instance only inserts its own events (rows with their own identity), so
 * instances never conflict, and the dashboard on any of them reads them all.
 */
export class TelemetryEventStore {
  private readonly pending: WriteBatch<StoredTelemetryEvent>;

  constructor(private readonly database: SqlDatabase) {
    this.pending = new WriteBatch(database, async (transaction, events) => {
      await transaction
        .insertInto('telemetry_events')
        .values(
          events.map((event) => ({
            at: event.at,
            kind: event.kind,
            name: event.name,
            conversation_id: event.conversationId,
            channel: event.channel,
            properties: JSON.stringify(event.properties),
            metrics: JSON.stringify(event.metrics),
          })),
        )
        .execute();
    });
  }

  /** Queued and written with the others of the moment (see `WriteBatch`). */
  append(event: StoredTelemetryEvent): void {
    this.pending.add(event);
  }

  /** Writes queued events now: before every read, and at shutdown. */
  flush(): Promise<void> {
    return this.pending.flush();
  }

  /** Events at or after `from` and before `to` (ISO instants), oldest first; optionally only names starting with `namePrefix`. */
  async between(from: string, to: string, namePrefix = ''): Promise<StoredTelemetryEvent[]> {
    await this.flush();
    const like = `${namePrefix.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    const rows = await this.database.db
      .selectFrom('telemetry_events')
      .select(['at', 'kind', 'name', 'conversation_id', 'channel', 'properties', 'metrics'])
      .where('at', '>=', from)
      .where('at', '<', to)
      // The engines differ on LIKE's escape character unless it is named.
      .where(sql<boolean>`name LIKE ${like} ESCAPE '\\'`)
      .orderBy('at')
      .orderBy('id')
      .execute();
    return rows.map((row) => ({
      at: row.at,
      kind: row.kind as TelemetryKind,
      name: row.name,
      conversationId: row.conversation_id,
      channel: row.channel,
      properties: JSON.parse(row.properties) as Record<string, unknown>,
      metrics: JSON.parse(row.metrics) as Record<string, number>,
    }));
  }

  /** Deletes events older than `days` days; returns how many went. */
  async pruneOlderThan(days: number, now: Date = new Date()): Promise<number> {
    await this.flush();
    const result = await this.database.db.deleteFrom('telemetry_events').where('at', '<', new Date(now.getTime() - days * dayMs).toISOString()).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
