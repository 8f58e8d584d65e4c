import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { HandoffStateError, type HandoffEvent } from '../../src/handoff/handoffHub.js';
import { SqlHandoffHub } from '../../src/handoff/sqlHandoffHub.js';
import { openDatabase } from '../../src/storage/database.js';
import { migrate } from '../../src/storage/sql/migrations.js';
import { listenForNotifications } from '../../src/storage/sql/notifications.js';
import { openPostgres, openSqlite, type SqlDatabase, type SqlEngine } from '../../src/storage/sql/sqlDatabase.js';
import { createPostgresDatabase, engines } from '../support/sqlDatabases.js';
import { handoffRequest, temporaryDataDir } from './harness.js';

/**
 * One database on `engine`; `hub()` is an instance on a connection (a pool on PostgreSQL) of its
 * own, as after a restart or on another server. Everything is closed when the test finishes.
 */
async function databaseOn(engine: SqlEngine) {
  const place = engine === 'sqlite' ? temporaryDataDir() : await createPostgresDatabase();
  const connect = async (): Promise<SqlDatabase> => {
    if (engine === 'postgres') return openPostgres(place, { poolSize: 4 });
    const file = openDatabase(place);
    const database = openSqlite(file);
    return {
      ...database,
      close: async () => {
        await database.close();
        file.close();
      },
    };
  };
  const hub = async (now?: () => Date) => {
    const database = await connect();
    await migrate(database);
    const listen = engine === 'postgres' ? { listen: (channel: string, handlers: Parameters<typeof listenForNotifications>[2]) => listenForNotifications(place, channel, handlers) } : {};
    const opened = new SqlHandoffHub({ database, ...listen, ...(now && { now }), onRelayError: (error) => console.error(error) });
    await opened.start();
    onTestFinished(async () => {
      await opened.stop();
      await database.close();
    });
    return { hub: opened, database };
  };
  return { hub };
}

/** A hub whose clock the test moves forward one minute per call, on a database of its own. */
async function hubWithClock(engine: SqlEngine) {
  let minute = 0;
  const now = () => new Date(Date.UTC(2026, 2, 2, 10, minute++));
  const place = await databaseOn(engine);
  return { ...(await place.hub(now)), restart: () => place.hub(now) };
}

/** What a subscriber heard, in brief. */
const brief = (event: HandoffEvent): string => (event.type === 'message' ? `message:${event.line.from}` : event.type);

