import { mkdtempSync, readdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TurnContext } from 'botbuilder';
import { sql } from 'kysely';
import type { Response } from 'restify';
import { describe, expect, it, onTestFinished } from 'vitest';
import { oneTurnAtATime } from '../../../src/bot/oneTurnAtATime.js';
import { DirectLineAdapter } from '../../../src/channels/directLine/directLineAdapter.js';
import { registerDirectLineRoutes } from '../../../src/channels/directLine/directLineRoutes.js';
import { DirectLineStore } from '../../../src/channels/directLine/directLineStore.js';
import { DirectLineTokens } from '../../../src/channels/directLine/directLineTokens.js';
import { residentLimits, type ResidentLimits } from '../../../src/channels/directLine/residentLimits.js';
import { WaitingConcerns } from '../../../src/channels/directLine/waitingConcerns.js';
import { createLogger } from '../../../src/logger.js';
import { createServer } from '../../../src/server/createServer.js';
import { turnSender } from '../../../src/server/turnGate.js';
import { ConversationLockLostError, conversationLock } from '../../../src/storage/conversationLock.js';
import type { SqlDatabase } from '../../../src/storage/sql/sqlDatabase.js';
import { WindowedCounts } from '../../../src/storage/windowedCounts.js';
import { engines, openTestDatabase, openTwoInstances } from '../../support/sqlDatabases.js';

/** The bot as the tests drive it: notes the text of every turn it runs, and holds each turn until `release`. */
function heldBot() {
  const runs: string[] = [];
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let entered!: () => void;
  const started = new Promise<void>((resolve) => (entered = resolve));
  const logic = async (context: TurnContext): Promise<void> => {
    runs.push(context.activity.text);
    entered();
    await released;
    await context.sendActivity(`answered ${context.activity.text}`);
  };
  return { runs, logic, started, release };
}

/** One key for every instance, as they share it through the database. */
const tokens = new DirectLineTokens(Buffer.alloc(32, 7));

