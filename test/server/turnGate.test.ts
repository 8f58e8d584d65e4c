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

describe('admission by key, a turn of each waiting key a round (outside attacks 15, H4, 16b, N6, and 18, A18-2)', () => {
  it("lets in one turn of each waiting key a round, each key's in order, a round in arrival order", async () => {
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

  it('puts a newcomer behind one turn of each waiting key, not behind all their turns (forty conversations of one address held every resident 14 s)', async () => {
    const gate = new TurnGate({ concurrent: 1, queued: 50 });
    const started: string[] = [];
    const first = heldWork(started, 'first');
    const runs = [gate.run(first.work, 'f0')];
    const turns = ['f1', 'f2', 'f1', 'f2', 'f1', 'f2', 'resident'].map((key) => {
      const turn = heldWork(started, key);
      runs.push(gate.run(turn.work, key));
      return turn;
    });
    first.finish();
    for (const turn of turns) turn.finish();
    await Promise.all(runs);
    expect(started).toEqual(['first', 'f1', 'f2', 'resident', 'f1', 'f2', 'f1', 'f2']);
  });

  it('serves a resident mid-conversation within one turn of each other sender, however many fresh senders a flood brings (outside attack 18, A18-2)', async () => {
    const gate = new TurnGate({ concurrent: 1, queued: 100 });
    const started: string[] = [];
    const first = heldWork(started, 'first');
    const runs = [gate.run(first.work, 'flood-0')];
    const pending = [first];
    const queue = (key: string) => {
      const turn = heldWork(started, key);
      runs.push(gate.run(turn.work, key));
      pending.push(turn);
    };
    // The resident has been talking: several turns already let in while the flood waited.
    for (let turn = 0; turn < 4; turn += 1) queue('resident');
    for (let sender = 1; sender <= 5; sender += 1) queue(`flood-${sender}`);
    for (const turn of pending.splice(0)) turn.finish();
    await Promise.all(runs.splice(0));
    started.length = 0;
    // Now a flood from fresh addresses, each new to the gate, keeps arriving around the resident's next turn.
    const held = heldWork(started, 'held');
    runs.push(gate.run(held.work, 'flood-held'));
    for (let sender = 10; sender < 20; sender += 1) queue(`flood-${sender}`);
    queue('resident');
    for (let sender = 20; sender < 40; sender += 1) queue(`flood-${sender}`);
    held.finish();
    for (const turn of pending) turn.finish();
    await Promise.all(runs);
    expect(started.indexOf('resident')).toBeLessThanOrEqual(12);
  });

  it('forgets what each sender had once the gate is idle: a sender that was busy earlier waits in arrival order like any other', async () => {
    const gate = new TurnGate({ concurrent: 1, queued: 20 });
    const started: string[] = [];
    const busy = heldWork(started, 'busy-earlier');
    const earlier = [gate.run(busy.work, 'busy')];
    for (let turn = 0; turn < 5; turn += 1) earlier.push(gate.run(async () => undefined, 'busy'));
    busy.finish();
    await Promise.all(earlier);
    const first = heldWork(started, 'first');
    const runs = [gate.run(first.work, 'other')];
    const queued = ['busy', 'quiet'].map((key) => {
      const turn = heldWork(started, key);
      runs.push(gate.run(turn.work, key));
      return turn;
    });
    first.finish();
    for (const turn of queued) turn.finish();
    await Promise.all(runs);
    expect(started).toEqual(['busy-earlier', 'first', 'busy', 'quiet']);
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
    const unauthenticated = { limits: { newConversation: async () => 0, message: async () => 0, concernOverLimits: async () => 0 }, clientAddress: () => '127.0.0.9' };
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
