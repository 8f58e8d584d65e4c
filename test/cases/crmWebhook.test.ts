import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseRecord } from '../../src/cases/caseSystem.js';
import { signBody } from '../../src/cases/crmDelivery.js';
import { backoffDelay, retryAfterMs } from '../../src/cases/retryPolicy.js';
import type { DispatcherClock } from '../../src/cases/crmDispatcher.js';
import { CrmWebhookCaseSystem, type CrmWebhookCaseSystemOptions } from '../../src/cases/crmWebhookCaseSystem.js';
import { createLogger } from '../../src/logger.js';
import { openDatabase, type SqliteDatabase } from '../../src/storage/database.js';
import { temporaryDataDir } from '../support/tempDir.js';
import { startFakeCrm, type FakeCrm } from './fakeCrm.js';
import { missedBinCase, profile } from './profileFixture.js';

const secret = 'crm-shared-secret-for-tests';
const logger = createLogger('silent');

/** Virtual time: sleeping moves the clock on at once, so Retry-After and backoff cost no real time. */
function virtualClock(): DispatcherClock {
  let now = Date.parse('2026-11-05T10:00:00Z');
  return {
    now: () => now,
    sleep: async (ms) => {
      now += ms;
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

let crm: FakeCrm;
const databases: SqliteDatabase[] = [];
const systems: CrmWebhookCaseSystem[] = [];

const caseSystem = (database: SqliteDatabase, options: Partial<CrmWebhookCaseSystemOptions> = {}): CrmWebhookCaseSystem => {
  const system = new CrmWebhookCaseSystem({
    database,
    profile,
    url: crm.url,
    secret,
    logger,
    retry: { maxAttempts: 8, baseDelayMs: 10, maxDelayMs: 40 },
    requestTimeoutMs: 2_000,
    idlePollMs: 50,
    ...options,
  });
  systems.push(system);
  return system;
};
const database = (dataDir = temporaryDataDir()): SqliteDatabase => {
  const opened = openDatabase(dataDir);
  databases.push(opened);
  return opened;
};

beforeEach(async () => {
  crm = await startFakeCrm(secret);
});
afterEach(async () => {
  await Promise.all(systems.splice(0).map((system) => system.stop()));
  for (const opened of databases.splice(0)) if (opened.open) opened.close();
  await crm.close();
});

describe('signBody', () => {
  it('is the hex HMAC-SHA256 of the raw body', () => {
    // RFC 4231 test case 2.
    expect(signBody('what do ya want for nothing?', 'Jefe')).toBe('sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  });
});

describe('retry policy', () => {
  const policy = { maxAttempts: 5, baseDelayMs: 1_000, maxDelayMs: 5_000 };
  it('doubles the delay with equal jitter, up to the ceiling', () => {
    expect([1, 2, 3, 4].map((attempt) => backoffDelay(attempt, policy, () => 0))).toEqual([500, 1_000, 2_000, 2_500]);
    expect([1, 2, 3, 4].map((attempt) => backoffDelay(attempt, policy, () => 0.999999))).toEqual([1_000, 2_000, 4_000, 5_000]);
  });
  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-05T10:00:00Z');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Thu, 05 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });
});

describe('CrmWebhookCaseSystem', () => {
  it('issues a reference at once and delivers every case exactly once through an unreliable CRM', async () => {
    const clock = virtualClock();
    const attemptsAt = new Map<string, number[]>();
    const recordingFetch: typeof fetch = (input, init) => {
      const key = new Headers(init?.headers).get('idempotency-key')!;
      attemptsAt.set(key, [...(attemptsAt.get(key) ?? []), clock.now()]);
      return fetch(input, init);
    };
    const cases = caseSystem(database(), { clock, fetch: recordingFetch });
    crm.script = [
      { kind: 'status', status: 500 },
      { kind: 'reset' },
      { kind: 'status', status: 429, retryAfterSeconds: 30 },
      { kind: 'accept-then-reset' },
      { kind: 'status', status: 503 },
      { kind: 'accept' },
      { kind: 'reset' },
      { kind: 'status', status: 502 },
    ];

    const created: CaseRecord[] = [];
    for (let index = 0; index < 10; index += 1) created.push(await cases.create(missedBinCase(`conversation-${index}`)));
    expect(new Set(created.map((record) => record.reference)).size).toBe(created.length);
    for (const record of created) expect(record.reference).toMatch(/^NBC-BIN-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(created.every((record) => record.status === 'received')).toBe(true);

    await cases.drain();

    expect(crm.badSignatures).toBe(0);
    expect([...crm.processed.keys()].sort()).toEqual(created.map((record) => record.reference).sort());
    for (const record of created) expect(crm.processed.get(record.reference)).toEqual(record);
    // The case accepted but whose answer was lost was sent again and recognised by its idempotency key.
    expect(crm.duplicatesIgnored).toBe(1);
    for (const record of created) {
      expect(await cases.find(record.reference)).toMatchObject({ status: 'sent-to-service' });
      expect(cases.deliveryStatus(record.reference)).toMatchObject({ state: 'delivered', lastError: null });
    }
    // The third request was answered 429 with Retry-After: 30; its case waited at least that long.
    const throttled = [...attemptsAt.values()].find((times) => times.some((time, index) => index > 0 && time - times[index - 1]! >= 30_000));
    expect(throttled).toBeDefined();
  });

  it('gives up after the configured number of attempts and leaves the case for staff', async () => {
    const cases = caseSystem(database(), { clock: virtualClock(), retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 40 } });
    crm.fallback = { kind: 'status', status: 500 };
    const { reference } = await cases.create(missedBinCase('c1'));
    await cases.drain();
    expect(crm.requests).toBe(3);
    expect(cases.deliveryStatus(reference)).toEqual({ state: 'dead', attempts: 3, lastError: 'HTTP 500' });
    expect(await cases.find(reference)).toMatchObject({ status: 'received' });
  });

  it('does not retry a message the CRM refuses, such as one signed with the wrong secret', async () => {
    const cases = caseSystem(database(), { clock: virtualClock(), secret: 'not-the-shared-secret' });
    const { reference } = await cases.create(missedBinCase('c1'));
    await cases.drain();
    expect(crm.badSignatures).toBe(1);
    expect(cases.deliveryStatus(reference)).toEqual({ state: 'dead', attempts: 1, lastError: 'HTTP 401' });
  });

  it('delivers in the background, and a new instance on the same database resumes after a restart', async () => {
    const dataDir = temporaryDataDir();
    crm.fallback = { kind: 'status', status: 503 };
    const before = caseSystem(database(dataDir), { retry: { maxAttempts: 1000, baseDelayMs: 5, maxDelayMs: 20 } });
    before.start();
    const references = [(await before.create(missedBinCase('c1'))).reference, (await before.create(missedBinCase('c2'))).reference];
    await vi.waitFor(() => {
      for (const reference of references) expect(before.deliveryStatus(reference)?.attempts).toBeGreaterThan(1);
    });
    await before.stop();
    databases[0]!.close();
    expect(crm.processed.size).toBe(0);

    crm.fallback = { kind: 'accept' };
    // A long idle poll: only the wake-up on create can explain the prompt delivery of a new case below.
    const after = caseSystem(database(dataDir), { idlePollMs: 60_000 });
    after.start();
    await vi.waitFor(async () => {
      for (const reference of references) expect(await after.find(reference)).toMatchObject({ status: 'sent-to-service' });
    });
    // A case created while the dispatcher is idle goes out without waiting for the next poll.
    const late = await after.create(missedBinCase('c3'));
    await vi.waitFor(async () => expect(await after.find(late.reference)).toMatchObject({ status: 'sent-to-service' }));
    expect([...crm.processed.keys()].sort()).toEqual([...references, late.reference].sort());
    expect(crm.duplicatesIgnored).toBe(0);
  });
});
