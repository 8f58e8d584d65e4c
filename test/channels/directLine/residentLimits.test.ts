import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultResidentLimits, residentLimits } from '../../../src/channels/directLine/residentLimits.js';
import { WindowedCounts } from '../../../src/storage/windowedCounts.js';
import { safetyCeiling } from '../../../src/triage/messageLimits.js';
import { engines, openTestDatabase, openTwoInstances } from '../../support/sqlDatabases.js';
import { residentMessage, startTestApp } from '../../support/testApp.js';

describe.each(engines)('resident limits on %s', (engine) => {
  const open = async () => residentLimits(new WindowedCounts({ database: await openTestDatabase(engine) }));

  it('counts new conversations per client, each client on its own', async () => {
    const limits = await open();
    const waits: number[] = [];
    for (let attempt = 0; attempt <= defaultResidentLimits.conversationsPerTenMinutes; attempt += 1) waits.push(await limits.newConversation('one'));
    expect(waits.slice(0, -1).every((wait) => wait === 0)).toBe(true);
    expect(waits.at(-1)).toBeGreaterThan(0);
    expect(await limits.newConversation('another')).toBe(0);
  });

  it('counts messages per conversation, each conversation on its own', async () => {
    const limits = await open();
    const waits: number[] = [];
    for (let attempt = 0; attempt <= defaultResidentLimits.messagesPerMinute; attempt += 1) waits.push(await limits.message('one', 'client-1', 'hello'));
    expect(waits.slice(0, -1).every((wait) => wait === 0)).toBe(true);
    expect(waits.at(-1)).toBeGreaterThan(0);
    expect(await limits.message('another', 'client-1', 'hello')).toBe(0);
  });

  it('counts the characters a client sends in all its conversations, only as far as the safety rules read (outside attack 13, H1)', async () => {
    const limits = await open();
    const long = 'I smell gas and my neighbour '.repeat(400);
    expect(long.length).toBeGreaterThan(safetyCeiling);
    const waits: number[] = [];
    for (let conversation = 0; conversation < 4; conversation += 1) waits.push(await limits.message(`conversation-${conversation}`, 'client-1', long));
    expect(waits).toEqual([0, 0, 0, expect.any(Number)]);
    expect(waits[3]).toBeGreaterThan(0);
    // Short messages from the same address wait too, until the minute is up; another address does not.
    expect(await limits.message('conversation-9', 'client-1', 'when is my bin day')).toBeGreaterThan(0);
    expect(await limits.message('conversation-10', 'client-2', long)).toBe(0);
  });

  it('counts the messages a client sends in all its conversations (outside attack 14, H4)', async () => {
    const limits = await open();
    const waits: number[] = [];
    for (let message = 0; message <= defaultResidentLimits.messagesPerMinutePerClient; message += 1) waits.push(await limits.message(`conversation-${message % 10}`, 'client-1', 'hi'));
    expect(waits.slice(0, -1).every((wait) => wait === 0)).toBe(true);
    expect(waits.at(-1)).toBeGreaterThan(0);
    expect(await limits.message('conversation-0', 'client-2', 'hi')).toBe(0);
  });

  it('counts a refused message for nothing', async () => {
    const limits = await open();
    const third = defaultResidentLimits.charactersPerMinute / 3;
    for (let part = 0; part < 3; part += 1) expect(await limits.message(`c-${part}`, 'client-1', 'x'.repeat(third - 2))).toBe(0);
    expect(await limits.message('c-3', 'client-1', 'x'.repeat(10))).toBeGreaterThan(0);
    expect(await limits.message('c-4', 'client-1', 'x'.repeat(6))).toBe(0);
  });
});

describe('resident limits on two instances of one PostgreSQL database', () => {
  it('are not doubled: messages of one conversation alternating between the instances share one limit', async () => {
    const [a, b] = (await openTwoInstances()).map((database) => residentLimits(new WindowedCounts({ database })));
    const waits: number[] = [];
    for (let message = 0; message < 2 * defaultResidentLimits.messagesPerMinute; message += 1) waits.push(await [a, b][message % 2]!.message('conversation-1', 'client-1', 'hello'));
    expect(waits.filter((wait) => wait === 0)).toHaveLength(defaultResidentLimits.messagesPerMinute);
  });
});

