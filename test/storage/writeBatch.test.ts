import { sql } from 'kysely';
import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src/storage/database.js';
import type { SqlDatabase } from '../../src/storage/sql/sqlDatabase.js';
import { SqlTranscriptStore } from '../../src/storage/sqlTranscriptStore.js';
import { WriteBatch } from '../../src/storage/writeBatch.js';
import { TelemetryEventStore } from '../../src/telemetry/telemetryEventStore.js';
import { engines, openTestDatabase } from '../support/sqlDatabases.js';
import { exchange, residentMessage, startTestApp } from '../support/testApp.js';

const event = (name: string) => ({ at: '2026-11-05T10:00:00.000Z', kind: 'event' as const, name, conversationId: 'c1', channel: 'test', properties: {}, metrics: {} });
const rowCount = async (database: SqlDatabase, table: string): Promise<number> =>
  Number((await sql<{ count: number }>`SELECT COUNT(*) AS count FROM ${sql.table(table)}`.execute(database.db)).rows[0]!.count);

describe.each(engines)('batched writes on %s', (engine) => {
  it('keeps telemetry events off the turn, and a read sees them at once', async () => {
    const database = await openTestDatabase(engine);
    const store = new TelemetryEventStore(database);
    store.append(event('answer'));
    store.append(event('resolved'));
    expect(await rowCount(database, 'telemetry_events')).toBe(0);
    expect((await store.between('2026-11-05', '2026-11-06')).map((stored) => stored.name)).toEqual(['answer', 'resolved']);
    expect(await rowCount(database, 'telemetry_events')).toBe(2);
  });

  it('writes on its own shortly after', async () => {
    const database = await openTestDatabase(engine);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const store = new TelemetryEventStore(database);
      store.append(event('answer'));
      await vi.advanceTimersByTimeAsync(100);
      await vi.waitFor(async () => expect(await rowCount(database, 'telemetry_events')).toBe(1));
    } finally {
      vi.useRealTimers();
    }
  });

  it('writes transcripts before they are read or expired', async () => {
    const database = await openTestDatabase(engine);
    const transcripts = new SqlTranscriptStore(database);
    const activity = { type: 'message', channelId: 'test', conversation: { id: 'c1' }, text: 'hello', timestamp: '2026-11-05T10:00:00Z' };
    transcripts.logActivity(activity as never);
    expect(await rowCount(database, 'transcript_activities')).toBe(0);
    expect((await transcripts.getTranscriptActivities('test', 'c1')).items).toHaveLength(1);
    transcripts.logActivity({ ...activity, text: 'again' } as never);
    expect(await transcripts.deleteOlderThan(new Date('2026-11-06T00:00:00Z'))).toBe(2);
  });

  it('keeps the rows of a batch the database refused, for the next try', async () => {
    const database = await openTestDatabase(engine);
    await sql`CREATE TABLE numbers (value INTEGER NOT NULL CHECK (value > 0))`.execute(database.db);
    let refuse = true;
    const batch = new WriteBatch<number>(database, async (transaction, values) => {
      await sql`INSERT INTO numbers (value) VALUES ${sql.join(values.map((value) => sql`(${refuse ? -value : value})`))}`.execute(transaction);
    });
    batch.add(1);
    batch.add(2);
    await expect(batch.flush()).rejects.toThrow();
    expect(await rowCount(database, 'numbers')).toBe(0);
    refuse = false;
    await batch.flush();
    expect((await sql<{ value: number }>`SELECT value FROM numbers ORDER BY value`.execute(database.db)).rows).toEqual([{ value: 1 }, { value: 2 }]);
  });

  it('writes at once when many rows wait, without waiting for the timer', async () => {
    const database = await openTestDatabase(engine);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const store = new TelemetryEventStore(database);
      for (let count = 0; count < 200; count += 1) store.append(event(`e${count}`));
      await vi.waitFor(async () => expect(await rowCount(database, 'telemetry_events')).toBe(200));
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('batched writes in the app', () => {
  it('loses nothing on a clean shutdown: the last turn’s transcript and events are on disk', async () => {
    const app = await startTestApp();
    await exchange(app.url, residentMessage('shutdown-check', 'how do I pay my council tax'));
    await app.close();
    const database = openDatabase(app.config.dataDir);
    const count = (table: string) => (database.prepare(`SELECT COUNT(*) AS count FROM ${table}`).get() as { count: number }).count;
    expect(count('transcript_activities')).toBeGreaterThanOrEqual(2);
    expect(count('telemetry_events')).toBeGreaterThan(0);
    database.close();
  });
});
