import { describe, expect, it } from 'vitest';
import { DirectLineStore, activitiesPerPage, type ActivityJson } from '../../../src/channels/directLine/directLineStore.js';
import { engines, openTestDatabase, openTwoInstances } from '../../support/sqlDatabases.js';

describe.each(engines)('DirectLineStore on %s', (engine) => {
  it('keeps a conversation once, and lets only the first caller claim its start', async () => {
    const store = new DirectLineStore(await openTestDatabase(engine));
    await store.createConversation('c1', 'u1');
    await store.createConversation('c1', 'someone else');
    expect(await store.findConversation('c1')).toEqual({ id: 'c1', userId: 'u1', started: false });
    expect(await store.findConversation('missing')).toBeUndefined();
    expect([await store.claimStart('c1'), await store.claimStart('c1')]).toEqual([true, false]);
    expect((await store.findConversation('c1'))?.started).toBe(true);
  });

  it('pages activities after a watermark, in order, with ids from their position', async () => {
    const store = new DirectLineStore(await openTestDatabase(engine));
    await store.createConversation('c1', 'u1');
    await store.createConversation('c2', 'u2');
    const first = await store.append('c1', { type: 'message', text: 'one' });
    await store.append('c2', { type: 'message', text: 'elsewhere' });
    const second = await store.append('c1', { type: 'message', text: 'two' });
    const all = await store.activitiesSince('c1', 0);
    expect(all.activities).toEqual([
      { type: 'message', text: 'one', id: first },
      { type: 'message', text: 'two', id: second },
    ]);
    const afterFirst = await store.activitiesSince('c1', Number(first.split('|')[1]));
    expect(afterFirst.activities.map((activity) => activity.text)).toEqual(['two']);
    expect(await store.activitiesSince('c1', all.watermark)).toEqual({ activities: [], watermark: all.watermark });
  });

  it('gives a page at a time: a long log comes back in pages, each poll from the last one\'s watermark (outside attack 17, N10)', async () => {
    const store = new DirectLineStore(await openTestDatabase(engine));
    await store.createConversation('c1', 'u1');
    for (let message = 0; message < activitiesPerPage + 5; message += 1) await store.append('c1', { type: 'message', text: `m${message}` });
    const first = await store.activitiesSince('c1', 0);
    expect(first.activities).toHaveLength(activitiesPerPage);
    const rest = await store.activitiesSince('c1', first.watermark);
    expect(rest.activities.map((activity) => activity.text)).toEqual(['m32', 'm33', 'm34', 'm35', 'm36']);
  });

  it('appends a keyed activity once per conversation: the key\'s second append gets the first one\'s id', async () => {
    const store = new DirectLineStore(await openTestDatabase(engine));
    await store.createConversation('c1', 'u1');
    await store.createConversation('c2', 'u2');
    const first = await store.append('c1', { type: 'message', text: 'call 999' }, 'turn-reply:a:0:x');
    expect(await store.append('c1', { type: 'message', text: 'call 999' }, 'turn-reply:a:0:x')).toBe(first);
    await store.append('c2', { type: 'message', text: 'call 999' }, 'turn-reply:a:0:x');
    expect((await store.activitiesSince('c1', 0)).activities.map((activity) => activity.text)).toEqual(['call 999']);
    expect((await store.activitiesSince('c2', 0)).activities).toHaveLength(1);
  });

  it('offers an unfinished turn for taking up, marked overtaken once a later message of its conversation has been answered', async () => {
    const store = new DirectLineStore(await openTestDatabase(engine));
    await store.createConversation('c1', 'u1');
    const orphan = await store.appendOnce('c1', { type: 'message', text: 'Recycling' }, 'first');
    const later = new Date(Date.now() + 60_000);
    const offered = async () => (await store.unfinishedTurns('c1', later, 3)).map((turn) => [turn.id, turn.overtaken]);
    expect(await offered()).toEqual([[orphan.id, false]]);
    // The resident sent it again under a new id and went on; that turn finished.
    const resent = await store.appendOnce('c1', { type: 'message', text: 'Recycling' }, 'second');
    expect(await offered()).toEqual([[orphan.id, false], [resent.id, false]]);
    await store.markHandled('c1', resent.id);
    // Offered still, marked as overtaken: only a safety concern in it is worth its turn now.
    expect(await offered()).toEqual([[orphan.id, true]]);
  });
});

/** Web Chat's polling loop: every page after the watermark it was last given, until told to stop, then once more. */
async function poll(store: DirectLineStore, conversationId: string, stopped: () => boolean): Promise<ActivityJson[]> {
  const seen: ActivityJson[] = [];
  let watermark = 0;
  for (let last = false; !last; ) {
    last = stopped();
    const page = await store.activitiesSince(conversationId, watermark);
    seen.push(...page.activities);
    watermark = page.watermark;
  }
  return seen;
}

describe('DirectLineStore shared by two instances on one PostgreSQL', () => {
  it('gives a resident polling one instance every reply written on either, in order, each once', async () => {
    const [first, second] = await openTwoInstances();
    const [a, b] = [new DirectLineStore(first), new DirectLineStore(second)];
    await a.createConversation('c1', 'u1');
    const writers = 8;
    const each = 40;
    let finished = false;
    const polls = Promise.all([poll(a, 'c1', () => finished), poll(b, 'c1', () => finished)]);
    const written = await Promise.all(
      Array.from({ length: writers }, async (_, writer) => {
        const ids: string[] = [];
        for (let index = 0; index < each; index += 1) ids.push(await (writer % 2 ? b : a).append('c1', { type: 'message', text: `${writer}:${index}` }));
        return ids;
      }),
    );
    finished = true;
    const [seenOnA, seenOnB] = await polls;
    const inOrder = written.flat().sort();
    expect(seenOnA.map((activity) => activity.id)).toEqual(inOrder);
    expect(seenOnB.map((activity) => activity.id)).toEqual(inOrder);
    // Each writer's messages come in the order it sent them.
    for (let writer = 0; writer < writers; writer += 1) {
      const mine = seenOnA.filter((activity) => String(activity.text).startsWith(`${writer}:`)).map((activity) => activity.text);
      expect(mine).toEqual(Array.from({ length: each }, (_, index) => `${writer}:${index}`));
    }
  });
});
