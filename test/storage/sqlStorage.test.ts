import { describe, expect, it } from 'vitest';
import { SqlStorage, StateConflictError } from '../../src/storage/sqlStorage.js';
import { engines, openTestDatabase, openTwoInstances } from '../support/sqlDatabases.js';

describe.each(engines)('SqlStorage (botbuilder Storage) on %s', (engine) => {
  it('reads back what it wrote, with an eTag, and nothing for a missing key', async () => {
    const storage = new SqlStorage(await openTestDatabase(engine));
    await storage.write({ 'webchat/conversations/c1': { step: 2, slots: { bin: 'garden' } } });
    const items = await storage.read(['webchat/conversations/c1', 'missing']);
    expect(items['webchat/conversations/c1']).toEqual({ step: 2, slots: { bin: 'garden' }, eTag: '1' });
    expect(items.missing).toBeUndefined();
  });

  it('rejects a write with a stale eTag and accepts "*"', async () => {
    const storage = new SqlStorage(await openTestDatabase(engine));
    await storage.write({ key: { value: 1 } });
    const { key } = await storage.read(['key']);
    await storage.write({ key: { ...key, value: 2 } });
    await expect(storage.write({ key: { ...key, value: 3 } })).rejects.toThrow(StateConflictError);
    await storage.write({ key: { value: 4, eTag: '*' } });
    expect((await storage.read(['key'])).key).toEqual({ value: 4, eTag: '3' });
  });

  it("writes an object it read against the version it read, though botbuilder's BotState marks it \"*\" (PostgreSQL trial 13)", async () => {
    const storage = new SqlStorage(await openTestDatabase(engine));
    await storage.write({ key: { form: 'missed-bin' } });
    const frozen = (await storage.read(['key'])).key!;
    const current = (await storage.read(['key'])).key!;
    // Another instance's turn (a gas report) stops the form and saves; a second save of the same object continues from it.
    Object.assign(current, { form: null, eTag: '*' });
    await storage.write({ key: current });
    Object.assign(current, { concern: 'gas', eTag: '*' });
    await storage.write({ key: current });
    // The frozen instance resumes and saves what it read, with BotState's "*".
    Object.assign(frozen, { form: 'missed-bin', step: 'which day', eTag: '*' });
    await expect(storage.write({ key: frozen })).rejects.toThrow(StateConflictError);
    expect((await storage.read(['key'])).key).toEqual({ form: null, concern: 'gas', eTag: '3' });
  });

  it('writes nothing of a batch when one item conflicts', async () => {
    const storage = new SqlStorage(await openTestDatabase(engine));
    await storage.write({ a: { value: 1 }, b: { value: 1 } });
    const stale = await storage.read(['a', 'b']);
    await storage.write({ b: { ...stale.b, value: 2 } });
    await expect(storage.write({ a: { ...stale.a, value: 9 }, b: { ...stale.b, value: 9 } })).rejects.toThrow(StateConflictError);
    expect(await storage.read(['a', 'b'])).toEqual({ a: { value: 1, eTag: '1' }, b: { value: 2, eTag: '2' } });
  });

  it('deletes keys', async () => {
    const storage = new SqlStorage(await openTestDatabase(engine));
    await storage.write({ a: { x: 1 }, b: { x: 2 } });
    await storage.delete(['a']);
    expect(Object.keys(await storage.read(['a', 'b']))).toEqual(['b']);
  });

  it("lets retention delete idle state but keep an open conversation's, under the keys botbuilder writes (PostgreSQL trial 21, PG21-04)", async () => {
    let now = new Date('2026-01-01T00:00:00Z');
    const storage = new SqlStorage(await openTestDatabase(engine), () => now);
    // ConversationState's keys end in a slash (its namespace after it); a Teams group member's slot adds members/<id>.
    await storage.write({ 'webchat/conversations/idle/': { x: 1 }, 'webchat/conversations/open/': { x: 2 }, 'msteams/conversations/group/members/aad-1': { x: 4 }, 'webchat/conversations/open-not/': { x: 5 } });
    now = new Date('2026-03-01T00:00:00Z');
    await storage.write({ 'webchat/conversations/fresh/': { x: 3 } });
    const open = [
      { channel: 'webchat', conversationId: 'open' },
      { channel: 'msteams', conversationId: 'group' },
    ];
    const deleted = await storage.deleteIdleSince(new Date('2026-02-01T00:00:00Z'), open);
    expect(deleted).toBe(2);
    const keys = ['webchat/conversations/idle/', 'webchat/conversations/open/', 'webchat/conversations/fresh/', 'msteams/conversations/group/members/aad-1', 'webchat/conversations/open-not/'];
    expect(Object.keys(await storage.read(keys)).sort()).toEqual(['msteams/conversations/group/members/aad-1', 'webchat/conversations/fresh/', 'webchat/conversations/open/']);
  });
});

describe('SqlStorage shared by two instances on one PostgreSQL', () => {
  it('lets exactly one of two writers holding the same eTag win', async () => {
    const [first, second] = await openTwoInstances();
    const [a, b] = [new SqlStorage(first), new SqlStorage(second)];
    await a.write({ 'webchat/conversations/c1': { turn: 1 } });
    for (let round = 0; round < 20; round += 1) {
      const [readByA, readByB] = await Promise.all([a.read(['webchat/conversations/c1']), b.read(['webchat/conversations/c1'])]);
      const outcomes = await Promise.allSettled([
        a.write({ 'webchat/conversations/c1': { ...readByA['webchat/conversations/c1'], by: 'a' } }),
        b.write({ 'webchat/conversations/c1': { ...readByB['webchat/conversations/c1'], by: 'b' } }),
      ]);
      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    }
  });
});
