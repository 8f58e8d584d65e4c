import type { AddressInfo } from 'node:net';
import type { TurnContext } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBotAdapter } from '../../src/bot/adapter.js';
import { createLogger } from '../../src/logger.js';
import { registerBotEndpoint } from '../../src/server/botEndpoint.js';
import { createServer } from '../../src/server/createServer.js';
import { TurnGate } from '../../src/server/turnGate.js';
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

describe('admission by key in turn (outside attack 15, H4)', () => {
  it("serves one waiting turn of each key in turn, each key's in order", async () => {
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
    expect(started).toEqual(['first', 'f1-a', 'f2-a', 'resident', 'f1-b', 'f2-b', 'f1-c']);
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
    // Another of the flood's key, now that it no longer has the most: refused, not let in over the resident.
    expect(await gate.run(heldWork(started, 'f-d').work, 'flood')).toBe(false);
    first.finish();
    for (const turn of [...flood, resident]) turn.finish();
    expect(await Promise.all([running, floodRuns[0], floodRuns[1], residentRun])).toEqual([true, true, true, true]);
    expect(started).toEqual(['first', 'f-a', 'resident', 'f-b']);
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
