import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.js';
import { SqliteStorage } from '../../src/storage/sqliteStorage.js';
import { SqliteTranscriptStore } from '../../src/storage/sqliteTranscriptStore.js';
import { temporaryDataDir } from '../support/tempDir.js';

describe('SqliteStorage (botbuilder Storage)', () => {
  it('reads back what it wrote, across a reopen of the database file', async () => {
    const dataDir = temporaryDataDir();
    const first = openDatabase(dataDir);
    await new SqliteStorage(first).write({ 'webchat/conversations/c1': { step: 2, slots: { bin: 'garden' } } });
    first.close();

    const second = openDatabase(dataDir);
    const items = await new SqliteStorage(second).read(['webchat/conversations/c1', 'missing']);
    expect(items['webchat/conversations/c1']).toMatchObject({ step: 2, slots: { bin: 'garden' }, eTag: '1' });
    expect(items.missing).toBeUndefined();
    second.close();
  });

  it('rejects a write with a stale eTag and accepts "*"', async () => {
    const storage = new SqliteStorage(openDatabase(temporaryDataDir()));
    await storage.write({ key: { value: 1 } });
    const { key } = await storage.read(['key']);
    await storage.write({ key: { ...key, value: 2 } });
    await expect(storage.write({ key: { ...key, value: 3 } })).rejects.toThrow(/eTag conflict/);
    await storage.write({ key: { value: 4, eTag: '*' } });
    expect((await storage.read(['key'])).key).toMatchObject({ value: 4 });
  });

  it('deletes keys', async () => {
    const storage = new SqliteStorage(openDatabase(temporaryDataDir()));
    await storage.write({ a: { x: 1 }, b: { x: 2 } });
    await storage.delete(['a']);
    expect(Object.keys(await storage.read(['a', 'b']))).toEqual(['b']);
  });
});

describe('SqliteTranscriptStore', () => {
  const activity = (conversationId: string, text: string, timestamp: string): Activity =>
    ({ type: 'message', text, channelId: 'webchat', conversation: { id: conversationId }, timestamp }) as unknown as Activity;

  it.each([
    ['no date at all', 'yesterday-ish'],
    ['a date in 9999, which would outlive retention', '9999-12-31T00:00:00Z'],
  ])('files an activity whose timestamp is %s at the time it arrives', async (_name, timestamp) => {
    const store = new SqliteTranscriptStore(openDatabase(temporaryDataDir()));
    store.logActivity(activity('c1', 'claimed', timestamp));
    expect(store.deleteOlderThan(new Date(Date.now() + 60_000))).toBe(1);
  });

  it('keeps activities per conversation in order and applies retention', async () => {
    const database = openDatabase(temporaryDataDir());
    const store = new SqliteTranscriptStore(database);
    store.logActivity(activity('c1', 'old', '2020-01-01T00:00:00Z'));
    store.logActivity(activity('c1', 'first', '2026-11-01T10:00:00Z'));
    store.logActivity(activity('c2', 'other', '2026-11-01T10:00:01Z'));
    store.logActivity(activity('c1', 'second', '2026-11-01T10:00:02Z'));

    const page = await store.getTranscriptActivities('webchat', 'c1');
    expect(page.items.map((item) => item.text)).toEqual(['old', 'first', 'second']);
    expect((await store.listTranscripts('webchat')).items.map((item) => item.id)).toEqual(['c1', 'c2']);

    expect(store.deleteOlderThan(new Date('2025-01-01T00:00:00Z'))).toBe(1);
    expect((await store.getTranscriptActivities('webchat', 'c1')).items.map((item) => item.text)).toEqual(['first', 'second']);
    await store.deleteTranscript('webchat', 'c1');
    expect((await store.getTranscriptActivities('webchat', 'c1')).items).toEqual([]);
  });
});
