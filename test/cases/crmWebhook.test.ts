import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import type { CaseRecord } from '../../src/cases/caseSystem.js';
import { signBody } from '../../src/cases/crmDelivery.js';
import { backoffDelay, retryAfterMs } from '../../src/cases/retryPolicy.js';
import type { DispatcherClock } from '../../src/cases/crmDispatcher.js';
import { CrmWebhookCaseSystem, type CrmWebhookCaseSystemOptions } from '../../src/cases/crmWebhookCaseSystem.js';
import { createLogger } from '../../src/logger.js';
import { openDatabase, type SqliteDatabase } from '../../src/storage/database.js';
import { migrate } from '../../src/storage/sql/migrations.js';
import { openPostgres, openSqlite, type SqlDatabase } from '../../src/storage/sql/sqlDatabase.js';
import { CaseOutbox } from '../../src/cases/outbox.js';
import { createPostgresDatabase } from '../support/sqlDatabases.js';
import { temporaryDataDir } from '../support/tempDir.js';
import { startFakeCrm, type CrmBehaviour, type FakeCrm } from './fakeCrm.js';
import { missedBinCase, profile } from './profileFixture.js';
import { virtualClock } from './virtualClock.js';
import { capturedLogger } from '../support/capturedLogger.js';

const secret = 'crm-shared-secret-for-tests';
const logger = createLogger('silent');
const minute = 60_000;
const hour = 60 * minute;


let crm: FakeCrm;
const files: { file: SqliteDatabase; database: SqlDatabase }[] = [];
const systems: CrmWebhookCaseSystem[] = [];

const caseSystem = (database: SqlDatabase, options: Partial<CrmWebhookCaseSystemOptions> = {}): CrmWebhookCaseSystem => {
  const system = new CrmWebhookCaseSystem({
    database,
    profile,
    url: crm.url,
    secret,
    logger,
    retry: { baseDelayMs: 10, maxDelayMs: 40 },
    requestTimeoutMs: 2_000,
    idlePollMs: 50,
    ...options,
  });
  systems.push(system);
  return system;
};
/** The SQLite file in `dataDir` as an instance opens it, migrated. */
const database = async (dataDir = temporaryDataDir()): Promise<SqlDatabase> => {
  const file = openDatabase(dataDir);
  const opened = openSqlite(file);
  await migrate(opened);
  files.push({ file, database: opened });
  return opened;
};

beforeEach(async () => {
  crm = await startFakeCrm(secret);
});
afterEach(async () => {
  await Promise.all(systems.splice(0).map((system) => system.stop()));
  for (const { file, database: opened } of files.splice(0)) {
    await opened.close();
    if (file.open) file.close();
  }
  await crm.close();
});

