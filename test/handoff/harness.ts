import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashAdvisorPassword, parseAdvisorAccounts } from '../../src/handoff/advisorAuth.js';
import { advisorSignInRoute, registerAdvisorConsole } from '../../src/handoff/advisorConsoleRoutes.js';
import { AdvisorSessions } from '../../src/handoff/advisorSessions.js';
import { registerHandoffApi } from '../../src/handoff/handoffApiRoutes.js';
import type { HandoffRequest, ResidentChannel } from '../../src/handoff/handoffHub.js';
import { SqlHandoffHub } from '../../src/handoff/sqlHandoffHub.js';
import { createLogger } from '../../src/logger.js';
import { loadCouncilProfile } from '../../src/profile/councilProfile.js';
import { StaffDevices } from '../../src/handoff/staffDevices.js';
import { PasswordChecks } from '../../src/server/passwordChecks.js';
import { LoginThrottle } from '../../src/handoff/loginThrottle.js';
import { WindowedCounts } from '../../src/storage/windowedCounts.js';
import { clientAddressReader } from '../../src/server/clientAddress.js';
import { createServer } from '../../src/server/createServer.js';
import { openDatabase } from '../../src/storage/database.js';
import { migrate } from '../../src/storage/sql/migrations.js';
import { openSqlite } from '../../src/storage/sql/sqlDatabase.js';

export const profile = loadCouncilProfile(fileURLToPath(new URL('../../knowledge/council.yaml', import.meta.url)));
export const temporaryDataDir = (): string => mkdtempSync(join(tmpdir(), 'handoff-'));

export const advisorPassword = 'alice-has-a-long-password';
export const adminToken = 'a-long-enough-staff-token';
/** Alice has a display name; Bob's line is in the older format, without one. */
export const aliceDisplayName = 'Alice Smith';
const accountsLine = `alice:${hashAdvisorPassword(advisorPassword)}:${aliceDisplayName},bob:${hashAdvisorPassword('bob-has-a-long-password')}`;

let sequence = 0;
export function handoffRequest(overrides: Partial<HandoffRequest> = {}): HandoffRequest {
  sequence += 1;
  return {
    conversationId: `conversation-${sequence}`,
    channel: 'webchat',
    reason: 'asked-for-person',
    priority: 'normal',
    topic: 'Missed bin collection',
    summary: 'Resident reports the green bin was missed on Tuesday.',
    sentiment: { average: -0.3, trend: 'worsening', label: 'frustrated' },
    details: { address: '12 Market Street', bin: 'green' },
    suggestedArticles: [
      { id: 'missed-bins', title: 'Report a missed bin', url: 'https://www.northbrook.example/bins/missed' },
      { id: 'bin-days', title: 'Find your bin day', url: 'https://www.northbrook.example/bins/days' },
      { id: 'assisted', title: 'Assisted bin collections', url: 'https://www.northbrook.example/bins/assisted' },
    ],
    transcript: [
      { from: 'resident', text: 'My bin was missed again', at: '2026-03-02T10:00:00.000Z' },
      { from: 'bot', text: 'Sorry to hear that. Which bin?', at: '2026-03-02T10:00:01.000Z' },
    ],
    ...overrides,
  };
}

/** Records what the console asked the bot to do. */
export class FakeResidents implements ResidentChannel {
  readonly sent: { conversationId: string; text: string; advisorName: string }[] = [];
  readonly ended: string[] = [];
  readonly accepted: { conversationId: string; advisorName: string }[] = [];
  failSends = false;

  async sendToResident(conversationId: string, text: string, advisorName: string): Promise<void> {
    if (this.failSends) throw new Error('channel unavailable');
    this.sent.push({ conversationId, text, advisorName });
  }
  async handoffEnded(conversationId: string): Promise<void> {
    this.ended.push(conversationId);
  }
  async handoffAccepted(conversationId: string, advisorName: string): Promise<void> {
    this.accepted.push({ conversationId, advisorName });
  }
}

/**
 * The app's HTTP shell (src/server/createServer.ts: headers, staff guard, body parsing) with the
 * handoff routes only.
 */
export async function startConsoleServer(dataDir = temporaryDataDir()) {
  const database = openDatabase(dataDir);
  const shared = openSqlite(database);
  await migrate(shared);
  const hub = new SqlHandoffHub({ database: shared });
  const sessions = new AdvisorSessions({ database: shared });
  const residents = new FakeResidents();
  const logger = createLogger('silent');
  const server = createServer({ logger, adminToken, isReady: () => true, formRoutes: [advisorSignInRoute] });
  const advisorConsole = registerAdvisorConsole(server, {
    hub,
    residents,
    signIn: { accounts: parseAdvisorAccounts(accountsLine), adminToken, sessions, throttle: new LoginThrottle({ counts: new WindowedCounts({ database: shared }) }), clientAddress: clientAddressReader(undefined), devices: new StaffDevices(randomBytes(32)), passwordChecks: new PasswordChecks(), secureCookies: false },
    profile,
    logger,
  });
  registerHandoffApi(server, { hub });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hub,
    residents,
    async close() {
      advisorConsole.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await shared.close();
      database.close();
    },
  };
}

export interface AdvisorClient {
  cookie: string;
  csrfToken: string;
}

/** Signs in through the form, as a browser would, and reads the CSRF token from the page. */
export async function signIn(baseUrl: string, username = 'alice', password = advisorPassword): Promise<AdvisorClient> {
  const response = await fetch(`${baseUrl}/advisor/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username, password }).toString(),
    redirect: 'manual',
  });
  if (response.status !== 303) throw new Error(`sign-in answered ${response.status}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  const page = await (await fetch(`${baseUrl}/advisor`, { headers: { cookie } })).text();
  const csrfToken = /name="csrf-token" content="([^"]+)"/.exec(page)?.[1];
  if (!csrfToken) throw new Error('no CSRF token on the console page');
  return { cookie, csrfToken };
}

/** Calls the console API as a signed-in advisor. */
export function advisorFetch(baseUrl: string, client: AdvisorClient, path: string, init: { method?: string; body?: unknown } = {}) {
  return fetch(`${baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      cookie: client.cookie,
      ...(init.method && init.method !== 'GET' && { 'x-csrf-token': client.csrfToken }),
      ...(init.body !== undefined && { 'content-type': 'application/json' }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

/** Reads a server-sent event stream until `predicate` matches the text so far. */
export async function readEventsUntil(stream: ReadableStream<Uint8Array>, predicate: (text: string) => boolean): Promise<string> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = '';
  const deadline = Date.now() + 5000;
  while (!predicate(text)) {
    if (Date.now() > deadline) throw new Error(`no matching event; got:\n${text}`);
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  await reader.cancel();
  return text;
}
