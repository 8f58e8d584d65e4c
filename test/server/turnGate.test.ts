import type { AddressInfo } from 'node:net';
import type { TurnContext } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBotAdapter } from '../../src/bot/adapter.js';
import { createLogger } from '../../src/logger.js';
import { registerBotEndpoint } from '../../src/server/botEndpoint.js';
import { createServer } from '../../src/server/createServer.js';
import { TurnGate, turnSender } from '../../src/server/turnGate.js';
import { residentMessage } from '../support/testApp.js';

/** A piece of work that runs until the test lets it finish, noting when it started. */
function heldWork(started: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { work: () => (started.push(name), done), finish };
}
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('admission of turns', () => {
  it.each([
    ['one at a time, one waiting', { concurrent: 1, queued: 1 }, ['a'], ['c']],
    ['two at a time, none waiting', { concurrent: 2, queued: 0 }, ['a', 'b'], ['c']],
    ['two at a time, one waiting', { concurrent: 2, queued: 1 }, ['a', 'b'], []],
  ])('%s: runs the first at once, queues the next and refuses beyond', async (_, limits, runningFirst, refused) => {
    const gate = new TurnGate(limits);
    const started: string[] = [];
    const turns = Object.fromEntries(['a', 'b', 'c'].map((name) => [name, heldWork(started, name)]));
    const admitted = Object.fromEntries(Object.entries(turns).map(([name, turn]) => [name, gate.run(turn.work)]));
    await settle();
    expect(started).toEqual(runningFirst);
    for (const name of refused) expect(await admitted[name]).toBe(false);
    for (const turn of Object.values(turns)) turn.finish();
    for (const name of Object.keys(turns).filter((name) => !refused.includes(name))) expect(await admitted[name]).toBe(true);
    expect(started).toEqual(['a', 'b', 'c'].filter((name) => !refused.includes(name)));
  });

  it('passes a freed place to the turn that waited longest, not to a newcomer', async () => {
    const gate = new TurnGate({ concurrent: 1, queued: 5 });
    const started: string[] = [];
    const first = heldWork(started, 'first');
    const waiting = heldWork(started, 'waiting');
    const newcomer = heldWork(started, 'newcomer');
    const runs = [gate.run(first.work), gate.run(waiting.work)];
    first.finish();
    runs.push(gate.run(newcomer.work));
    waiting.finish();
    newcomer.finish();
    await Promise.all(runs);
    expect(started).toEqual(['first', 'waiting', 'newcomer']);
  });
});

