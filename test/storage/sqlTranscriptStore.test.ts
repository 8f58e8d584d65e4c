import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { SqlTranscriptStore } from '../../src/storage/sqlTranscriptStore.js';
import { engines, openTestDatabase } from '../support/sqlDatabases.js';

describe.each(engines)('SqlTranscriptStore on %s', (engine) => {
  const activity = (conversationId: string, text: string, timestamp: string): Activity =>
    ({ type: 'message', text, channelId: 'webchat', conversation: { id: conversationId }, timestamp }) as unknown as Activity;

  it.each([
    ['no date at all', 'yesterday-ish'],
    ['a date in 9999, which would outlive retention', '9999-12-31T00:00:00Z'],
  ])('files an activity whose timestamp is %s at the time it arrives', async (_name, timestamp) => {
    const store = new SqlTranscriptStore(await openTestDatabase(engine));
    store.logActivity(activity('c1', 'claimed', timestamp));
    expect(await store.deleteOlderThan(new Date(Date.now() + 60_000))).toBe(1);
  });

  it('keeps activities per conversation in order and applies retention', async () => {
    const store = new SqlTranscriptStore(await openTestDatabase(engine));
    store.logActivity(activity('c1', 'old', '2020-01-01T00:00:00Z'));
    store.logActivity(activity('c1', 'first', '2026-11-01T10:00:00Z'));
    store.logActivity(activity('c2', 'other', '2026-11-01T10:00:01Z'));
    store.logActivity(activity('c1', 'second', '2026-11-01T10:00:02Z'));

    const page = await store.getTranscriptActivities('webchat', 'c1');
    expect(page.items.map((item) => item.text)).toEqual(['old', 'first', 'second']);
    expect((await store.listTranscripts('webchat')).items.map((item) => item.id)).toEqual(['c1', 'c2']);

    expect(await store.deleteOlderThan(new Date('2025-01-01T00:00:00Z'))).toBe(1);
    expect((await store.getTranscriptActivities('webchat', 'c1')).items.map((item) => item.text)).toEqual(['first', 'second']);
    // A conversation with a waiting or active handoff keeps its whole transcript, however old (PostgreSQL trial 21, PG21-04).
    expect(await store.deleteOlderThan(new Date('2027-01-01T00:00:00Z'), [{ channel: 'webchat', conversationId: 'c1' }])).toBe(1);
    expect((await store.getTranscriptActivities('webchat', 'c1')).items.map((item) => item.text)).toEqual(['first', 'second']);
    expect((await store.getTranscriptActivities('webchat', 'c2')).items).toEqual([]);
    await store.deleteTranscript('webchat', 'c1');
    expect((await store.getTranscriptActivities('webchat', 'c1')).items).toEqual([]);
  });
});