describe('the local Direct Line under a flood', () => {
  let app: Awaited<ReturnType<typeof startTestApp>>;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("refuses another site's page starting chats (403), without counting it against the address", async () => {
    const crossSite: Record<string, string>[] = [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }, { origin: 'null' }];
    for (const headers of crossSite) {
      for (let attempt = 0; attempt <= defaultResidentLimits.conversationsPerTenMinutes; attempt += 1) {
        expect((await fetch(`${app.url}/v3/directline/tokens/generate`, { method: 'POST', headers })).status).toBe(403);
      }
    }
    // Not counted: the next test still gets the whole allowance.
  });

  it('refuses new conversations past the limit with 429 and Retry-After', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let attempt = 0; attempt <= defaultResidentLimits.conversationsPerTenMinutes; attempt += 1) {
      const response = await fetch(`${app.url}/v3/directline/tokens/generate`, { method: 'POST' });
      statuses.push(response.status);
      retryAfter = response.headers.get('retry-after');
    }
    expect(statuses.filter((status) => status === 200)).toHaveLength(defaultResidentLimits.conversationsPerTenMinutes);
    expect(statuses.at(-1)).toBe(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });
});

describe('an emergency from an address past its limits (outside attack 19, A19-3: someone sharing the address made a gas report get 429)', () => {
  let app: Awaited<ReturnType<typeof startTestApp>>;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const post = (session: { token: string; conversationId: string }, text: string) =>
    fetch(`${app.url}/v3/directline/conversations/${session.conversationId}/activities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', from: { id: 'resident' }, text }),
    });
  const start = async () => (await (await fetch(`${app.url}/v3/directline/tokens/generate`, { method: 'POST' })).json()) as { token: string; conversationId: string };

  it('gets what to do now and the numbers, with no turn run; anything else gets 429', async () => {
    const someoneElse = await start();
    // Someone else at the address uses up its characters for the minute, to the last few.
    for (const size of [9_000, 3_000, 1_000, 300, 100, 30, 10]) while ((await post(someoneElse, 'b'.repeat(size))).status !== 429);
    const resident = await start();
    expect((await post(resident, 'when is my bin day please')).status).toBe(429);
    const gas = await post(resident, 'I can smell gas in my kitchen');
    expect(gas.status).toBe(200);
    const log = (await (await fetch(`${app.url}/v3/directline/conversations/${resident.conversationId}/activities`, { headers: { authorization: `Bearer ${resident.token}` } })).json()) as { activities: { from: { role?: string }; text?: string }[] };
    const said = log.activities.filter((activity) => activity.from.role === 'bot').map((activity) => activity.text ?? '').join('\n');
    expect(said).toContain('0800 111 999');
    expect(said).toMatch(/only read this one for safety/);
  });

  it('is bounded too, and keeps only what it read: "I can smell gas" in front of every message is not a way past the limits (outside attack 22, A22-2)', async () => {
    const someoneElse = await start();
    for (const size of [9_000, 3_000, 1_000, 300, 100, 30, 10]) while ((await post(someoneElse, 'b'.repeat(size))).status !== 429);
    const attacker = await start();
    const statuses: number[] = [];
    const waits: (string | null)[] = [];
    for (let sent = 0; sent < 22; sent += 1) {
      const response = await post(attacker, `I can smell gas ${'x'.repeat(9_000)}`);
      statuses.push(response.status);
      if (response.status === 429) waits.push(response.headers.get('retry-after'));
    }
    expect(statuses).toEqual([...Array(20).fill(200), 429, 429]);
    // The address's wait, within the minute, not the advice's own ten minutes (outside attack 23, A23-1).
    expect(waits.every((wait) => Number(wait) >= 1 && Number(wait) <= 60)).toBe(true);
    const kept: number[] = [];
    // A poll answers a page at a time: read on from each page's watermark.
    for (let watermark = '', more = true; more; ) {
      const page = (await (await fetch(`${app.url}/v3/directline/conversations/${attacker.conversationId}/activities?watermark=${watermark}`, { headers: { authorization: `Bearer ${attacker.token}` } })).json()) as { activities: { from: { role?: string }; text?: string }[]; watermark: string };
      kept.push(...page.activities.filter((activity) => activity.from.role !== 'bot').map((activity) => activity.text?.length ?? 0));
      more = page.activities.length > 0;
      watermark = page.watermark;
    }
    expect(kept).toHaveLength(20);
    expect(Math.max(...kept)).toBeLessThanOrEqual(1_000);
  });

  it('after ten follow-ups past the limits, a new emergency still gets its advice (outside attack 28, A28-02: "fire in the kitchen" got a bare 429)', async () => {
    const someoneElse = await start();
    for (const size of [9_000, 3_000, 1_000, 300, 100, 30, 10]) while ((await post(someoneElse, 'b'.repeat(size))).status !== 429);
    const resident = await start();
    expect((await post(resident, 'my husband has collapsed and is not breathing')).status).toBe(200);
    const followUps: number[] = [];
    for (let sent = 0; sent < 11; sent += 1) followUps.push((await post(resident, 'please help')).status);
    expect(followUps).toEqual([...Array(10).fill(200), 429]);
    expect((await post(resident, 'now there is a fire in the kitchen')).status).toBe(200);
    const log = (await (await fetch(`${app.url}/v3/directline/conversations/${resident.conversationId}/activities`, { headers: { authorization: `Bearer ${resident.token}` } })).json()) as { activities: { from: { role?: string }; text?: string }[] };
    expect(log.activities.at(-1)?.text).toMatch(/Get everyone out/);
  });

  // Outside attacks 23 and 27, A23-1: "please help" and "the ambulance is not here yet" after a collapse got a bare 429.
  it('after an emergency, any message of that conversation past the limits gets 999 now; in another conversation, 429', async () => {
    const someoneElse = await start();
    for (const size of [9_000, 3_000, 1_000, 300, 100, 30, 10]) while ((await post(someoneElse, 'b'.repeat(size))).status !== 429);
    const resident = await start();
    expect((await post(resident, 'my dad has collapsed in the kitchen and is not breathing')).status).toBe(200);
    expect((await post(resident, 'the ambulance still has not come')).status).toBe(200);
    const log = (await (await fetch(`${app.url}/v3/directline/conversations/${resident.conversationId}/activities`, { headers: { authorization: `Bearer ${resident.token}` } })).json()) as { activities: { from: { role?: string }; text?: string }[] };
    expect(log.activities.at(-1)?.text).toMatch(/call \*\*999\*\* now/);
    const neighbour = await start();
    expect((await post(neighbour, 'the ambulance still has not come')).status).toBe(429);
  });

  it('is counted per conversation, never per address: an attacker on the address cannot use it up for a resident (outside re-check 22b, R22-3)', async () => {
    const someoneElse = await start();
    for (const size of [9_000, 3_000, 1_000, 300, 100, 30, 10]) while ((await post(someoneElse, 'b'.repeat(size))).status !== 429);
    for (let conversation = 0; conversation < 8; conversation += 1) {
      const attacker = await start();
      for (let sent = 0; sent < 10; sent += 1) expect((await post(attacker, 'I can smell gas')).status).toBe(200);
    }
    const resident = await start();
    expect((await post(resident, 'there is a strong smell of gas on our landing')).status).toBe(200);
  });
});

describe('long messages from one address (outside attack 13, H1: within the message limits they froze every chat)', () => {
  let app: Awaited<ReturnType<typeof startTestApp>>;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const long = 'I smell gas and my neighbour '.repeat(340);

  it('are refused with 429 and Retry-After past the characters one address may send a minute, in the chat page and on /api/messages', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let conversation = 0; conversation < 2; conversation += 1) {
      const session = (await (await fetch(`${app.url}/v3/directline/tokens/generate`, { method: 'POST' })).json()) as { token: string; conversationId: string };
      const response = await fetch(`${app.url}/v3/directline/conversations/${session.conversationId}/activities`, {
        method: 'POST',
        headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', from: { id: 'resident' }, text: long }),
      });
      statuses.push(response.status);
    }
    for (let conversation = 0; conversation < 2; conversation += 1) {
      const response = await fetch(`${app.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...residentMessage(`long-${conversation}`, long), deliveryMode: 'expectReplies' }),
      });
      statuses.push(response.status);
      retryAfter = response.headers.get('retry-after');
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });
});
