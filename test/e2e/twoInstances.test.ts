import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashAdvisorPassword } from '../../src/handoff/advisorAuth.js';
import { startFakeCrm, type FakeCrm } from '../cases/fakeCrm.js';
import { advisorFetch, readEventsUntil, signIn } from '../handoff/harness.js';
import { residentChat } from '../support/residentChat.js';
import { startRoundRobinProxy, type RoundRobinProxy } from '../support/roundRobinProxy.js';
import { createPostgresDatabase } from '../support/sqlDatabases.js';
import { sharedIndexDir, temporaryDataDir, thursdayMorning } from '../support/testApp.js';

/**
 * The app as it is deployed: one instance on SQLite (the Quick start), and two instances, each
 * its own process with its own data folder, on one PostgreSQL database behind a round-robin proxy
 * without session affinity. The same conversations must pass on both; then the two instances are
 * driven one by one (whatever one writes, the other must read) and one is killed mid-form.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const adminToken = 'a-long-enough-staff-token';
const staff = { authorization: `Bearer ${adminToken}` };
const crmSecret = 'a-long-enough-crm-secret';

interface Instance {
  url: string;
  process: ChildProcess;
}

async function startInstance(environment: Record<string, string>): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/appProcess.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH, ...environment, DATA_DIR: temporaryDataDir() },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr!.on('data', (chunk) => (errors = (errors + chunk).slice(-4000)));
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`instance not ready within 150 s: ${errors}`)), 150_000);
    child.once('exit', (code) => reject(new Error(`instance exited with ${code}: ${errors}`)));
    lines.on('line', (line) => {
      if (!line.startsWith('{"url"')) return;
      clearTimeout(timer);
      resolve((JSON.parse(line) as { url: string }).url);
    });
  });
  return { url, process: child };
}

const stopped = (instance: Instance, signal: NodeJS.Signals) =>
  new Promise<void>((resolve) => {
    if (instance.process.exitCode !== null || instance.process.signalCode !== null) return resolve();
    instance.process.once('exit', () => resolve());
    instance.process.kill(signal);
  });

/** The local Direct Line client Web Chat uses, on whichever instance it is pointed at. */
async function directLineSession(url: string) {
  const session = (await (await fetch(`${url}/v3/directline/tokens/generate`, { method: 'POST' })).json()) as { token: string; conversationId: string };
  const call = (base: string, path: string, init: RequestInit = {}) =>
    fetch(`${base}/v3/directline/conversations${path}`, { ...init, headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' } });
  expect((await call(url, '', { method: 'POST' })).status).toBe(201);
  let watermark = '0';
  return {
    conversationId: session.conversationId,
    async post(base: string, text: string) {
      const response = await call(base, `/${session.conversationId}/activities`, { method: 'POST', body: JSON.stringify({ type: 'message', text, from: { id: 'resident' } }) });
      expect(response.status).toBe(200);
    },
    /** The bot's and advisors' messages since the last read, polled from `base`. */
    async read(base: string): Promise<string[]> {
      const page = (await (await call(base, `/${session.conversationId}/activities?watermark=${watermark}`)).json()) as {
        activities: { type: string; text?: string; from: { role?: string } }[];
        watermark: string;
      };
      watermark = page.watermark;
      return page.activities.filter((activity) => activity.type === 'message' && activity.from.role !== 'user').map((activity) => activity.text ?? '');
    },
  };
}

type Engine = 'sqlite' | 'postgres';

interface Deployment {
  /** Where residents and staff connect: the one instance, or the proxy in front of both. */
  front: string;
  instances: Instance[];
  crm: FakeCrm;
  proxy?: RoundRobinProxy;
  /** The instances' PostgreSQL database. */
  databaseUrl?: string;
}

const deployments = new Map<Engine, Promise<Deployment>>();

/** Started once per engine and shared by the describes below; stopped after the file. */
function deployment(engine: Engine): Promise<Deployment> {
  let started = deployments.get(engine);
  if (!started) {
    started = (async () => {
      const crm = await startFakeCrm(crmSecret);
      // The CRM is down for the first deliveries: the outbox must retry, and deliver each case once.
      crm.script = [{ kind: 'status', status: 503 }, { kind: 'reset' }, { kind: 'accept-then-reset' }];
      const databaseUrl = engine === 'postgres' ? await createPostgresDatabase() : undefined;
      const environment = {
        ...(databaseUrl && { DATABASE_URL: databaseUrl }),
        PORT: '0',
        HOST: '127.0.0.1',
        INDEX_DIR: sharedIndexDir,
        LOG_LEVEL: 'warn',
        ADMIN_TOKEN: adminToken,
        ADVISOR_ACCOUNTS: [`alice:${hashAdvisorPassword('alice-has-a-long-password')}:Alice Smith`, `bob:${hashAdvisorPassword('bob-has-a-long-password')}:Bob Jones`].join(','),
        CASE_SYSTEM: 'crm-webhook',
        CRM_WEBHOOK_URL: crm.url,
        CRM_WEBHOOK_SECRET: crmSecret,
        TEST_CLOCK_START: thursdayMorning.toISOString(),
      };
      const instances = await Promise.all(Array.from({ length: engine === 'postgres' ? 2 : 1 }, () => startInstance(environment)));
      if (instances.length === 1) return { front: instances[0]!.url, instances, crm };
      const proxy = await startRoundRobinProxy(instances.map((instance) => instance.url));
      return { front: proxy.url, instances, crm, proxy, ...(databaseUrl && { databaseUrl }) };
    })();
    deployments.set(engine, started);
  }
  return started;
}

afterAll(async () => {
  for (const started of deployments.values()) {
    const { instances, crm, proxy } = await started;
    await proxy?.close();
    await Promise.all(instances.map((instance) => stopped(instance, 'SIGTERM')));
    await crm.close();
  }
});

const deliveries = (crm: FakeCrm, reference: string) => [...crm.processed.values()].filter((body) => JSON.stringify(body).includes(reference)).length;

describe.each([
  { engine: 'sqlite' as const, name: 'one instance on SQLite' },
  { engine: 'postgres' as const, name: 'two instances on one PostgreSQL behind a round-robin proxy' },
])('the same conversations on $name', ({ engine }) => {
  let app: Deployment;
  beforeAll(async () => {
    app = await deployment(engine);
  }, 180_000);

  it('takes a missed-bin report to one reference, read and listed by staff, delivered to the CRM once', async () => {
    const resident = residentChat(() => app.front, `same-bin-${engine}`);
    for (const answer of ['The recycling bin on Larch Close was not collected yesterday', 'no', 'NB1 1AA', '27']) await resident.say(answer);
    expect((await resident.say('No thanks')).buttons).toEqual(['Confirm', 'Change']);
    const done = await resident.say('Confirm');
    const reference = /NBC-BIN-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(done.text)?.[0];
    expect(reference).toBeDefined();
    // Twice, so behind the proxy both instances answer.
    for (let read = 0; read < 2; read += 1) {
      const response = await fetch(`${app.front}/api/cases/${reference}`, { headers: staff });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ reference, type: 'missed-bin', details: { address: '27 Larch Close, NB1 1AA' } });
    }
    const listing = (await (await fetch(`${app.front}/api/cases?channel=test&since=${thursdayMorning.toISOString()}`, { headers: staff })).json()) as { items: { reference: string }[] };
    expect(listing.items.map((item) => item.reference)).toContain(reference);
    await expect.poll(() => deliveries(app.crm, reference!), { timeout: 30_000, interval: 250 }).toBe(1);
  });

  it('gives each of six cases raised at once its own reference, each delivered once', async () => {
    const references = await Promise.all(
      Array.from({ length: 6 }, async (_, index) => {
        const resident = residentChat(() => app.front, `same-many-${engine}-${index}`);
        for (const answer of ['The recycling bin on Larch Close was not collected yesterday', 'no', 'NB1 1AA', String(10 + index), 'No thanks']) await resident.say(answer);
        return /NBC-BIN-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec((await resident.say('Confirm')).text)?.[0];
      }),
    );
    expect(new Set(references).size).toBe(6);
    await expect.poll(() => references.map((reference) => deliveries(app.crm, reference!)), { timeout: 40_000, interval: 250 }).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('hands a Web Chat resident to the one of two advisors who accepts first, and the resident hears the reply', async () => {
    const resident = await directLineSession(app.front);
    await resident.post(app.front, 'How do I pay my council tax?');
    await resident.post(app.front, 'can I speak to a real person please');
    await expect.poll(async () => (await resident.read(app.front)).join('\n'), { timeout: 10_000 }).toMatch(/advisors to join|asked one of our advisors/);
    const [alice, bob] = [await signIn(app.front, 'alice', 'alice-has-a-long-password'), await signIn(app.front, 'bob', 'bob-has-a-long-password')];
    const queue = (await (await advisorFetch(app.front, alice, '/advisor/api/queue')).json()) as { waiting: { conversationId: string }[] };
    expect(queue.waiting.map((item) => item.conversationId)).toContain(resident.conversationId);

    const path = `/advisor/api/conversations/${encodeURIComponent(resident.conversationId)}`;
    const [byAlice, byBob] = await Promise.all([advisorFetch(app.front, alice, `${path}/accept`, { method: 'POST' }), advisorFetch(app.front, bob, `${path}/accept`, { method: 'POST' })]);
    expect([byAlice.status, byBob.status].sort()).toEqual([200, 409]);
    const winner = byAlice.status === 200 ? alice : bob;
    expect((await advisorFetch(app.front, winner, `${path}/reply`, { method: 'POST', body: { text: 'Hello, I can help with your council tax.' } })).status).toBe(201);
    await expect.poll(async () => (await resident.read(app.front)).join('\n'), { timeout: 10_000 }).toMatch(/Hello, I can help with your council tax\./);
    // The proxy really spread the work: both instances answered.
    if (app.proxy) expect(app.proxy.forwarded.every((count) => count > 10)).toBe(true);
  });
});

describe('two instances on one PostgreSQL, addressed one by one', () => {
  let a: Instance;
  let b: Instance;
  beforeAll(async () => {
    [a, b] = (await deployment('postgres')).instances as [Instance, Instance];
  }, 180_000);

  it('takes a form turn by turn on alternate instances without asking anything twice', async () => {
    let turn = 0;
    const resident = residentChat(() => [a, b][turn++ % 2]!.url, 'alternate-bin');
    const questions: string[] = [];
    for (const answer of ['The recycling bin on Larch Close was not collected yesterday', 'no', 'NB1 1AA', '27']) questions.push((await resident.say(answer)).text);
    expect(new Set(questions).size).toBe(questions.length);
    expect((await resident.say('No thanks')).buttons).toEqual(['Confirm', 'Change']);
    expect((await resident.say('Confirm')).text).toMatch(/NBC-BIN-[0-9A-Z]{4}-[0-9A-Z]{4}/);
  });

  it('queues a handoff from a resident on A; an advisor accepts on B, hears the resident live on B and replies; the resident polling A hears it', async () => {
    const resident = await directLineSession(a.url);
    await resident.post(a.url, 'How do I pay my council tax?');
    await resident.post(b.url, 'can I speak to a real person please');
    await expect.poll(async () => (await resident.read(a.url)).join('\n'), { timeout: 10_000 }).toMatch(/advisors to join|asked one of our advisors/);

    const alice = await signIn(b.url, 'alice', 'alice-has-a-long-password');
    const bob = await signIn(a.url, 'bob', 'bob-has-a-long-password');
    // Signed in on B, Alice's session is good on A too: the queue is the same from either.
    for (const url of [b.url, a.url]) {
      const queue = (await (await advisorFetch(url, alice, '/advisor/api/queue')).json()) as { waiting: { conversationId: string }[] };
      expect(queue.waiting.map((item) => item.conversationId)).toContain(resident.conversationId);
    }

    const path = `/advisor/api/conversations/${encodeURIComponent(resident.conversationId)}`;
    const [byAlice, byBob] = await Promise.all([advisorFetch(b.url, alice, `${path}/accept`, { method: 'POST' }), advisorFetch(a.url, bob, `${path}/accept`, { method: 'POST' })]);
    expect([byAlice.status, byBob.status].sort()).toEqual([200, 409]);
    const winner = byAlice.status === 200 ? { url: b.url, client: alice } : { url: a.url, client: bob };

    // The console's live stream on B hears what the resident types on A.
    const stream = await advisorFetch(b.url, winner.client, '/advisor/api/events');
    const heard = readEventsUntil(stream.body!, (text) => text.includes('Are you still there?'));
    await resident.post(a.url, 'Are you still there?');
    expect((await heard).split('\n\n').find((event) => event.includes('Are you still there?'))).toMatch(/^event: message\ndata: .*"from":"resident"/);

    expect((await advisorFetch(winner.url, winner.client, `${path}/reply`, { method: 'POST', body: { text: 'Hello, I can help with your council tax.' } })).status).toBe(201);
    await expect.poll(async () => (await resident.read(a.url)).join('\n'), { timeout: 10_000 }).toMatch(/Hello, I can help with your council tax\./);
  });

  it('ends a console stream on B as soon as its session is signed out on A: nothing more reaches it', async () => {
    const advisor = await signIn(a.url, 'alice', 'alice-has-a-long-password');
    const stream = await advisorFetch(b.url, advisor, '/advisor/api/events');
    expect(stream.status).toBe(200);
    expect((await advisorFetch(a.url, advisor, '/advisor/logout', { method: 'POST' })).status).toBe(204);
    const resident = await directLineSession(a.url);
    await resident.post(a.url, 'can I speak to a real person please');
    // Read until the stream ends: the queue change that ended it must not have been written to it.
    const heard = await readEventsUntil(stream.body!, () => false);
    expect(heard).not.toMatch(/^event:/m);
  });

  it('keeps both instances alive and serving when PostgreSQL ends every connection they hold (idle pools and the handoff listeners)', async () => {
    const { databaseUrl } = await deployment('postgres');
    for (const [instance, id] of [[a, 'terminated-a'], [b, 'terminated-b']] as const) await residentChat(() => instance.url, id).say('Report a missed bin');
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    const { rows } = await admin.query('SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
    await admin.end();
    expect(rows.filter((row: { ended: boolean }) => row.ended).length).toBeGreaterThanOrEqual(2);
    for (const [instance, id] of [[a, 'terminated-a'], [b, 'terminated-b']] as const) {
      // A request already on a connection PostgreSQL ended may get the documented 503 with Retry-After
      // (the instance reads the connection's end only when it next uses it); the one after it is served.
      const chat = residentChat(() => instance.url, id);
      const answer = await chat.say('Garden waste').catch(async (error: unknown) => {
        if (!/answered 503/.test(String(error))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        return chat.say('Garden waste');
      });
      expect(answer.text).toMatch(/Which day/);
      expect((await fetch(`${instance.url}/readyz`)).status).toBe(200);
      expect([instance.process.exitCode, instance.process.signalCode]).toEqual([null, null]);
    }
  });

  it('finishes a form on B when A is killed in the middle of it', async () => {
    const onA = residentChat(() => a.url, 'two-instances-killed');
    await onA.say('Report a missed bin');
    expect((await onA.say('Garden waste')).text).toMatch(/Which day/);
    await stopped(a, 'SIGKILL');
    const onB = residentChat(() => b.url, 'two-instances-killed');
    expect((await onB.say('yesterday')).text).toMatch(/tag or sticker/);
  });
});
