import { rawRequest } from '../rawHttp.js';
import { AttackLog, type AttackReport } from '../report.js';
import { directLineResident } from '../residents.js';
import type { Target } from '../target.js';

/**
 * Finding 8: activities of the wrong shape reached botbuilder and the stores, which threw:
 * 500s, stack traces and file paths in the body. Each is refused with a 4xx that says nothing
 * about the server's insides, on /api/messages and on Direct Line.
 */
const nested = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;

const base = {
  type: 'message',
  id: 'malformed-1',
  text: 'hello',
  channelId: 'emulator',
  serviceUrl: 'http://127.0.0.1:9/',
  conversation: { id: 'malformed-conversation' },
  from: { id: 'malformed-user', role: 'user' },
  recipient: { id: 'council-assistant', role: 'bot' },
  deliveryMode: 'expectReplies',
};
const activity = (fields: Record<string, unknown>): string => JSON.stringify({ ...base, ...fields });
/** A valid activity with `raw` (already JSON) as the value of `field`. */
const withRaw = (field: string, raw: string): string => `${activity({}).slice(0, -1)},"${field}":${raw}}`;

/**
 * Which endpoint must refuse it (4xx): both, only the bot's (Direct Line sets the routing and
 * identity fields itself, so ignoring a resident's is as good as refusing them), or neither (a
 * field that may be ignored). Whatever the row, no 5xx and nothing of the server's insides.
 */
type RefusedBy = 'both' | 'bot' | 'neither';

export const malformedBodies: [string, string, RefusedBy][] = [
  ['serviceUrl a number', activity({ serviceUrl: 42 }), 'bot'],
  ['serviceUrl an object', activity({ serviceUrl: { href: 'http://127.0.0.1:9/' } }), 'bot'],
  ['serviceUrl an array', activity({ serviceUrl: ['http://127.0.0.1:9/'] }), 'bot'],
  ['serviceUrl null', activity({ serviceUrl: null }), 'bot'],
  ['serviceUrl not a URL', activity({ serviceUrl: 'not a url' }), 'bot'],
  ['serviceUrl javascript:', activity({ serviceUrl: 'javascript:alert(1)' }), 'bot'],
  ['10,000 nested arrays', withRaw('value', nested(10_000)), 'both'],
  ['100,000 nested arrays', withRaw('channelData', nested(100_000)), 'both'],
  ['10,000 nested objects', withRaw('value', `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`), 'both'],
  ['text a number', activity({ text: 42 }), 'both'],
  ['text an object', activity({ text: { toString: 'x' } }), 'both'],
  ['text an array', activity({ text: ['a', 'b'] }), 'both'],
  ['conversation a string', activity({ conversation: 'malformed-conversation' }), 'bot'],
  ['conversation id a number', activity({ conversation: { id: 5 } }), 'bot'],
  ['conversation null', activity({ conversation: null }), 'bot'],
  ['from an array', activity({ from: [] }), 'bot'],
  ['from id an object', activity({ from: { id: { $ne: null } } }), 'bot'],
  ['recipient a number', activity({ recipient: 7 }), 'bot'],
  ['channelId a number', activity({ channelId: 7 }), 'bot'],
  ['channelId an object', activity({ channelId: { __proto__: { admin: true } } }), 'bot'],
  ['id an object', activity({ id: {} }), 'bot'],
  ['deliveryMode a number', activity({ deliveryMode: 5 }), 'bot'],
  ['attachments a string', activity({ attachments: 'x' }), 'both'],
  ['attachments [null]', activity({ attachments: [null] }), 'both'],
  ['entities an object', activity({ entities: { type: 'place' } }), 'neither'],
  ['suggestedActions a string', activity({ suggestedActions: 'x' }), 'neither'],
  ['membersAdded a string', activity({ type: 'conversationUpdate', membersAdded: 'everyone' }), 'bot'],
  ['membersAdded [null]', activity({ type: 'conversationUpdate', membersAdded: [null] }), 'bot'],
  ['handoff.status value a string', activity({ type: 'event', name: 'handoff.status', value: 'completed' }), 'neither'],
  ['event name an object', activity({ type: 'event', name: { toString: 1 } }), 'both'],
  ['invoke with no name', activity({ type: 'invoke', name: undefined, value: [] }), 'neither'],
  ['__proto__ pollution', withRaw('__proto__', '{"isAdmin":true,"text":"polluted"}'), 'neither'],
  ['timestamp nonsense', activity({ timestamp: 'the day after tomorrow' }), 'neither'],
  ['locale a number', activity({ locale: 5 }), 'neither'],
];

/** Signs of the server's insides in a response body. */
const internals = [/\n\s+at /, /\bat [\w.<>]+ \(/, /\b(Type|Range|Reference|Syntax)Error\b/, /node_modules/, /\/(work|home|app|src)\//, /\.[jt]s:\d+/];

export async function malformedActivities(target: Target): Promise<AttackReport> {
  const log = new AttackLog();
  const session = await directLineResident(target.url);
  const routes: [string, string, Record<string, string>, RefusedBy[]][] = [
    ['POST /api/messages (malformed)', '/api/messages', {}, ['both', 'bot']],
    ['POST /v3/directline/conversations/<id>/activities (malformed)', `/v3/directline/conversations/${session.conversationId}/activities`, { authorization: `Bearer ${session.token}` }, ['both']],
  ];
  for (const [route, path, headers, mustRefuse] of routes) {
    const shown = path.replace(session.conversationId, '<id>');
    for (const [name, body, refusedBy] of malformedBodies) {
      const response = log.count(route, await rawRequest(target.url, { method: 'POST', path, headers: { 'content-type': 'application/json', ...headers }, body }), `${shown} with ${name}`);
      if (response.status === 0) continue;
      log.expect(!mustRefuse.includes(refusedBy) || response.status >= 400, `${shown} with ${name}: accepted (${response.status}), not refused with 400`);
      const leaked = internals.find((pattern) => pattern.test(response.body));
      log.expect(leaked === undefined, `${shown} with ${name}: the ${response.status} body shows the server's insides (${leaked}): ${response.body.slice(0, 160)}`);
    }
  }
  // A body that says it is compressed and is not: zlib's error must become a 4xx, not an uncaught error.
  for (const encoding of ['gzip', 'deflate', 'br', 'x-unknown']) {
    const response = log.count('POST /api/messages (bad content-encoding)', await rawRequest(target.url, {
      method: 'POST',
      path: '/api/messages',
      headers: { 'content-type': 'application/json', 'content-encoding': encoding },
      body: JSON.stringify(base),
      timeoutMs: 5000,
    }), `/api/messages with content-encoding ${encoding} and a plain body`);
    log.expect(response.status === 0 || response.status >= 400, `/api/messages with content-encoding ${encoding} and a plain body: accepted (${response.status})`);
  }
  const health = log.count('GET /healthz (after malformed activities)', await rawRequest(target.url, { path: '/healthz' }), 'health after malformed activities');
  log.expect(health.status === 200, `the server is not healthy after malformed activities (${health.status})`);
  return log.report();
}
