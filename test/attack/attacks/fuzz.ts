import { createHmac } from 'node:crypto';
import { startMeter } from '../meter.js';
import { fuzzRequest, type FuzzTarget } from '../fuzzInputs.js';
import { seededRandom } from '../prng.js';
import { rawRequest } from '../rawHttp.js';
import { AttackLog, type AttackReport } from '../report.js';
import { directLineResident } from '../residents.js';
import { bearer, signInAsAdmin } from '../staff.js';
import { whatsAppSecret, type Target } from '../target.js';

/**
 * Finding 10: a bounded, seeded fuzz of every inbound route (1,000 malformed requests each):
 * not one may answer 5xx or go unanswered. The seed makes every run send the same requests.
 */
export const requestsPerRoute = 1000;
const concurrency = 8;
/**
 * Keeps the run bounded when a route is slow (today a long text in a message holds the server
 * for seconds): a route's remaining requests are skipped once this is spent, and the printed run
 * reports it as a failure.
 */
const routeBudgetMs = 20_000;
const requestTimeoutMs = 5000;
const seed = 20261105;

/** A valid activity; its replies go to the target's connector, so a reply is never held up by a port that is not there. */
const activity = (serviceUrl: string) => ({
  type: 'message',
  id: 'fuzz-1',
  text: 'hello',
  channelId: 'emulator',
  serviceUrl,
  conversation: { id: 'fuzz-conversation' },
  from: { id: 'fuzz-user', role: 'user' },
  recipient: { id: 'council-assistant', role: 'bot' },
  deliveryMode: 'expectReplies',
});

async function fuzzTargets(target: Target): Promise<FuzzTarget[]> {
  const resident = await directLineResident(target.url);
  const directLine = { authorization: `Bearer ${resident.token}` };
  const id = resident.conversationId;
  // Staff routes are fuzzed signed in, so requests get past the guard to the handlers.
  const staffHeaders = (await signInAsAdmin(target)).headers;
  const signed = (body: string | Buffer | undefined, random: ReturnType<typeof seededRandom>): Record<string, string> =>
    random.chance(0.5) ? { 'x-hub-signature-256': `sha256=${createHmac('sha256', whatsAppSecret).update(body ?? '').digest('hex')}` } : {};
  return [
    { method: 'POST', path: '/api/messages', valid: activity(target.connectorUrl) },
    { method: 'POST', path: '/v3/directline/tokens/generate' },
    { method: 'POST', path: '/v3/directline/tokens/refresh', headers: directLine },
    { method: 'POST', path: '/v3/directline/conversations', headers: directLine },
    { method: 'GET', path: '/v3/directline/conversations/{id}', id, headers: directLine },
    { method: 'POST', path: '/v3/directline/conversations/{id}/activities', id, headers: directLine, valid: { type: 'message', text: 'hello' } },
    { method: 'GET', path: '/v3/directline/conversations/{id}/activities', id, headers: directLine },
    { method: 'POST', path: `/directline-connector/{id}/v3/conversations/${id}/activities`, valid: { type: 'message', text: 'hello' } },
    { method: 'POST', path: '/api/whatsapp', sign: signed, valid: { object: 'whatsapp_business_account', entry: [{ id: '1', changes: [{ field: 'messages', value: {} }] }] } },
    { method: 'GET', path: '/api/whatsapp?hub.mode=subscribe&hub.verify_token=x&hub.challenge={id}' },
    { method: 'POST', path: '/advisor/login', valid: { username: 'alice', password: 'wrong-password' } },
    { method: 'POST', path: '/dashboard/login', valid: { username: 'alice', password: 'wrong-password' } },
    { method: 'GET', path: '/api/cases/{id}', headers: bearer },
    { method: 'GET', path: '/api/handoffs', headers: bearer },
    { method: 'GET', path: '/api/metrics/summary', headers: bearer },
    { method: 'GET', path: '/advisor/api/conversations/{id}', id, headers: staffHeaders },
    { method: 'POST', path: '/advisor/api/conversations/{id}/reply', id, headers: staffHeaders, valid: { text: 'hello' } },
    { method: 'GET', path: '/dashboard/api/metrics', headers: staffHeaders },
  ];
}

/** Runs `tasks` with at most `limit` at a time until `deadline`; returns how many ran. */
async function inPool(tasks: (() => Promise<void>)[], limit: number, deadline: number): Promise<number> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length && Date.now() < deadline) await tasks[next++]!();
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return next;
}

export async function fuzz(target: Target): Promise<AttackReport> {
  const log = new AttackLog();
  for (const route of await fuzzTargets(target)) {
    const random = seededRandom([...`${route.method} ${route.path}`].reduce((hash, character) => Math.imul(hash, 31) + character.charCodeAt(0), seed));
    const requests = Array.from({ length: requestsPerRoute }, () => fuzzRequest(random, route));
    const name = `${route.method} ${route.path.replace(/\?.*/, '').replace(/[0-9a-f-]{36}/, '<id>')} (fuzz)`;
    const meter = startMeter();
    const sent = await inPool(
      requests.map((request, index) => async () => {
        log.count(name, await rawRequest(target.url, { ...request, timeoutMs: requestTimeoutMs }), `${name} #${index + 1}: ${request.method} ${request.path.slice(0, 80)}`);
      }),
      concurrency,
      Date.now() + routeBudgetMs,
    );
    log.measured(name, meter.stop());
    if (sent < requests.length) log.slow.push(`${name}: only ${sent} of ${requests.length} requests in ${routeBudgetMs / 1000} s`);
  }
  return log.report();
}
