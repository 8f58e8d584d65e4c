import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src/storage/database.js';
import { SqliteTranscriptStore } from '../../src/storage/sqliteTranscriptStore.js';
import { WriteBatch } from '../../src/storage/writeBatch.js';
import { TelemetryEventStore } from '../../src/telemetry/telemetryEventStore.js';
import { temporaryDataDir } from '../support/tempDir.js';
import { exchange, residentMessage, startTestApp } from '../support/testApp.js';

const event = (name: string) => ({ at: '2026-11-05T10:00:00.000Z', kind: 'event' as const, name, conversationId: 'c1', channel: 'test', properties: {}, metrics: {} });
const rowCount = (database: ReturnType<typeof openDatabase>, table: string): number =>
  (database.prepare(`SELECT COUNT(*) AS count FROM ${table}`).get() as { count: number }).count;

describe('batched writes', () => {
  it('keeps telemetry events off the turn, and a read sees them at once', () => {
    const database = openDatabase(temporaryDataDir());
    const store = new TelemetryEventStore(database);
    store.append(event('answer'));
    store.append(event('resolved'));
    expect(rowCount(database, 'telemetry_events')).toBe(0);
    expect(store.between('2026-11-05', '2026-11-06').map((stored) => stored.name)).toEqual(['answer', 'resolved']);
    expect(rowCount(database, 'telemetry_events')).toBe(2);
  });

  it('writes on its own shortly after', async () => {
    vi.useFakeTimers();
    try {
      const database = openDatabase(temporaryDataDir());
      const store = new TelemetryEventStore(database);
      store.append(event('answer'));
      await vi.advanceTimersByTimeAsync(100);
      expect(rowCount(database, 'telemetry_events')).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('writes transcripts before they are read or expired', async () => {
    const database = openDatabase(temporaryDataDir());
    const transcripts = new SqliteTranscriptStore(database);
    const activity = { type: 'message', channelId: 'test', conversation: { id: 'c1' }, text: 'hello', timestamp: '2026-11-05T10:00:00Z' };
    transcripts.logActivity(activity as never);
    expect(rowCount(database, 'transcript_activities')).toBe(0);
    expect((await transcripts.getTranscriptActivities('test', 'c1')).items).toHaveLength(1);
    transcripts.logActivity({ ...activity, text: 'again' } as never);
    expect(transcripts.deleteOlderThan(new Date('2026-11-06T00:00:00Z'))).toBe(2);
  });

  it('keeps the rows of a batch the database refused, for the next try', () => {
    const database = openDatabase(temporaryDataDir());
    database.exec('CREATE TABLE numbers (value INTEGER NOT NULL CHECK (value > 0))');
    const insert = database.prepare('INSERT INTO numbers (value) VALUES (?)');
    let refuse = true;
    const batch = new WriteBatch<number>(database, (value) => insert.run(refuse ? -value : value));
    batch.add(1);
    batch.add(2);
    expect(() => batch.flush()).toThrow();
    expect(rowCount(database, 'numbers')).toBe(0);
    refuse = false;
    batch.flush();
    expect(database.prepare('SELECT value FROM numbers ORDER BY value').all()).toEqual([{ value: 1 }, { value: 2 }]);
  });

  it('writes at once when many rows wait', () => {
    const database = openDatabase(temporaryDataDir());
    const store = new TelemetryEventStore(database);
    for (let count = 0; count < 200; count += 1) store.append(event(`e${count}`));
    expect(rowCount(database, 'telemetry_events')).toBe(200);
  });

  it('loses nothing on a clean shutdown: the last turn’s transcript and events are on disk', async () => {
    const app = await startTestApp();
    await exchange(app.url, residentMessage('shutdown-check', 'how do I pay my council tax'));
    await app.close();
    const database = openDatabase(app.config.dataDir);
    expect(rowCount(database, 'transcript_activities')).toBeGreaterThanOrEqual(2);
    expect(rowCount(database, 'telemetry_events')).toBeGreaterThan(0);
    database.close();
  });
});