describe.each(engines)('the handoff hub on %s', (engine) => {
  it('orders the queue safeguarding, emergency, normal; longest waiting first within each', async () => {
    const { hub } = await hubWithClock(engine);
    const normalFirst = await hub.initiate(handoffRequest({ priority: 'normal', topic: 'normal 1' }));
    await hub.initiate(handoffRequest({ priority: 'emergency', topic: 'emergency 1' }));
    await hub.initiate(handoffRequest({ priority: 'normal', topic: 'normal 2' }));
    await hub.initiate(handoffRequest({ priority: 'safeguarding', topic: 'safeguarding 1' }));
    const lastEmergency = await hub.initiate(handoffRequest({ priority: 'emergency', topic: 'emergency 2' }));

    expect((await hub.list('waiting')).map((entry) => entry.topic)).toEqual(['safeguarding 1', 'emergency 1', 'emergency 2', 'normal 1', 'normal 2']);
    expect(normalFirst.position).toBe(1);
    expect(lastEmergency.position).toBe(3);
  });

  it('counts each place in the queue in the database, in the order the queue lists, and lists the first 200 (outside attack 22, A22-5)', async () => {
    const { hub } = await (await databaseOn(engine)).hub(() => new Date(Date.UTC(2026, 2, 2, 11, 0)));
    for (let index = 0; index < 205; index += 1) await hub.initiate(handoffRequest({ conversationId: `flood-${index}`, priority: 'normal' }));
    const urgent = await hub.initiate(handoffRequest({ conversationId: 'urgent', priority: 'safeguarding' }));
    expect(urgent.position).toBe(1);
    const listed = await hub.list('waiting');
    expect(listed.length).toBeGreaterThanOrEqual(200);
    expect(await hub.count('waiting')).toBe(206);
    const places = await Promise.all(listed.map((entry) => hub.placeInQueue(entry.conversationId)));
    expect(places.slice(0, 200)).toEqual(listed.slice(0, 200).map((_, index) => index + 1));
    expect(places).toEqual([...places].sort((a, b) => a - b));
    expect(await hub.placeInQueue('nobody')).toBe(0);
  });

  it('lists the newest waiting entries too, wherever they stand: a real disclosure behind 200 fakes is on the console (outside re-check 22b, R22-2)', async () => {
    const { hub } = await hubWithClock(engine);
    for (let index = 0; index < 230; index += 1) await hub.initiate(handoffRequest({ conversationId: `fake-${index}`, priority: 'safeguarding' }));
    await hub.initiate(handoffRequest({ conversationId: 'real', priority: 'safeguarding' }));
    const listed = await hub.list('waiting');
    expect(listed.map((entry) => entry.conversationId).slice(0, 200)).toEqual(Array.from({ length: 200 }, (_, index) => `fake-${index}`));
    expect(listed.at(-1)?.conversationId).toBe('real');
    expect(listed).toHaveLength(220);
    expect(await hub.placeInQueue('real')).toBe(231);
  });

  it('raises an open handoff to a concern told in it, never lowers one, and tells subscribers the queue changed (outside attack 25, A25-2)', async () => {
    const { hub } = await hubWithClock(engine);
    await hub.initiate(handoffRequest({ conversationId: 'asked-first', priority: 'normal' }));
    await hub.initiate(handoffRequest({ conversationId: 'discloses', priority: 'normal', reason: 'asked-for-person' }));
    const heard: string[] = [];
    hub.subscribe((event) => heard.push(brief(event)));
    await hub.escalate('discloses', 'safeguarding');
    expect(await hub.current('discloses')).toMatchObject({ priority: 'safeguarding', reason: 'safeguarding' });
    expect(await hub.placeInQueue('discloses')).toBe(1);
    await hub.escalate('discloses', 'emergency');
    expect(await hub.current('discloses')).toMatchObject({ priority: 'safeguarding', reason: 'safeguarding' });
    await vi.waitFor(() => expect(heard).toContain('queue'));
  });

  it('returns the open handoff instead of queuing a conversation twice', async () => {
    const { hub } = await hubWithClock(engine);
    const request = handoffRequest();
    const first = await hub.initiate(request);
    const again = await hub.initiate({ ...request, topic: 'something else' });
    expect(again.entry.id).toBe(first.entry.id);
    expect(again.entry.topic).toBe(request.topic);
    expect(await hub.list('waiting')).toHaveLength(1);
  });

  it('keeps the queue, transcripts and messages in both directions across a restart mid-handoff', async () => {
    const before = await hubWithClock(engine);
    const request = handoffRequest({ details: { caseReference: 'NBC-1234' } });
    const waiting = handoffRequest({ priority: 'emergency' });
    await before.hub.initiate(request);
    await before.hub.initiate(waiting);
    await before.hub.accept(request.conversationId, 'alice');
    await before.hub.residentMessage(request.conversationId, 'Are you still there?');
    await before.hub.advisorMessage(request.conversationId, 'alice', 'Yes, looking at your account now.', async () => undefined);
    await before.hub.botMessage(request.conversationId, 'An advisor is typing');
    const after = await before.restart();
    const entry = await after.hub.current(request.conversationId);
    expect(entry).toMatchObject({ status: 'active', advisor: 'alice', details: { caseReference: 'NBC-1234' }, suggestedArticles: request.suggestedArticles });
    expect(entry!.transcript.map((line) => [line.from, line.text])).toEqual([
      ['resident', 'My bin was missed again'],
      ['bot', 'Sorry to hear that. Which bin?'],
      ['resident', 'Are you still there?'],
      ['advisor', 'Yes, looking at your account now.'],
      ['bot', 'An advisor is typing'],
    ]);
    expect((await after.hub.list('waiting')).map((queued) => queued.conversationId)).toEqual([waiting.conversationId]);
    // The advisor carries on after the restart.
    await after.hub.advisorMessage(request.conversationId, 'alice', 'Booked for Thursday.', async () => undefined);
    await after.hub.complete(request.conversationId, 'alice');
    expect(await after.hub.current(request.conversationId)).toBeUndefined();
    expect((await after.hub.latest(request.conversationId))?.transcript.at(-1)?.text).toBe('Booked for Thursday.');
  });

  it('queues and relays a conversation whose text holds a NUL, which PostgreSQL text cannot store', async () => {
    const { hub } = await hubWithClock(engine);
    const request = handoffRequest({
      conversationId: `nul\u0000-${engine}`,
      summary: 'Resident says he hits her\u0000.',
      transcript: [{ from: 'resident', text: 'he hits me\u0000', at: '2026-03-02T10:00:00.000Z' }],
      priority: 'safeguarding',
    });
    await hub.initiate(request);
    await hub.accept(request.conversationId, 'alice');
    await hub.residentMessage(request.conversationId, 'still\u0000 here');
    await hub.advisorMessage(request.conversationId, 'alice', 'Hello\u0000 there', async () => undefined);
    const entry = await hub.current(request.conversationId);
    expect(entry?.transcript.map((line) => line.text.replace('\u0000', '\uFFFD'))).toEqual(['he hits me\uFFFD', 'still\uFFFD here', 'Hello\uFFFD there']);
  });

  it('lets only the accepting advisor reply or end, and records a reply only once delivered', async () => {
    const { hub } = await hubWithClock(engine);
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

  it('delivers a keyed reply once when the console sends it again, and again only after a failed delivery', async () => {
    const { hub } = await hubWithClock(engine);
    const { conversationId } = handoffRequest();
    await hub.initiate(handoffRequest({ conversationId }));
    await hub.accept(conversationId, 'alice');
    let deliveries = 0;
    const deliver = async () => void (deliveries += 1);
    const first = await hub.advisorMessage(conversationId, 'alice', 'Your repair is booked.', deliver, 'reply-key-1');
    // The response was lost and the advisor pressed Send again: same key, no second delivery, the same line.
    expect(await hub.advisorMessage(conversationId, 'alice', 'Your repair is booked.', deliver, 'reply-key-1')).toEqual(first);
    expect(deliveries).toBe(1);
    await expect(hub.advisorMessage(conversationId, 'alice', 'Second try', async () => Promise.reject(new Error('channel down')), 'reply-key-2')).rejects.toThrow('channel down');
    await hub.advisorMessage(conversationId, 'alice', 'Second try', deliver, 'reply-key-2');
    expect(deliveries).toBe(2);
    // Without a key every send is its own reply.
    await hub.advisorMessage(conversationId, 'alice', 'Anything else?', deliver);
    await hub.advisorMessage(conversationId, 'alice', 'Anything else?', deliver);
    expect(deliveries).toBe(4);
    const texts = (await hub.current(conversationId))!.transcript.filter((line) => line.from === 'advisor').map((line) => line.text);
    expect(texts).toEqual(['Your repair is booked.', 'Second try', 'Anything else?', 'Anything else?']);
  });

  it('lets a resend deliver a reply whose claim ran out undelivered, as when its instance died, and refuses the key with other text', async () => {
    let now = new Date(Date.UTC(2026, 2, 2, 10, 0));
    const { hub, database } = await (await databaseOn(engine)).hub(() => now);
    const { conversationId } = handoffRequest();
    await hub.initiate(handoffRequest({ conversationId }));
    await hub.accept(conversationId, 'alice');
    // The instance claims the reply and dies before delivering it: its delivery never settles.
    void hub.advisorMessage(conversationId, 'alice', 'I am on it.', () => new Promise<void>(() => undefined), 'reply-key-dead');
    await vi.waitFor(async () => expect(await database.db.selectFrom('handoff_reply_keys').select('reply_key').execute()).toHaveLength(1));
    let deliveries = 0;
    const deliver = async () => void (deliveries += 1);
    now = new Date(now.getTime() + 30_000);
    await expect(hub.advisorMessage(conversationId, 'alice', 'I am on it.', deliver, 'reply-key-dead')).rejects.toMatchObject({ problem: 'reply-in-progress' });
    now = new Date(now.getTime() + 31_000);
    await expect(hub.advisorMessage(conversationId, 'alice', 'Something else', deliver, 'reply-key-dead')).rejects.toMatchObject({ problem: 'reply-key-reused' });
    await hub.advisorMessage(conversationId, 'alice', 'I am on it.', deliver, 'reply-key-dead');
    expect(deliveries).toBe(1);
    expect((await hub.current(conversationId))!.transcript.filter((line) => line.from === 'advisor').map((line) => line.text)).toEqual(['I am on it.']);
    await expect(hub.advisorMessage(conversationId, 'alice', 'Something else', deliver, 'reply-key-dead')).rejects.toMatchObject({ problem: 'reply-key-reused' });
  });

  it('records a reply once when the instance that froze delivering it wakes after a resend delivered it (PostgreSQL trial 11, T20)', async () => {
    let now = new Date(Date.UTC(2026, 2, 2, 10, 0));
    const { hub } = await (await databaseOn(engine)).hub(() => now);
    const { conversationId } = handoffRequest();
    await hub.initiate(handoffRequest({ conversationId }));
    await hub.accept(conversationId, 'alice');
    const wake: (() => void)[] = [];
    const frozen = hub.advisorMessage(conversationId, 'alice', 'I am on it.', () => new Promise<void>((resolve) => wake.push(resolve)), 'reply-key-frozen');
    await vi.waitFor(() => expect(wake).toHaveLength(1));
    now = new Date(now.getTime() + 61_000);
    await hub.advisorMessage(conversationId, 'alice', 'I am on it.', async () => undefined, 'reply-key-frozen');
    wake[0]!();
    expect(await frozen).toMatchObject({ from: 'advisor', text: 'I am on it.' });
    expect((await hub.current(conversationId))!.transcript.filter((line) => line.from === 'advisor').map((line) => line.text)).toEqual(['I am on it.']);
  });

  it('refuses resident messages when no handoff is open, so the bot can answer instead', async () => {
    const { hub } = await hubWithClock(engine);
    await expect(hub.residentMessage('no-such-conversation', 'hello')).rejects.toMatchObject({ problem: 'not-found' });
  });

  it('tells subscribers about queue changes, status changes and messages', async () => {
    const { hub } = await hubWithClock(engine);
    const events: string[] = [];
    const laterEvents: string[] = [];
    const unsubscribe = hub.subscribe((event) => events.push(brief(event)));
    const { conversationId } = (await hub.initiate(handoffRequest())).entry;
    // As a console hears the queue change before an advisor accepts (see handoffEventRelay.ts).
    await vi.waitFor(() => expect(events).toContain('queue'));
    await hub.residentMessage(conversationId, 'hello?');
    await hub.accept(conversationId, 'alice');
    await hub.complete(conversationId, 'alice');
    // On PostgreSQL events come back through LISTEN, a moment later.
    await vi.waitFor(() => expect(events).toHaveLength(5));
    unsubscribe();
    hub.subscribe((event) => laterEvents.push(brief(event)));
    await hub.initiate(handoffRequest());
    await vi.waitFor(() => expect(laterEvents).toEqual(['queue']));
    expect(events).toEqual(['queue', 'message:resident', 'status', 'queue', 'status']);
  });

  it('deletes finished handoffs older than the cutoff, with their messages, and never an open one', async () => {
    const { hub, database } = await hubWithClock(engine);
    const finished = handoffRequest({ topic: 'finished' });
    const open = handoffRequest({ topic: 'still open' });
    await hub.initiate(finished);
    await hub.accept(finished.conversationId, 'alice');
    await hub.residentMessage(finished.conversationId, 'My address is 14 Holly Road');
    await hub.complete(finished.conversationId, 'alice');
    await hub.initiate(open);
    await hub.residentMessage(open.conversationId, 'Still waiting');
    const lineTexts = async () => (await database.db.selectFrom('handoff_messages').select('text').execute()).map((row) => row.text);
    const linesBefore = (await lineTexts()).length;

    // A cutoff before the handoff finished keeps it.
    expect(await hub.deleteCompletedBefore(new Date(Date.UTC(2026, 2, 2, 9)))).toBe(0);
    // A cutoff long after: the finished one goes, the open one stays however old.
    expect(await hub.deleteCompletedBefore(new Date(Date.UTC(2027, 0, 1)))).toBe(1);
    expect(await hub.latest(finished.conversationId)).toBeUndefined();
    expect((await hub.current(open.conversationId))?.topic).toBe('still open');
    expect((await lineTexts()).length).toBeLessThan(linesBefore);
    expect(await lineTexts()).not.toContain('My address is 14 Holly Road');
    expect(await lineTexts()).toContain('Still waiting');
  });
});

describe('the handoff hub shared by two instances on one PostgreSQL', () => {
  it('lets exactly one of two advisors accepting the same conversation at once win, and tells the other', async () => {
    const place = await databaseOn('postgres');
    const [a, b] = [(await place.hub()).hub, (await place.hub()).hub];
    for (let round = 0; round < 30; round += 1) {
      const { conversationId } = (await a.initiate(handoffRequest())).entry;
      const outcomes = await Promise.allSettled([a.accept(conversationId, 'alice'), b.accept(conversationId, 'bob')]);
      const won = outcomes.filter((outcome) => outcome.status === 'fulfilled');
      expect(won).toHaveLength(1);
      const lost = outcomes.find((outcome) => outcome.status === 'rejected');
      expect(lost?.reason).toMatchObject({ problem: 'held-by-another-advisor' });
      expect((await b.current(conversationId))?.advisor).toBe(won[0]!.value.advisor);
    }
  });

  it('delivers a keyed reply sent to both instances at once exactly once', async () => {
    const place = await databaseOn('postgres');
    const [a, b] = [(await place.hub()).hub, (await place.hub()).hub];
    for (let round = 0; round < 10; round += 1) {
      const { conversationId } = (await a.initiate(handoffRequest())).entry;
      await a.accept(conversationId, 'alice');
      let deliveries = 0;
      const deliver = async () => {
        deliveries += 1;
        await new Promise((resolve) => setTimeout(resolve, 5));
      };
      const outcomes = await Promise.allSettled([a.advisorMessage(conversationId, 'alice', 'On my way', deliver, `race-${round}`), b.advisorMessage(conversationId, 'alice', 'On my way', deliver, `race-${round}`)]);
      expect(deliveries).toBe(1);
      // The slower one either found it delivered or was told it is being delivered.
      for (const outcome of outcomes) if (outcome.status === 'rejected') expect(outcome.reason).toMatchObject({ problem: 'reply-in-progress' });
      expect((await b.current(conversationId))!.transcript.filter((line) => line.from === 'advisor')).toHaveLength(1);
    }
  });

  it('queues a conversation once when two instances queue it at once', async () => {
    const place = await databaseOn('postgres');
    const [a, b] = [(await place.hub()).hub, (await place.hub()).hub];
    for (let round = 0; round < 10; round += 1) {
      const request = handoffRequest();
      const [fromA, fromB] = await Promise.all([a.initiate(request), b.initiate(request)]);
      expect(fromA.entry.id).toBe(fromB.entry.id);
      expect(fromA.entry.transcript).toHaveLength(request.transcript.length);
    }
    expect(await a.list('waiting')).toHaveLength(10);
  });

  it('tells subscribers on one instance about changes made on the other, read back from the tables', async () => {
    const place = await databaseOn('postgres');
    const [a, b] = [(await place.hub()).hub, (await place.hub()).hub];
    const heardOnB: HandoffEvent[] = [];
    b.subscribe((event) => heardOnB.push(event));
    const { conversationId } = (await a.initiate(handoffRequest())).entry;
    await vi.waitFor(() => expect(heardOnB).toHaveLength(1));
    await a.residentMessage(conversationId, 'Is anyone there?');
    await a.accept(conversationId, 'alice');
    await a.advisorMessage(conversationId, 'alice', 'Yes, I am here.', async () => undefined);
    await vi.waitFor(() => expect(heardOnB).toHaveLength(5));
    // Each change is heard once. Notifications of different kinds are read back from the tables independently, so an acceptance's
    // "queue" may be heard after the advisor's first line (a clean-clone CI run on a loaded machine): the lines keep their own order.
    expect(heardOnB).toEqual(
      expect.arrayContaining([
        { type: 'queue' },
        { type: 'message', conversationId, line: expect.objectContaining({ from: 'resident', text: 'Is anyone there?' }) },
        { type: 'status', conversationId, status: 'active', advisor: 'alice' },
        { type: 'message', conversationId, line: expect.objectContaining({ from: 'advisor', text: 'Yes, I am here.' }) },
      ]),
    );
    expect(heardOnB.filter((event) => event.type === 'queue')).toHaveLength(2);
    expect(heardOnB.flatMap((event) => (event.type === 'message' ? [event.line.from] : []))).toEqual(['resident', 'advisor']);
  });
});