describe('signBody', () => {
  it('is the hex HMAC-SHA256 of the raw body', () => {
    // RFC 4231 test case 2.
    expect(signBody('what do ya want for nothing?', 'Jefe')).toBe('sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  });
});

describe('retry policy', () => {
  const policy = { baseDelayMs: 1_000, maxDelayMs: 5_000 };
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
    const cases = caseSystem(await database(), { clock, fetch: recordingFetch });
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
      expect(await cases.deliveryStatus(record.reference)).toMatchObject({ state: 'delivered', lastError: null });
    }
    // The third request was answered 429 with Retry-After: 30; its case waited at least that long.
    const throttled = [...attemptsAt.values()].find((times) => times.some((time, index) => index > 0 && time - times[index - 1]! >= 30_000));
    expect(throttled).toBeDefined();
  });

  it('does not retry a message the CRM refuses, such as one signed with the wrong secret', async () => {
    const cases = caseSystem(await database(), { clock: virtualClock(), secret: 'not-the-shared-secret' });
    const { reference } = await cases.create(missedBinCase('c1'));
    await cases.drain();
    expect(crm.badSignatures).toBe(1);
    expect(await cases.deliveryStatus(reference)).toEqual({ state: 'dead', attempts: 1, lastError: 'HTTP 401' });
  });

  it('delivers in the background, and a new instance on the same database resumes after a restart', async () => {
    const dataDir = temporaryDataDir();
    crm.fallback = { kind: 'status', status: 503 };
    const before = caseSystem(await database(dataDir), { retry: { baseDelayMs: 5, maxDelayMs: 20 } });
    before.start();
    const references = [(await before.create(missedBinCase('c1'))).reference, (await before.create(missedBinCase('c2'))).reference];
    await vi.waitFor(async () => {
      for (const reference of references) expect((await before.deliveryStatus(reference))?.attempts).toBeGreaterThan(1);
    });
    await before.stop();
    files[0]!.file.close();
    expect(crm.processed.size).toBe(0);

    crm.fallback = { kind: 'accept' };
    // A long idle poll: only the wake-up on create can explain the prompt delivery of a new case below.
    const after = caseSystem(await database(dataDir), { idlePollMs: 60_000 });
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


/** The fake CRM answers `failure` while the virtual clock is before `back.at`, and accepts from then on. */
const outage =
  (clock: DispatcherClock, back: { at: number }, failure: CrmBehaviour): typeof fetch =>
  (input, init) => {
    crm.fallback = clock.now() < back.at ? failure : { kind: 'accept' };
    return fetch(input, init);
  };

// These use the default retry policy: at most 15 minutes apart, given up after 72 hours.
describe('a long CRM outage', () => {
  const unavailable: CrmBehaviour = { kind: 'status', status: 503 };

  // longestWait: the capped delay, or the Retry-After the CRM asked for when that is longer.
  it.each<{ name: string; hours: number; failure: CrmBehaviour; longestWait: number }>([
    { name: '30 minutes of 503', hours: 0.5, failure: unavailable, longestWait: 15 * minute },
    { name: '71 hours of dropped connections', hours: 71, failure: { kind: 'reset' }, longestWait: 15 * minute },
    { name: '71 hours of 429 with Retry-After: 3600', hours: 71, failure: { kind: 'status', status: 429, retryAfterSeconds: 3600 }, longestWait: hour },
  ])('delivers the case exactly once when the CRM comes back after $name', async ({ hours, failure, longestWait }) => {
    const clock = virtualClock();
    const back = { at: clock.now() + hours * hour };
    const cases = caseSystem(await database(), { clock, retry: {}, fetch: outage(clock, back, failure) });
    const { reference } = await cases.create(missedBinCase('c1'));

    await cases.drain();

    expect([...crm.processed.keys()]).toEqual([reference]);
    expect(crm.duplicatesIgnored).toBe(0);
    expect(await cases.deliveryStatus(reference)).toEqual({ state: 'delivered', attempts: crm.requests, lastError: null });
    expect(await cases.find(reference)).toMatchObject({ status: 'sent-to-service' });
    // Delivered at the first attempt after the CRM came back.
    expect(clock.now()).toBeGreaterThanOrEqual(back.at);
    expect(clock.now() - back.at).toBeLessThanOrEqual(longestWait);
  });

  it('gives a case up after 72 hours with one log line naming it, and a requeue delivers it once with its attempts kept', async () => {
    const clock = virtualClock();
    const log = capturedLogger();
    crm.fallback = unavailable;
    const cases = caseSystem(await database(), { clock, retry: {}, logger: log.logger });
    const queuedAt = clock.now();
    const { reference } = await cases.create(missedBinCase('c1'));

    await cases.drain();

    const given = (await cases.deliveryStatus(reference))!;
    expect(given).toEqual({ state: 'dead', attempts: crm.requests, lastError: 'HTTP 503' });
    // Given up at the first failure after the 72 hours, so at most one capped delay beyond them.
    expect(clock.now() - queuedAt).toBeGreaterThanOrEqual(72 * hour);
    expect(clock.now() - queuedAt).toBeLessThan(72 * hour + 15 * minute);
    expect(await cases.deliverySummary()).toEqual({ pending: 0, dead: 1, oldestPendingSeconds: 0 });
    const givenUp = log.lines.filter((line) => line.includes('given up'));
    expect(givenUp).toHaveLength(1);
    expect(JSON.parse(givenUp[0]!)).toMatchObject({ level: 50, reference, attempts: given.attempts, error: 'HTTP 503' });
    for (const personal of Object.values(missedBinCase('c1').details)) expect(givenUp[0]).not.toContain(personal);

    crm.fallback = { kind: 'accept' };
    expect(await cases.requeueDead()).toEqual([reference]);
    expect(await cases.deliverySummary()).toEqual({ pending: 1, dead: 0, oldestPendingSeconds: Math.floor((clock.now() - queuedAt) / 1000) });
    await cases.drain();

    expect(crm.requests).toBe(given.attempts + 1);
    expect([...crm.processed.keys()]).toEqual([reference]);
    expect(await cases.deliveryStatus(reference)).toEqual({ state: 'delivered', attempts: given.attempts + 1, lastError: null });
    expect(await cases.find(reference)).toMatchObject({ status: 'sent-to-service' });
    expect(await cases.requeueDead()).toEqual([]);
  });

  it('requeues one case by its reference, written in any case, with a new 72-hour window', async () => {
    const clock = virtualClock();
    const back = { at: Number.POSITIVE_INFINITY };
    const cases = caseSystem(await database(), { clock, retry: {}, fetch: outage(clock, back, unavailable) });
    const { reference } = await cases.create(missedBinCase('c1'));
    const other = await cases.create(missedBinCase('c2'));
    await cases.drain();
    expect(await cases.deliverySummary()).toMatchObject({ dead: 2 });

    expect(await cases.requeue('NBC-BIN-999999')).toBeUndefined();
    expect(await cases.requeue(reference.toLowerCase())).toBe(reference);
    // Already back in the queue: nothing to requeue.
    expect(await cases.requeue(reference)).toBeUndefined();

    // Down for 10 more hours: past the case's first 72, yet retried rather than given up again.
    back.at = clock.now() + 10 * hour;
    await cases.drain();
    expect(await cases.deliveryStatus(reference)).toMatchObject({ state: 'delivered' });
    expect(await cases.deliveryStatus(other.reference)).toMatchObject({ state: 'dead' });
    expect([...crm.processed.keys()]).toEqual([reference]);
  });
});

describe('CRM delivery from several instances on one PostgreSQL', () => {
  /** Two instances' pools on one new database, closed after the test. */
  async function twoInstances(): Promise<[SqlDatabase, SqlDatabase]> {
    const url = await createPostgresDatabase();
    const pools: [SqlDatabase, SqlDatabase] = [openPostgres(url, { poolSize: 4 }), openPostgres(url, { poolSize: 4 })];
    await migrate(pools[0]);
    onTestFinished(() => Promise.all(pools.map((pool) => pool.close())).then(() => undefined));
    return pools;
  }

  it('delivers each case exactly once while two dispatchers run, through a CRM that fails on cue', async () => {
    const pools = await twoInstances();
    const instances = pools.map((pool) => caseSystem(pool, { retry: { baseDelayMs: 5, maxDelayMs: 20 }, idlePollMs: 10 }));
    crm.script = [
      { kind: 'status', status: 503 },
      { kind: 'reset' },
      { kind: 'status', status: 429, retryAfterSeconds: 0 },
      { kind: 'accept' },
      { kind: 'status', status: 500 },
      { kind: 'reset' },
    ];
    for (const instance of instances) instance.start();
    const created = await Promise.all(Array.from({ length: 40 }, (_unused, index) => instances[index % 2]!.create(missedBinCase(`c${index}`))));

    await vi.waitFor(async () => expect(await instances[0]!.deliverySummary()).toMatchObject({ pending: 0, dead: 0 }), { timeout: 20_000 });
    const references = created.map((record) => record.reference).sort();
    expect([...crm.processed.keys()].sort()).toEqual(references);
    expect([...crm.deliveries.values()].every((count) => count === 1)).toBe(true);
    expect(crm.duplicatesIgnored).toBe(0);
    for (const record of created) expect(await instances[1]!.find(record.reference)).toMatchObject({ status: 'sent-to-service' });
  });

  it('retries a case whose dispatcher crashed holding it, once the claim runs out, and sends it once', async () => {
    const [crashed, survivor] = await twoInstances();
    const clock = virtualClock();
    const cases = caseSystem(survivor, { clock });
    const { reference } = await cases.create(missedBinCase('c1'));
    // The other instance claimed it, then died before sending anything.
    const heldUntil = clock.now() + 5 * minute;
    expect(await new CaseOutbox(crashed).claim(clock.now(), 'crashed-instance', heldUntil)).toMatchObject({ idempotencyKey: reference });

    await cases.drain();

    expect(clock.now()).toBeGreaterThanOrEqual(heldUntil);
    expect([...crm.deliveries]).toEqual([[reference, 1]]);
    expect(await cases.deliveryStatus(reference)).toEqual({ state: 'delivered', attempts: 1, lastError: null });
  });
});