describe('admission by key, the fewest recent turns first (outside attacks 15, H4, and 16b, N6)', () => {
  it("lets in the waiting key with the fewest turns lately, each key's in order, keys alike in arrival order", async () => {
    const gate = new TurnGate({ concurrent: 1, queued: 20 });
    const started: string[] = [];
    const first = heldWork(started, 'first');
    const runs = [gate.run(first.work, 'flood-1')];
    const turns = [
      ['flood-1', 'f1-a'],
      ['flood-1', 'f1-b'],
      ['flood-2', 'f2-a'],
      ['flood-1', 'f1-c'],
      ['flood-2', 'f2-b'],
      ['resident', 'resident'],
    ].map(([key, name]) => {
      const turn = heldWork(started, name!);
      runs.push(gate.run(turn.work, key));
      return turn;
    });
    first.finish();
    for (const turn of turns) turn.finish();
    await Promise.all(runs);
    expect(started).toEqual(['first', 'f2-a', 'resident', 'f1-a', 'f2-b', 'f1-b', 'f1-c']);
  });

  it('puts a newcomer ahead of keys that have each had a turn, however many of them wait (one turn each of 40 conversations held every resident 14 s)', async () => {
    const gate = new TurnGate({ concurrent: 1, queued: 50 });
    const flood = ['f0', 'f1', 'f2', 'f3'];
    for (const key of flood) await gate.run(async () => undefined, key);
    const started: string[] = [];
    const first = heldWork(started, 'first');
    const runs = [gate.run(first.work, 'f0')];
    const turns = [...flood.slice(1), 'resident'].map((key) => {
      const turn = heldWork(started, key);
      runs.push(gate.run(turn.work, key));
      return turn;
    });
    first.finish();
    for (const turn of turns) turn.finish();
    await Promise.all(runs);
    expect(started).toEqual(['first', 'resident', 'f1', 'f2', 'f3']);
  });

  it('lets turns fade: five turns five minutes ago count for less than one a minute ago', async () => {
    let clock = 0;
    const gate = new TurnGate({ concurrent: 1, queued: 20 }, () => clock);
    for (let turn = 0; turn < 5; turn += 1) await gate.run(async () => undefined, 'earlier');
    clock = 4 * 60_000;
    await gate.run(async () => undefined, 'recent');
    const started: string[] = [];
    const first = heldWork(started, 'first');
    const runs = [gate.run(first.work, 'other')];
    const queued = ['recent', 'earlier'].map((key) => {
      const turn = heldWork(started, key);
      runs.push(gate.run(turn.work, key));
      return turn;
    });
    clock = 5 * 60_000;
    first.finish();
    for (const turn of queued) turn.finish();
    await Promise.all(runs);
    expect(started).toEqual(['first', 'earlier', 'recent']);
  });

  it('with the queue full, the key with the most waiting gives up its newest for a newcomer of another key', async () => {
    const gate = new TurnGate({ concurrent: 1, queued: 3 });
    const started: string[] = [];
    const first = heldWork(started, 'first');
    const running = gate.run(first.work, 'flood');
    const flood = ['f-a', 'f-b', 'f-c'].map((name) => heldWork(started, name));
    const floodRuns = flood.map((turn) => gate.run(turn.work, 'flood'));
    const resident = heldWork(started, 'resident');
    const residentRun = gate.run(resident.work, 'resident');
    expect(await floodRuns[2]).toBe(false);
    // Another of the flood's key, now that it no longer has the most: refused, not queued over the resident.
    expect(await gate.run(heldWork(started, 'f-d').work, 'flood')).toBe(false);
    first.finish();
    for (const turn of [...flood, resident]) turn.finish();
    expect(await Promise.all([running, floodRuns[0], floodRuns[1], residentRun])).toEqual([true, true, true, true]);
    expect(started).toEqual(['first', 'resident', 'f-a', 'f-b']);
  });
});

describe('POST /api/messages when the turns and the queue are full', () => {
  const logger = createLogger('silent');
  const server = createServer({ logger, adminToken: undefined, isReady: () => true });
  let url = '';
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let holding!: () => void;
  const holdStarted = new Promise<void>((resolve) => (holding = resolve));

  beforeAll(async () => {
    const logic = async (context: TurnContext) => {
      if (context.activity.text === 'hold') {
        holding();
        await held;
      }
      await context.sendActivity(`you said ${context.activity.text}`);
    };
    registerBotEndpoint(server, createBotAdapter(undefined, logger), logic, logger, { authenticated: false, isLocalConversation: async () => false }, { gate: new TurnGate({ concurrent: 1, queued: 0 }) });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = (text: string) =>
    fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ deliveryMode: 'expectReplies', ...residentMessage(`gate-${text}`, text) }) });

  it('asks the channel to retry with 503 and Retry-After, and serves again once a place is free', async () => {
    const held = post('hold');
    await holdStarted;
    const refused = await post('one more');
    expect(refused.status).toBe(503);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    release();
    expect((await held).status).toBe(200);
    expect((await post('after')).status).toBe(200);
  });
});

describe('POST /api/messages with authentication off', () => {
  it("runs the turn as the client address's, so its conversations wait as one under the conversation locks too (outside attack 16b, N6)", async () => {
    const logger = createLogger('silent');
    const server = createServer({ logger, adminToken: undefined, isReady: () => true });
    const senders: (string | undefined)[] = [];
    const logic = async (context: TurnContext) => {
      senders.push(turnSender.of(context.activity));
      await context.sendActivity('answered');
    };
    const unauthenticated = { limits: { newConversation: async () => 0, message: async () => 0 }, clientAddress: () => '127.0.0.9' };
    registerBotEndpoint(server, createBotAdapter(undefined, logger), logic, logger, { authenticated: false, isLocalConversation: async () => false }, { unauthenticated });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ deliveryMode: 'expectReplies', ...residentMessage('sender-1', 'when is my bin day') }),
      });
      expect(response.status).toBe(200);
      expect(senders).toEqual(['127.0.0.9']);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
