import { describe, expect, it } from 'vitest';
import { DirectLineStore } from '../../src/channels/directLine/directLineStore.js';
import { conversationKeyOf, OfferedChoicesStore } from '../../src/channels/rendering/offeredChoicesStore.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { SqlHandoffHub } from '../../src/handoff/sqlHandoffHub.js';
import { ConversationReferences } from '../../src/storage/conversationReferences.js';
import { conversationRetention } from '../../src/storage/conversationRetention.js';
import { openDatabase } from '../../src/storage/database.js';
import { daysBefore } from '../../src/storage/retention.js';
import { SqlStorage } from '../../src/storage/sqlStorage.js';
import { migrate } from '../../src/storage/sql/migrations.js';
import { openSqlite } from '../../src/storage/sql/sqlDatabase.js';
import { handoffRequest } from '../handoff/harness.js';
import { temporaryDataDir } from '../support/tempDir.js';

const start = new Date('2026-03-01T09:00:00.000Z');
const day = 24 * 60 * 60 * 1000;

/** Every store on one database and one clock the test moves. */
async function stores(dataDir = temporaryDataDir()) {
  const clock = { now: start };
  const now = () => clock.now;
  const database = openDatabase(dataDir);
  const shared = openSqlite(database);
  await migrate(shared);
  const storage = new SqlStorage(shared, now);
  const references = new ConversationReferences(shared, now);
  const directLine = new DirectLineStore(shared, now);
  const offered = new OfferedChoicesStore(shared);
  const hub = new SqlHandoffHub({ database: shared, now });
  const retention = conversationRetention({ stores: [storage, references, directLine, offered], openConversations: () => hub.openConversations(), now });
  const advance = (days: number) => {
    clock.now = new Date(clock.now.getTime() + days * day);
  };
  return { database, storage, references, directLine, offered, hub, retention, advance, now };
}

/** What a conversation leaves behind on Web Chat: state, a reference, a Direct Line log, the choices last offered. */
async function converse(world: Awaited<ReturnType<typeof stores>>, conversationId: string): Promise<void> {
  await world.storage.write({ [`webchat/conversations/${conversationId}`]: { assistant: { recentTurns: ['my bin was missed'] } } });
  const conversation = { id: conversationId, isGroup: false, conversationType: 'personal', name: 'webchat' };
  await world.references.remember({ conversation, channelId: 'webchat', serviceUrl: 'http://127.0.0.1:9' });
  if (!(await world.directLine.findConversation(conversationId))) await world.directLine.createConversation(conversationId, `user-${conversationId}`);
  await world.directLine.append(conversationId, { type: 'message', text: 'my bin was missed' });
  await world.offered.remember(conversationKeyOf('webchat', conversationId), [{ label: 'Report a missed bin' }], world.now().getTime());
}

async function kept(world: Awaited<ReturnType<typeof stores>>, conversationId: string) {
  return {
    state: Object.keys(await world.storage.read([`webchat/conversations/${conversationId}`])).length === 1,
    reference: (await world.references.find(conversationId)) !== undefined,
    directLine: (await world.directLine.findConversation(conversationId)) !== undefined,
    activities: (await world.directLine.activitiesSince(conversationId, 0)).activities.length,
    choices: (await world.offered.offered(conversationKeyOf('webchat', conversationId))).length,
  };
}

const everything = { state: true, reference: true, directLine: true, activities: 1, choices: 1 };
const nothing = { state: false, reference: false, directLine: false, activities: 0, choices: 0 };