/** An instance of the local Direct Line on `database`, with its own conversation lock as each process has; its URL and the responses to its POSTs. */
async function startInstance(database: SqlDatabase, logic: (context: TurnContext) => Promise<void>, now = () => new Date(), { prepare = () => undefined, concernWaitsForDatabaseMs, adviceAheadAfterMs, countingAwayFor = 0, waitingFolder = mkdtempSync(join(tmpdir(), 'waiting-')), concernReads = [] }: { prepare?: (store: DirectLineStore) => void; concernWaitsForDatabaseMs?: number; adviceAheadAfterMs?: number; countingAwayFor?: number; waitingFolder?: string; concernReads?: string[] } = {}) {
  const store = new DirectLineStore(database, now);
  prepare(store);
  const adapter = new DirectLineAdapter(store, 'Northbrook Assistant');
  adapter.use(oneTurnAtATime(conversationLock(database)));
  const server = createServer({ logger: createLogger('silent'), adminToken: undefined, isReady: () => true });
  const posts: Response[] = [];
  server.pre((request, response, next) => {
    if (request.method === 'POST' && request.url?.endsWith('/activities')) posts.push(response);
    next();
  });
  const logger = createLogger('silent');
  const waitingConcerns = new WaitingConcerns(waitingFolder, logger);
  const routes = registerDirectLineRoutes(server, { store, tokens, adapter, logic, logger, botId: 'bot', clientAddress: () => '127.0.0.1', limits: countedAwayFor(residentLimits(new WindowedCounts({ database })), countingAwayFor), now, readsAsConcern: (text) => concernReads.push(text) > 0 && text.includes('hits me'), safetyOverLimits: () => undefined, stillInDangerOverLimits: 'call 999', safetyWhileSlow: (text) => (text.includes('hits me') ? 'call 999 now; the rest will follow' : undefined), urgencyOf: (text) => (text.includes('hits me') ? 'safeguarding' : undefined), botName: 'Assistant', waitingConcerns, ...(concernWaitsForDatabaseMs !== undefined && { concernWaitsForDatabaseMs }), ...(adviceAheadAfterMs !== undefined && { adviceAheadAfterMs }) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  let stopped = false;
  /** Stops it as the app does: its background work, then its listener. */
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    routes.stop();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  onTestFinished(stop);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, store, posts, stop, waitingConcerns };
}

/** The store's database refusing connections for its next `times` appends, as during a restart or a failover. */
function databaseAwayFor(times: number) {
  return (store: DirectLineStore): void => {
    const appendOnce = store.appendOnce.bind(store);
    let left = times;
    store.appendOnce = async (...args) => {
      if (left > 0) {
        left -= 1;
        throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
      }
      return appendOnce(...args);
    };
  };
}

/** The store's database refusing connections for its appends until `back` is called: an outage longer than any wait. */
function databaseAwayUntilBack() {
  let away = true;
  const prepare = (store: DirectLineStore): void => {
    const appendOnce = store.appendOnce.bind(store);
    store.appendOnce = async (...args) => {
      if (away) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
      return appendOnce(...args);
    };
  };
  return { prepare, back: () => (away = false) };
}

/** The limits' counts refused by the database, as the appends in `databaseAwayFor`, for their next `times` messages. */
function countedAwayFor(limits: ResidentLimits, times: number): ResidentLimits {
  let left = times;
  return {
    ...limits,
    message: async (...args) => {
      if (left > 0) {
        left -= 1;
        throw Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
      }
      return limits.message(...args);
    },
  };
}

/**
 * The store's database stalled (it stops answering but keeps its connections open) for its first append: that append answers
 * only after `ms`, or, when the stall `endsLost`, fails then as its connection is lost.
 */
function databaseStalledFor(ms: number, endsLost = false) {
  return (store: DirectLineStore): void => {
    const appendOnce = store.appendOnce.bind(store);
    let stalled = true;
    store.appendOnce = async (...args) => {
      if (stalled) {
        stalled = false;
        await new Promise((resolve) => setTimeout(resolve, ms));
        if (endsLost) throw new Error('Connection terminated unexpectedly');
      }
      return appendOnce(...args);
    };
  };
}

// Outside re-check 28b, A2: 9,000-letter messages refused with 429 were read whole first, 50 ms each; twelve addresses held every turn 4-8 s.
describe('a long message past the limits', () => {
  it('is refused without the safety rules reading it whole', async () => {
    const concernReads: string[] = [];
    const instance = await startInstance(await openTestDatabase('sqlite'), async (context) => void (await context.sendActivity('answered')), undefined, { concernReads });
    await instance.store.createConversation(conversationId, 'resident');
    const statuses: number[] = [];
    for (let sent = 0; sent < 5; sent += 1) statuses.push((await send(instance.url, `${sent}${'bincounciltax'.repeat(700)}`, `long-${sent}`)).status);
    // The address's characters for the minute allow three of these.
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(concernReads.map((text) => text[0])).toEqual(['0', '1', '2']);
  });
});

describe('a message posted while the database is not answering (two-instance trial 21, PG21-03)', () => {
  const answering = async (context: TurnContext) => void (await context.sendActivity(`answered ${context.activity.text}`));

  it('an emergency or a disclosure waits for it and is answered, in its own POST', async () => {
    const instance = await startInstance(await openTestDatabase('sqlite'), answering, undefined, { prepare: databaseAwayFor(3) });
    await instance.store.createConversation(conversationId, 'resident');
    await idOf(await send(instance.url, 'my husband hits me', 'd1'));
    expect(await log(instance.store)).toEqual(['user: my husband hits me', 'bot: answered my husband hits me']);
  });

  // The counting is the first statement a message meets: during a real restart it failed first, and the disclosure was a 503 in 60 ms, never kept (trial 23, PG20-02).
  it('an emergency or a disclosure is not refused because the limits could not be counted', async () => {
    const instance = await startInstance(await openTestDatabase('sqlite'), answering, undefined, { prepare: databaseAwayFor(2), countingAwayFor: 1 });
    await instance.store.createConversation(conversationId, 'resident');
    await idOf(await send(instance.url, 'he hits me when he drinks', 'd3'));
    expect(await log(instance.store)).toEqual(['user: he hits me when he drinks', 'bot: answered he hits me when he drinks']);
  });

  it('anything else is answered 503 at once, to be sent again', async () => {
    const instance = await startInstance(await openTestDatabase('sqlite'), answering, undefined, { prepare: databaseAwayFor(1) });
    await instance.store.createConversation(conversationId, 'resident');
    const response = await send(instance.url, 'when is my bin day', 'b1');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
  });

  it('a database that stalls: an emergency or a disclosure is answered 503 when its wait is up, not when the database answers, and answered once it does (operations trial 25, OPS25-01)', async () => {
    const instance = await startInstance(await openTestDatabase('sqlite'), answering, undefined, { prepare: databaseStalledFor(3_000), concernWaitsForDatabaseMs: 300 });
    await instance.store.createConversation(conversationId, 'resident');
    expect((await send(instance.url, 'he hits me and I am frightened', 'd4')).status).toBe(503);
    // Answered while the append was still stalled: nothing logged yet.
    expect(await log(instance.store)).toEqual([]);
    await expect.poll(() => log(instance.store), { timeout: 8_000, interval: 200 }).toEqual(['user: he hits me and I am frightened', 'bot: answered he hits me and I am frightened']);
  });

  // Operations trial 26, OPS26-01: a deployment's SIGTERM while the database was down lost a gas message and a disclosure answered 503 "kept".
  it('an emergency or a disclosure still waiting when its instance stops is logged and answered by the instance started next on its DATA_DIR', async () => {
    const database = await openTestDatabase('sqlite');
    const waitingFolder = mkdtempSync(join(tmpdir(), 'waiting-'));
    const outage = databaseAwayUntilBack();
    const first = await startInstance(database, answering, undefined, { prepare: outage.prepare, concernWaitsForDatabaseMs: 300, waitingFolder });
    await first.store.createConversation(conversationId, 'resident');
    expect((await send(first.url, 'he hits me and took my phone', 'd5')).status).toBe(503);
    await first.stop();
    outage.back();
    expect(await log(first.store)).toEqual([]);
    const next = await startInstance(database, answering, undefined, { waitingFolder });
    await expect.poll(() => log(next.store), { timeout: 8_000, interval: 200 }).toEqual(['user: he hits me and took my phone', 'bot: answered he hits me and took my phone']);
    // Answered, it is forgotten: a third start runs nothing again.
    await expect.poll(() => next.waitingConcerns.entries()).toEqual([]);
    expect(readdirSync(waitingFolder).filter((name) => name.endsWith('.json'))).toEqual([]);
  });

  // Operations trial 27, OPS27-03: an instance already running on the shared DATA_DIR had not taken over a crashed one's messages.
  it('one still waiting when its instance stops is answered by another instance already running on that DATA_DIR', async () => {
    const database = await openTestDatabase('sqlite');
    const waitingFolder = mkdtempSync(join(tmpdir(), 'waiting-'));
    const running = await startInstance(database, answering, undefined, { waitingFolder });
    const outage = databaseAwayUntilBack();
    const stopping = await startInstance(database, answering, undefined, { prepare: outage.prepare, concernWaitsForDatabaseMs: 300, waitingFolder });
    await running.store.createConversation(conversationId, 'resident');
    expect((await send(stopping.url, 'he hits me and I am hiding upstairs', 'd8')).status).toBe(503);
    await stopping.stop();
    outage.back();
    await expect.poll(() => log(running.store), { timeout: 8_000, interval: 200 }).toEqual(['user: he hits me and I am hiding upstairs', 'bot: answered he hits me and I am hiding upstairs']);
  });

  // Operations trial 26, OPS26-02: the reply of a disclosure's turn could not be written in a 60 s stall; the apology closed it and no handoff was queued.
  it('an emergency or a disclosure whose turn the database failed midway is run again; anything else is closed with the apology', async () => {
    const runs: string[] = [];
    const failsFirst = new Set<string>();
    const logic = async (context: TurnContext): Promise<void> => {
      runs.push(context.activity.text);
      if (!failsFirst.has(context.activity.text)) {
        failsFirst.add(context.activity.text);
        throw new Error('Query read timeout');
      }
      await context.sendActivity(`answered ${context.activity.text}`);
    };
    const instance = await startInstance(await openTestDatabase('sqlite'), logic);
    await instance.store.createConversation(conversationId, 'resident');
    await idOf(await send(instance.url, 'he hits me when I am on the phone', 'd6'));
    expect(runs).toEqual(['he hits me when I am on the phone', 'he hits me when I am on the phone']);
    expect((await send(instance.url, 'when is my bin day', 'b2')).status).toBe(502);
    expect(runs.slice(2)).toEqual(['when is my bin day']);
  });

  it('a stall that ends in a lost connection: the message waiting past its POST is tried again once that attempt has ended', async () => {
    const instance = await startInstance(await openTestDatabase('sqlite'), answering, undefined, { prepare: databaseStalledFor(1_000, true), concernWaitsForDatabaseMs: 300 });
    await instance.store.createConversation(conversationId, 'resident');
    expect((await send(instance.url, 'he hits me and I cannot get out', 'd7')).status).toBe(503);
    await expect.poll(() => log(instance.store), { timeout: 8_000, interval: 200 }).toEqual(['user: he hits me and I cannot get out', 'bot: answered he hits me and I cannot get out']);
  });

  it('an emergency or a disclosure still waiting when its POST is answered 503 is logged and answered once the database is back', async () => {
    const instance = await startInstance(await openTestDatabase('sqlite'), answering, undefined, { prepare: databaseAwayFor(4), concernWaitsForDatabaseMs: 300 });
    await instance.store.createConversation(conversationId, 'resident');
    expect((await send(instance.url, 'he hits me every night', 'd2')).status).toBe(503);
    await expect.poll(() => log(instance.store), { timeout: 8_000, interval: 200 }).toEqual(['user: he hits me every night', 'bot: answered he hits me every night']);
  });

  it('an emergency or a disclosure not answered in time has its advice shown by the next poll, once, while the database is away (operations trial 28, OPS28-02)', async () => {
    const outage = databaseAwayUntilBack();
    const instance = await startInstance(await openTestDatabase('sqlite'), answering, undefined, { prepare: outage.prepare, concernWaitsForDatabaseMs: 2_000, adviceAheadAfterMs: 300 });
    await instance.store.createConversation(conversationId, 'resident');
    const posted = send(instance.url, 'he hits me every night', 'd3');
    await new Promise((resolve) => setTimeout(resolve, 600));
    // The database is still away for the log: the advice comes from this instance's memory, with the watermark unchanged.
    instance.store.activitiesSince = () => Promise.reject(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }));
    const shown = (await pollPage(instance.url, 4)) as { activities: { text: string; from: { role: string }; channelData?: { urgent?: string } }[]; watermark: string };
    expect(shown.watermark).toBe('4');
    expect(shown.activities.map((activity) => `${activity.from.role}: ${activity.text}`)).toEqual(['bot: call 999 now; the rest will follow']);
    // Marked as the turn's own safety reply is, so the page makes it stand out and announces it (operations re-check 28b, OPS-B6).
    expect(shown.activities[0]!.channelData?.urgent).toBe('safeguarding');
    expect((await fetch(`${instance.url}/v3/directline/conversations/${conversationId}/activities?watermark=4`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(503);
    expect((await posted).status).toBe(503);
  });

  it('one answered in time shows its own reply, and no advice ahead', async () => {
    const instance = await startInstance(await openTestDatabase('sqlite'), answering, undefined, { adviceAheadAfterMs: 300 });
    await instance.store.createConversation(conversationId, 'resident');
    await idOf(await send(instance.url, 'he hits me every night', 'd4'));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const page = (await pollPage(instance.url, 0)) as { activities: { text: string }[] };
    expect(page.activities.map((activity) => activity.text)).toEqual(['he hits me every night', 'answered he hits me every night']);
  });
});

/** Web Chat's poll from `watermark`: the page it is sent. */
async function pollPage(url: string, watermark: number): Promise<unknown> {
  const response = await fetch(`${url}/v3/directline/conversations/${conversationId}/activities?watermark=${watermark}`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  return response.json();
}

const conversationId = 'c1';
const token = tokens.issue(conversationId, 'resident');

function send(url: string, text: string, clientActivityID?: string): Promise<globalThis.Response> {
  return fetch(`${url}/v3/directline/conversations/${conversationId}/activities`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'message', text, ...(clientActivityID && { channelData: { clientActivityID } }) }),
  });
}

