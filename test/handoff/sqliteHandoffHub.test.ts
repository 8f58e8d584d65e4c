import { describe, expect, it } from 'vitest';
import { HandoffStateError } from '../../src/handoff/handoffHub.js';
import { SqliteHandoffHub } from '../../src/handoff/sqliteHandoffHub.js';
import { openDatabase } from '../../src/storage/database.js';
import { handoffRequest, temporaryDataDir } from './harness.js';

/** A hub whose clock the test moves forward one minute per call. */
function hubWithClock(dataDir = temporaryDataDir()) {
  let minute = 0;
  const database = openDatabase(dataDir);
  const hub = new SqliteHandoffHub({ database, now: () => new Date(Date.UTC(2026, 2, 2, 10, minute++)) });
  return { hub, database, dataDir };
}

describe('the SQLite handoff hub', () => {
  it('orders the queue safeguarding, emergency, normal; longest waiting first within each', async () => {
    const { hub } = hubWithClock();
    const normalFirst = await hub.initiate(handoffRequest({ priority: 'normal', topic: 'normal 1' }));
    await hub.initiate(handoffRequest({ priority: 'emergency', topic: 'emergency 1' }));
    await hub.initiate(handoffRequest({ priority: 'normal', topic: 'normal 2' }));
    await hub.initiate(handoffRequest({ priority: 'safeguarding', topic: 'safeguarding 1' }));
    const lastEmergency = await hub.initiate(handoffRequest({ priority: 'emergency', topic: 'emergency 2' }));

    expect((await hub.queue()).map((entry) => entry.topic)).toEqual(['safeguarding 1', 'emergency 1', 'emergency 2', 'normal 1', 'normal 2']);
    expect(normalFirst.position).toBe(1);
    expect(lastEmergency.position).toBe(3);
  });

  it('returns the open handoff instead of queuing a conversation twice', async () => {
    const { hub } = hubWithClock();
    const request = handoffRequest();
    const first = await hub.initiate(request);
    const again = await hub.initiate({ ...request, topic: 'something else' });
    expect(again.entry.id).toBe(first.entry.id);
    expect(again.entry.topic).toBe(request.topic);
    expect(await hub.queue()).toHaveLength(1);
  });

  it('keeps the queue, transcripts and messages in both directions across a restart mid-handoff', async () => {
    const before = hubWithClock();
    const request = handoffRequest({ details: { caseReference: 'NBC-1234' } });
    const waiting = handoffRequest({ priority: 'emergency' });
    await before.hub.initiate(request);
    await before.hub.initiate(waiting);
    await before.hub.accept(request.conversationId, 'alice');
    await before.hub.residentMessage(request.conversationId, 'Are you still there?');
    await before.hub.advisorMessage(request.conversationId, 'alice', 'Yes, looking at your account now.', async () => undefined);
    await before.hub.botMessage(request.conversationId, 'An advisor is typing');
    before.database.close();

    const after = hubWithClock(before.dataDir);
    const entry = await after.hub.current(request.conversationId);
    expect(entry).toMatchObject({ status: 'active', advisor: 'alice', details: { caseReference: 'NBC-1234' }, suggestedArticles: request.suggestedArticles });
    expect(entry!.transcript.map((line) => [line.from, line.text])).toEqual([
      ['resident', 'My bin was missed again'],
      ['bot', 'Sorry to hear that. Which bin?'],
      ['resident', 'Are you still there?'],
      ['advisor', 'Yes, looking at your account now.'],
      ['bot', 'An advisor is typing'],
    ]);
    expect((await after.hub.queue()).map((queued) => queued.conversationId)).toEqual([waiting.conversationId]);
    // The advisor carries on after the restart.
    await after.hub.advisorMessage(request.conversationId, 'alice', 'Booked for Thursday.', async () => undefined);
    await after.hub.complete(request.conversationId, 'alice');
    expect(await after.hub.current(request.conversationId)).toBeUndefined();
    expect((await after.hub.latest(request.conversationId))?.transcript.at(-1)?.text).toBe('Booked for Thursday.');
    after.database.close();
  });

  it('lets only the accepting advisor reply or end, and records a reply only once delivered', async () => {
    const { hub } = hubWithClock();
    const { conversationId } = handoffRequest();
    await hub.initiate(handoffRequest({ conversationId }));
    await expect(hub.advisorMessage(conversationId, 'alice', 'too early', async () => undefined)).rejects.toMatchObject({ problem: 'not-active' });
    await hub.accept(conversationId, 'alice');
    await expect(hub.accept(conversationId, 'bob')).rejects.toBeInstanceOf(HandoffStateError);
    await expect(hub.advisorMessage(conversationId, 'bob', 'hi', async () => undefined)).rejects.toMatchObject({ problem: 'held-by-another-advisor' });
    await expect(hub.complete(conversationId, 'bob')).rejects.toMatchObject({ problem: 'held-by-another-advisor' });
    await expect(
      hub.advisorMessage(conversationId, 'alice', 'lost', async () => {
        throw new Error('channel down');
      }),
    ).rejects.toThrow('channel down');
    expect((await hub.current(conversationId))!.transcript.map((line) => line.text)).not.toContain('lost');
  });

  it('refuses resident messages when no handoff is open, so the bot can answer instead', async () => {
    const { hub } = hubWithClock();
    await expect(hub.residentMessage('no-such-conversation', 'hello')).rejects.toMatchObject({ problem: 'not-found' });
  });

  it('tells subscribers about queue changes, status changes and messages', async () => {
    const { hub } = hubWithClock();
    const events: string[] = [];
    const unsubscribe = hub.subscribe((event) => events.push(event.type === 'message' ? `message:${event.line.from}` : event.type));
    const { conversationId } = (await hub.initiate(handoffRequest())).entry;
    await hub.residentMessage(conversationId, 'hello?');
    await hub.accept(conversationId, 'alice');
    await hub.complete(conversationId, 'alice');
    unsubscribe();
    await hub.initiate(handoffRequest());
    expect(events).toEqual(['queue', 'message:resident', 'status', 'queue', 'status']);
  });

  it('deletes finished handoffs older than the cutoff, with their messages, and never an open one', async () => {
    const { hub, database } = hubWithClock();
    const finished = handoffRequest({ topic: 'finished' });
    const open = handoffRequest({ topic: 'still open' });
    await hub.initiate(finished);
    await hub.accept(finished.conversationId, 'alice');
    await hub.residentMessage(finished.conversationId, 'My address is 14 Holly Road');
    await hub.complete(finished.conversationId, 'alice');
    await hub.initiate(open);
    await hub.residentMessage(open.conversationId, 'Still waiting');
    const count = (table: string) => (database.prepare(`SELECT COUNT(*) AS count FROM ${table}`).get() as { count: number }).count;
    const linesBefore = count('handoff_messages');

    // A cutoff before the handoff finished keeps it.
    expect(hub.deleteCompletedBefore(new Date(Date.UTC(2026, 2, 2, 9)))).toBe(0);
    // A cutoff long after: the finished one goes, the open one stays however old.
    expect(hub.deleteCompletedBefore(new Date(Date.UTC(2027, 0, 1)))).toBe(1);
    expect(await hub.latest(finished.conversationId)).toBeUndefined();
    expect((await hub.current(open.conversationId))?.topic).toBe('still open');
    expect(count('handoff_messages')).toBeLessThan(linesBefore);
    expect(JSON.stringify(database.prepare('SELECT text FROM handoff_messages').all())).not.toContain('Holly Road');
    expect(JSON.stringify(database.prepare('SELECT text FROM handoff_messages').all())).toContain('Still waiting');
  });
});