describe('conversation retention', () => {
  it('deletes state, the reference and the Direct Line log of a conversation idle for longer than the period', async () => {
    const world = await stores();
    await converse(world, 'idle');
    await world.storage.write({ 'webchat/users/user-idle': { preferences: {} } });
    world.advance(29);
    await converse(world, 'recent');
    world.advance(2);

    // state + user state + reference + Direct Line conversation + its activity + the choices offered
    expect(await world.retention.pruneOlderThan(30)).toBe(6);
    expect(await kept(world, 'idle')).toEqual(nothing);
    expect(await world.storage.read(['webchat/users/user-idle'])).toEqual({});
    expect(await kept(world, 'recent')).toEqual(everything);
  });

  it('counts from the last update, not the first', async () => {
    const world = await stores();
    await converse(world, 'returning');
    world.advance(25);
    await converse(world, 'returning');
    world.advance(25);
    expect(await world.retention.pruneOlderThan(30)).toBe(0);
    expect(await kept(world, 'returning')).toEqual({ ...everything, activities: 2 });
  });

  it('keeps everything of a conversation whose handoff is still open, however old', async () => {
    const world = await stores();
    for (const id of ['waiting', 'active', 'completed']) {
      await converse(world, id);
      await world.hub.initiate(handoffRequest({ conversationId: id, channel: 'webchat' }));
    }
    await world.hub.accept('active', 'alice');
    await world.hub.close('completed');
    world.advance(90);

    await world.retention.pruneOlderThan(30);
    expect(await kept(world, 'waiting')).toEqual(everything);
    expect(await kept(world, 'active')).toEqual(everything);
    expect(await kept(world, 'completed')).toEqual(nothing);
  });

  it('keeps an open conversation younger than the period', async () => {
    const world = await stores();
    await converse(world, 'young');
    await world.hub.initiate(handoffRequest({ conversationId: 'young', channel: 'webchat' }));
    world.advance(29);
    expect(await world.retention.pruneOlderThan(30)).toBe(0);
    expect(await kept(world, 'young')).toEqual(everything);
  });

  it('gives a Direct Line log from before retention an updated_at, starting its clock at the upgrade', async () => {
    const dataDir = temporaryDataDir();
    const old = openDatabase(dataDir);
    // The schema as it was before retention.
    old.exec(`
      CREATE TABLE directline_conversations (
        id TEXT PRIMARY KEY, user_id TEXT NOT NULL, started INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')));
      CREATE TABLE directline_activities (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, conversation_id TEXT NOT NULL, activity TEXT NOT NULL);
      INSERT INTO directline_conversations (id, user_id, created_at) VALUES ('from-2025', 'u', '2025-01-01T00:00:00.000Z');
      INSERT INTO directline_activities (conversation_id, activity) VALUES ('from-2025', '{"type":"message"}');
    `);
    old.close();

    // The migration runs on the wall clock, not the test's.
    const upgradedAt = Date.now();
    const upgraded = await stores(dataDir);
    expect(await upgraded.directLine.findConversation('from-2025')).toBeDefined();
    const cutoff = (days: number) => daysBefore(new Date(upgradedAt + days * day), 30);
    expect(await upgraded.directLine.deleteIdleSince(cutoff(29), [])).toBe(0);
    expect(await upgraded.directLine.deleteIdleSince(cutoff(31), [])).toBe(2);
    expect(await upgraded.directLine.findConversation('from-2025')).toBeUndefined();
    upgraded.database.close();
    // Opening it again leaves the migrated table alone.
    (await stores(dataDir)).database.close();
  });
});

describe('CONVERSATION_RETENTION_DAYS', () => {
  it('defaults to 30 days', () => {
    expect(loadConfig({}).retention.conversationDays).toBe(30);
    expect(loadConfig({ CONVERSATION_RETENTION_DAYS: '7' }).retention.conversationDays).toBe(7);
  });

  it.each(['0', '-5', '1.5', 'thirty'])('refuses %s at start-up, naming the variable', (value) => {
    expect(() => loadConfig({ CONVERSATION_RETENTION_DAYS: value })).toThrow(ConfigError);
    expect(() => loadConfig({ CONVERSATION_RETENTION_DAYS: value })).toThrow(/CONVERSATION_RETENTION_DAYS/);
  });
});