/** Web Chat's poll for new activities. */
async function poll(url: string): Promise<void> {
  const response = await fetch(`${url}/v3/directline/conversations/${conversationId}/activities?watermark=0`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
}

const idOf = async (response: globalThis.Response): Promise<string> => {
  expect(response.status).toBe(200);
  return ((await response.json()) as { id: string }).id;
};

/** What Web Chat polling from the start would show: each activity's sender and text. */
async function log(store: DirectLineStore): Promise<string[]> {
  return (await store.activitiesSince(conversationId, 0)).activities.map((activity) => `${(activity.from as { role?: string }).role}: ${String(activity.text)}`);
}

/** A resident's message an instance logged and then died before its turn finished. */
const leftByADeadInstance = (store: DirectLineStore, text: string, clientActivityID: string) =>
  store.appendOnce(conversationId, { type: 'message', text, from: { id: 'resident', role: 'user' }, channelData: { clientActivityID } }, clientActivityID);

describe.each(engines)('POST a resident’s message to the local Direct Line, on %s', (engine) => {
  it('answers only once the bot’s turn has finished, with its replies in the log', async () => {
    const bot = heldBot();
    const instance = await startInstance(await openTestDatabase(engine), bot.logic);
    // Let a held turn end before the server closes, should the test fail while holding it.
    onTestFinished(bot.release);
    await instance.store.createConversation(conversationId, 'resident');
    const posted = send(instance.url, 'my bin was missed', 'w1');
    await bot.started;
    expect(instance.posts.map((response) => response.headersSent)).toEqual([false]);
    bot.release();
    const id = await idOf(await posted);
    expect(await log(instance.store)).toEqual(['user: my bin was missed', 'bot: answered my bin was missed']);
    expect(id).toBe((await instance.store.activitiesSince(conversationId, 0)).activities[0]!.id);
  });

  it("runs the turn as the client address's, so one address's many conversations wait their turn as one (outside attack 16b, N6)", async () => {
    const senders: (string | undefined)[] = [];
    const instance = await startInstance(await openTestDatabase(engine), async (context) => {
      senders.push(turnSender.of(context.activity));
      await context.sendActivity('answered');
    });
    await instance.store.createConversation(conversationId, 'resident');
    await idOf(await send(instance.url, 'when is my bin day', 'w1'));
    expect(senders).toEqual(['127.0.0.1']);
  });

  it('asks a conversation polled faster than any Web Chat polls to wait (outside attack 17, N10)', async () => {
    const instance = await startInstance(await openTestDatabase(engine), async () => undefined);
    await instance.store.createConversation(conversationId, 'resident');
    const statuses: number[] = [];
    for (let poll = 0; poll < 11; poll += 1) {
      const response = await fetch(`${instance.url}/v3/directline/conversations/${conversationId}/activities?watermark=0`, { headers: { authorization: `Bearer ${token}` } });
      statuses.push(response.status);
      if (response.status === 429) expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(statuses).toEqual([...Array(10).fill(200), 429]);
  });

  it('runs nothing and logs nothing again for a retry of a message whose turn finished', async () => {
    const bot = heldBot();
    bot.release();
    const instance = await startInstance(await openTestDatabase(engine), bot.logic);
    await instance.store.createConversation(conversationId, 'resident');
    const first = await idOf(await send(instance.url, 'Flat 2', 'w1'));
    const retried = await idOf(await send(instance.url, 'Flat 2', 'w1'));
    expect(retried).toBe(first);
    expect(bot.runs).toEqual(['Flat 2']);
    expect(await log(instance.store)).toEqual(['user: Flat 2', 'bot: answered Flat 2']);
  });

  it('runs once, under its logged id, a message a dead instance logged but did not finish, and does not log it again', async () => {
    const bot = heldBot();
    bot.release();
    const instance = await startInstance(await openTestDatabase(engine), bot.logic);
    await instance.store.createConversation(conversationId, 'resident');
    const logged = await leftByADeadInstance(instance.store, 'Flat 2', 'w1');
    expect(await idOf(await send(instance.url, 'Flat 2', 'w1'))).toBe(logged.id);
    expect(await idOf(await send(instance.url, 'Flat 2', 'w1'))).toBe(logged.id);
    expect(bot.runs).toEqual(['Flat 2']);
    expect(await log(instance.store)).toEqual(['user: Flat 2', 'bot: answered Flat 2']);
  });

  it('answers 502 when the turn fails, after the apology, and neither a resend nor a poll runs it again', async () => {
    const runs: string[] = [];
    const failing = async (context: TurnContext): Promise<void> => {
      runs.push(context.activity.text);
      throw new Error('the model timed out');
    };
    let now = new Date('2026-12-03T10:00:00Z');
    const instance = await startInstance(await openTestDatabase(engine), failing, () => now);
    await instance.store.createConversation(conversationId, 'resident');
    expect((await send(instance.url, 'Flat 2', 'w1')).status).toBe(502);
    expect((await send(instance.url, 'Flat 2', 'w1')).status).toBe(200);
    now = new Date(now.getTime() + 60_000);
    await poll(instance.url);
    expect(runs).toEqual(['Flat 2']);
  });

  it('leaves a message whose turn lost its lock (an instance frozen past the hold) for a poll to run again (PostgreSQL re-trial 15)', async () => {
    const runs: string[] = [];
    const losesItsLockOnce = async (context: TurnContext): Promise<void> => {
      runs.push(context.activity.text);
      if (runs.length === 1) throw new ConversationLockLostError('the database ended the frozen session');
      await context.sendActivity(`answered ${context.activity.text}`);
    };
    let now = new Date('2026-12-03T10:00:00Z');
    const instance = await startInstance(await openTestDatabase(engine), losesItsLockOnce, () => now);
    await instance.store.createConversation(conversationId, 'resident');
    await send(instance.url, 'Flat 2', 'w1');
    now = new Date(now.getTime() + 60_000);
    await poll(instance.url);
    await expect.poll(() => log(instance.store)).toEqual(['user: Flat 2', 'bot: answered Flat 2']);
    expect(runs).toEqual(['Flat 2', 'Flat 2']);
  });
});

describe.each(engines)('a resident’s message whose instance died mid-turn, on %s', (engine) => {
  it('is run by the next poll once it is overdue, on any instance, once', async () => {
    const bot = heldBot();
    bot.release();
    let now = new Date('2026-12-03T10:00:00Z');
    const instance = await startInstance(await openTestDatabase(engine), bot.logic, () => now);
    await instance.store.createConversation(conversationId, 'resident');
    // No clientActivityID: Web Chat would resend under a new one, so only the poll can help.
    await instance.store.appendOnce(conversationId, { type: 'message', text: 'Flat 2', from: { id: 'resident', role: 'user' } });
    await poll(instance.url);
    expect(bot.runs).toEqual([]);
    now = new Date(now.getTime() + 30_000);
    await Promise.all([poll(instance.url), poll(instance.url)]);
    await expect.poll(() => log(instance.store)).toEqual(['user: Flat 2', 'bot: answered Flat 2']);
    await poll(instance.url);
    expect(bot.runs).toEqual(['Flat 2']);
  });

  it('once the conversation has gone on, runs a disclosure left unfinished, but not an ordinary message', async () => {
    const bot = heldBot();
    bot.release();
    let now = new Date('2026-12-03T10:00:00Z');
    const instance = await startInstance(await openTestDatabase(engine), bot.logic, () => now);
    await instance.store.createConversation(conversationId, 'resident');
    // PostgreSQL trial 11: the instance died with the disclosure logged; "hello? are you there?" was answered on another.
    await instance.store.appendOnce(conversationId, { type: 'message', text: 'Recycling', from: { id: 'resident', role: 'user' } });
    await instance.store.appendOnce(conversationId, { type: 'message', text: 'my partner hits me', from: { id: 'resident', role: 'user' } });
    await idOf(await send(instance.url, 'hello? are you there?'));
    now = new Date(now.getTime() + 30_000);
    await poll(instance.url);
    await expect.poll(() => bot.runs).toEqual(['hello? are you there?', 'my partner hits me']);
    await poll(instance.url);
    expect(bot.runs).toEqual(['hello? are you there?', 'my partner hits me']);
  });

  it('leaves alone a turn that is still running, and gives up on a message that kills every instance it reaches', async () => {
    const bot = heldBot();
    onTestFinished(bot.release);
    let now = new Date('2026-12-03T10:00:00Z');
    const instance = await startInstance(await openTestDatabase(engine), bot.logic, () => now);
    await instance.store.createConversation(conversationId, 'resident');
    const posted = send(instance.url, 'Flat 2');
    await bot.started;
    now = new Date(now.getTime() + 30_000);
    const polled = poll(instance.url);
    bot.release();
    await idOf(await posted);
    await polled;
    await expect.poll(() => log(instance.store)).toEqual(['user: Flat 2', 'bot: answered Flat 2']);
    expect(bot.runs).toEqual(['Flat 2']);

    const logged = await instance.store.appendOnce(conversationId, { type: 'message', text: 'crashes us', from: { id: 'resident', role: 'user' } });
    for (let taken = 0; taken < 2; taken += 1) expect(await instance.store.takeUpTurn(conversationId, logged.id, 2)).toBe(true);
    expect(await instance.store.takeUpTurn(conversationId, logged.id, 2)).toBe(false);
    now = new Date(now.getTime() + 60_000);
    await poll(instance.url);
    expect(bot.runs).toEqual(['Flat 2']);
  });
});

/** Turns waiting for a conversation's lock in this database (the lock is an advisory one). */
async function waitingForTheLock(database: SqlDatabase): Promise<number> {
  const { rows } = await sql<{ waiting: number }>`SELECT count(*)::int AS waiting FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`.execute(database.db);
  return rows[0]!.waiting;
}

/**
 * On SQLite only: a turn that never ends keeps its PostgreSQL lock in this process, so the other
 * "instance" could not run the turn; the log's once-per-key append is tested on both engines in directLineStore.test.ts.
 */
describe('a resident’s message whose instance died after logging a reply', () => {
    it('does not log those replies again when the next poll runs it (PostgreSQL trial 12, R1)', async () => {
      const database = await openTestDatabase('sqlite');
      let now = new Date('2026-12-03T10:00:00Z');
      const dying = await startInstance(
        database,
        async (context) => {
          await context.sendActivity('If you are in danger now, call 999.');
          await new Promise<void>(() => undefined);
        },
        () => now,
      );
      await dying.store.createConversation(conversationId, 'resident');
      const cutOff = new AbortController();
      onTestFinished(() => cutOff.abort());
      void fetch(`${dying.url}/v3/directline/conversations/${conversationId}/activities`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: 'my partner hits me' }),
        signal: cutOff.signal,
      }).catch(() => undefined);
      await expect.poll(() => log(dying.store)).toEqual(['user: my partner hits me', 'bot: If you are in danger now, call 999.']);
      const survivor = await startInstance(
        database,
        async (context) => {
          await context.sendActivity('If you are in danger now, call 999.');
          await context.sendActivity('I have asked an advisor to join this chat.');
        },
        () => now,
      );
      now = new Date(now.getTime() + 30_000);
      await poll(survivor.url);
      await expect
        .poll(() => log(survivor.store))
        .toEqual(['user: my partner hits me', 'bot: If you are in danger now, call 999.', 'bot: I have asked an advisor to join this chat.']);
    });
});

