import type { AddressInfo } from 'node:net';
import type { TurnContext } from 'botbuilder';
import { sql } from 'kysely';
import type { Response } from 'restify';
import { describe, expect, it, onTestFinished } from 'vitest';
import { oneTurnAtATime } from '../../../src/bot/oneTurnAtATime.js';
import { DirectLineAdapter } from '../../../src/channels/directLine/directLineAdapter.js';
import { registerDirectLineRoutes } from '../../../src/channels/directLine/directLineRoutes.js';
import { DirectLineStore } from '../../../src/channels/directLine/directLineStore.js';
import { DirectLineTokens } from '../../../src/channels/directLine/directLineTokens.js';
import { residentLimits } from '../../../src/channels/directLine/residentLimits.js';
import { createLogger } from '../../../src/logger.js';
import { createServer } from '../../../src/server/createServer.js';
import { conversationLock } from '../../../src/storage/conversationLock.js';
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
async function startInstance(database: SqlDatabase, logic: (context: TurnContext) => Promise<void>) {
  const store = new DirectLineStore(database);
  const adapter = new DirectLineAdapter(store, 'Northbrook Assistant');
  adapter.use(oneTurnAtATime(conversationLock(database)));
  const server = createServer({ logger: createLogger('silent'), adminToken: undefined, isReady: () => true });
  const posts: Response[] = [];
  server.pre((request, response, next) => {
    if (request.method === 'POST' && request.url?.endsWith('/activities')) posts.push(response);
    next();
  });
  registerDirectLineRoutes(server, { store, tokens, adapter, logic, logger: createLogger('silent'), botId: 'bot', clientAddress: () => '127.0.0.1', limits: residentLimits(new WindowedCounts({ database })), now: () => new Date() });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, store, posts };
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

  it('answers 502 when the turn fails, so Web Chat offers the retry, which runs the turn again', async () => {
    const runs: string[] = [];
    const failOnce = async (context: TurnContext): Promise<void> => {
      runs.push(context.activity.text);
      if (runs.length === 1) throw new Error('the model timed out');
      await context.sendActivity(`answered ${context.activity.text}`);
    };
    const instance = await startInstance(await openTestDatabase(engine), failOnce);
    await instance.store.createConversation(conversationId, 'resident');
    expect((await send(instance.url, 'Flat 2', 'w1')).status).toBe(502);
    await idOf(await send(instance.url, 'Flat 2', 'w1'));
    expect(runs).toEqual(['Flat 2', 'Flat 2']);
    expect(await log(instance.store)).toEqual(['user: Flat 2', 'bot: answered Flat 2']);
  });
});

/** Turns waiting for a conversation's lock in this database (the lock is an advisory one). */
async function waitingForTheLock(database: SqlDatabase): Promise<number> {
  const { rows } = await sql<{ waiting: number }>`SELECT count(*)::int AS waiting FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`.execute(database.db);
  return rows[0]!.waiting;
}

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
