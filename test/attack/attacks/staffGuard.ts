import { requestCallback } from '../cases.js';
import { rawRequest } from '../rawHttp.js';
import { AttackLog, type AttackReport } from '../report.js';
import { emulatorResident } from '../residents.js';
import { adminToken, type Target } from '../target.js';

/**
 * Finding 1: the staff guard compares the raw path with "/api/", but the router decodes it, so
 * /%61pi/cases/<ref> reached the case without a token. Every staff route (grep server.get/post
 * under src/ for /api/, /advisor/api, /dashboard/api, the CSV export and the sign-outs) is asked
 * for under every spelling below, without credentials: none may answer 2xx with staff data.
 */
interface StaffRoute {
  method: 'GET' | 'POST';
  path: string;
  /** Answers 200 to the staff bearer token (the /api/ routes), to prove the route has data to leak. */
  bearerAnswers?: boolean;
}

const staffRoutes = (reference: string, conversationId: string): StaffRoute[] => [
  { method: 'GET', path: `/api/cases/${reference}`, bearerAnswers: true },
  { method: 'GET', path: '/api/handoffs', bearerAnswers: true },
  { method: 'GET', path: '/api/metrics/summary', bearerAnswers: true },
  { method: 'GET', path: '/api/status', bearerAnswers: true },
  { method: 'GET', path: '/advisor/api/queue' },
  { method: 'GET', path: `/advisor/api/conversations/${conversationId}` },
  { method: 'POST', path: `/advisor/api/conversations/${conversationId}/accept` },
  { method: 'POST', path: `/advisor/api/conversations/${conversationId}/reply` },
  { method: 'POST', path: `/advisor/api/conversations/${conversationId}/end` },
  { method: 'GET', path: '/advisor/api/events' },
  { method: 'POST', path: '/advisor/logout' },
  { method: 'GET', path: '/dashboard/api/metrics' },
  { method: 'GET', path: '/dashboard/export.csv' },
  { method: 'POST', path: '/dashboard/logout' },
];

const hex = (character: string): string => `%${character.charCodeAt(0).toString(16)}`;

/** Each letter of a segment percent-encoded on its own, then all of them. */
const encodedLetters = (segment: string): [string, string][] => [
  ...[...segment].map((letter, index): [string, string] => [`%XX letter ${index + 1}`, segment.slice(0, index) + hex(letter) + segment.slice(index + 1)]),
  ['%XX every letter', [...segment].map((letter) => hex(letter)).join('')],
  ['%25XX double-encoded', `%25${hex(segment[0]!).slice(1)}${segment.slice(1)}`],
];

/** Every spelling of `path` an attacker might try, by name. */
export function pathSpellings(path: string): [string, string][] {
  const [first = '', ...rest] = path.slice(1).split('/');
  const tail = rest.join('/');
  const withFirst = (segment: string): string => `/${segment}/${tail}`;
  const spellings: [string, string][] = [
    ...encodedLetters(first).map(([name, segment]): [string, string] => [`first segment ${name}`, withFirst(segment)]),
    ...(rest.length > 1 ? encodedLetters(rest[0]!).map(([name, segment]): [string, string] => [`second segment ${name}`, `/${first}/${segment}/${rest.slice(1).join('/')}`]) : []),
    ['upper case', path.toUpperCase()],
    ['capitalised', withFirst(first[0]!.toUpperCase() + first.slice(1))],
    ['upper-case first segment', withFirst(first.toUpperCase())],
    ['leading //', `/${path}`],
    ['/./ in front', `/.${path}`],
    ['/./ inside', `/${first}/./${tail}`],
    ['/x/../ in front', `/x/..${path}`],
    ['/%2e/ in front', `/%2e${path}`],
    ['/%2e%2e/ after a segment', `/x/%2e%2e${path}`],
    ['/%2E/ inside', `/${first}/%2E/${tail}`],
    ['trailing dot on the segment', withFirst(`${first}.`)],
    ['trailing dot on the path', `${path}.`],
    ['trailing slash', `${path}/`],
    ['%2F between segments', `/${first}%2F${tail}`],
    ['%2F in front', `/%2F${first}/${tail}`],
    ['%2f lower-case', `/${first}%2f${tail}`],
    ['; matrix parameter on the segment', withFirst(`${first};x=1`)],
    ['; segment in front', `/;${path}`],
    ['; at the end', `${path};`],
    ['? in the segment (%3F)', withFirst(`${first}%3F`)],
    ['empty query', `${path}?`],
    ['query that looks like a path', `${path}?/../../healthz`],
    ['backslash in front', `/\\${first}/${tail}`],
    ['%5C backslash', `/%5C${first}/${tail}`],
    ['%00 after the segment', withFirst(`${first}%00`)],
    ['%20 after the segment', withFirst(`${first}%20`)],
    ['%09 tab in front', `/%09${first}/${tail}`],
    ['overlong UTF-8 /', `/%c0%af${first}/${tail}`],
    ['full-width letter', `/%EF%BD%81${first.slice(1)}/${tail}`],
    ['absolute-form request target', `http://127.0.0.1${path}`],
  ];
  return spellings;
}

/** A 2xx whose body is staff data (anything but an HTML page: JSON, CSV, an event stream, an empty 204). */
const isStaffData = (status: number, contentType: string): boolean => status >= 200 && status < 300 && !contentType.startsWith('text/html');

export async function staffGuard(target: Target): Promise<AttackReport> {
  const log = new AttackLog();
  // Something worth stealing: a case with a name and phone number, and a resident waiting for an advisor.
  const caller = emulatorResident(target.url);
  const { reference } = await requestCallback(caller);
  const waiting = emulatorResident(target.url);
  await waiting.say('can I speak to a real person please');

  for (const route of staffRoutes(reference, waiting.conversationId)) {
    if (route.bearerAnswers) {
      const allowed = await rawRequest(target.url, { method: route.method, path: route.path, headers: { authorization: `Bearer ${adminToken}` } });
      log.expect(allowed.status === 200, `suite check: ${route.path} with the staff token answered ${allowed.status}, not 200`);
    }
    for (const [name, path] of [['as written', route.path], ...pathSpellings(route.path)] as [string, string][]) {
      const response = log.count(`${route.method} ${route.path.replace(reference, '<ref>').replace(waiting.conversationId, '<id>')}`, await rawRequest(target.url, {
        method: route.method,
        path,
        headers: { 'content-type': 'application/json', 'x-csrf-token': 'guess' },
        body: route.method === 'POST' ? JSON.stringify({ text: 'hello from an attacker' }) : undefined,
        timeoutMs: 3000,
      }), `${route.method} ${path} (${name})`);
      if (response.status > 0 && isStaffData(response.status, String(response.headers['content-type'] ?? ''))) {
        log.problem(`bypass: ${route.method} ${path} (${name}) answered ${response.status} without credentials: ${response.body.slice(0, 120)}`);
      }
    }
  }
  return log.report();
}
