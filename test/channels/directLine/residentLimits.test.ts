import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultResidentLimits, residentLimits } from '../../../src/channels/directLine/residentLimits.js';
import { WindowedCounts } from '../../../src/storage/windowedCounts.js';
import { engines, openTestDatabase, openTwoInstances } from '../../support/sqlDatabases.js';
import { startTestApp } from '../../support/testApp.js';

describe.each(engines)('resident limits on %s', (engine) => {
  it.each([
    ['new conversations per client', 'newConversation', defaultResidentLimits.conversationsPerTenMinutes],
    ['messages per conversation', 'message', defaultResidentLimits.messagesPerMinute],
  ] as const)('counts %s, each key on its own', async (_name, limit, allowed) => {
    const limits = residentLimits(new WindowedCounts({ database: await openTestDatabase(engine) }));
    const waits: number[] = [];
    for (let attempt = 0; attempt <= allowed; attempt += 1) waits.push(await limits[limit]('one'));
    expect(waits.slice(0, allowed).every((wait) => wait === 0)).toBe(true);
    expect(waits[allowed]).toBeGreaterThan(0);
    expect(await limits[limit]('another')).toBe(0);
  });
});

describe('resident limits on two instances of one PostgreSQL database', () => {
  it('are not doubled: messages of one conversation alternating between the instances share one limit', async () => {
    const [a, b] = (await openTwoInstances()).map((database) => residentLimits(new WindowedCounts({ database })));
    const waits: number[] = [];
    for (let message = 0; message < 2 * defaultResidentLimits.messagesPerMinute; message += 1) waits.push(await [a, b][message % 2]!.message('conversation-1'));
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