describe('retries of one message at two instances on one PostgreSQL at once', () => {
  it('run its unfinished turn once, the second retry waiting for the first and then running nothing', async () => {
    const [first, second] = await openTwoInstances();
    const bot = heldBot();
    const [a, b] = [await startInstance(first, bot.logic), await startInstance(second, bot.logic)];
    onTestFinished(bot.release);
    await a.store.createConversation(conversationId, 'resident');
    const logged = await leftByADeadInstance(a.store, 'Flat 2', 'w1');
    const retries = [send(a.url, 'Flat 2', 'w1'), send(b.url, 'Flat 2', 'w1')];
    await bot.started;
    // The other retry has looked the message up, found it unfinished, and waits for the turn under way.
    await expect.poll(() => waitingForTheLock(first)).toBe(1);
    bot.release();
    const ids = await Promise.all(retries.map(async (retry) => idOf(await retry)));
    expect(ids).toEqual([logged.id, logged.id]);
    expect(bot.runs).toEqual(['Flat 2']);
    expect(await log(a.store)).toEqual(['user: Flat 2', 'bot: answered Flat 2']);
  });
});

describe.each(engines)('GET a conversation’s activities with a watermark, on %s', (engine) => {
  it.each([
    ['absent', '', 200],
    ['0', '?watermark=0', 200],
    ['a row’s number', '?watermark=3', 200],
    ['empty', '?watermark=', 200],
    ['past what a BIGINT holds', '?watermark=99999999999999999999999', 400],
    ['negative', '?watermark=-1', 400],
    ['not a number', '?watermark=abc', 400],
    ['a fraction', '?watermark=1.5', 400],
    ['given twice', '?watermark=1&watermark=2', 400],
  ])('%s: %s', async (_name, query, status) => {
    const instance = await startInstance(await openTestDatabase(engine), heldBot().logic);
    await instance.store.createConversation(conversationId, 'resident');
    const response = await fetch(`${instance.url}/v3/directline/conversations/${conversationId}/activities${query}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(status);
    expect(await response.text()).not.toMatch(/bigint|syntax|SQL/i);
  });
});
