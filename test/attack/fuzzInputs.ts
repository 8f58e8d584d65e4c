import type { SeededRandom } from './prng.js';
import type { RawRequest } from './rawHttp.js';

/**
 * Malformed requests, from a seeded generator: random JSON shapes, valid bodies with fields
 * swapped for the wrong type, long strings (bounded: at most 64 KB), wrong content types and
 * encodings, invalid UTF-8, truncated JSON and unexpected methods.
 */
const methods = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'TRACE', 'PROPFIND', 'FOO'];
const contentTypes = [
  'application/json',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/x-www-form-urlencoded',
  'text/plain',
  'application/xml',
  'application/octet-stream',
  'multipart/form-data',
  'application/jsonp',
  'application/vnd.api+json',
  '',
  '*/*',
];
const contentEncodings = ['gzip', 'deflate', 'br', 'identity', 'x-unknown'];
const strangeStrings = ['', ' ', '\u0000', '\uFEFF', '\u202E', '../../etc/passwd', '%00', '%', '%zz', '{{constructor}}', '__proto__', 'constructor', '😀'.repeat(20), 'NaN', '-0', '1e309', '<script>alert(1)</script>', "' OR 1=1 --", 'NBC-REP-000001'];

const maxStringBytes = 64 * 1024;

export function randomJson(random: SeededRandom, depth = 0): unknown {
  const kind = random.integer(depth > 3 ? 5 : 8);
  switch (kind) {
    case 0:
      return null;
    case 1:
      return random.chance(0.5);
    case 2:
      return random.pick([0, -1, 1.5, 2 ** 53 + 1, -(2 ** 31), 1e308, Number.MAX_SAFE_INTEGER]);
    case 3:
      return random.pick(strangeStrings);
    case 4:
      return random.text(random.integer(random.chance(0.1) ? maxStringBytes / 4 : 40), 'abcXYZ019 -_./%&=?#"\\\'\u00e9\u4e2d');
    case 5:
    case 6:
      return Object.fromEntries(Array.from({ length: random.integer(6) }, () => [random.pick(['type', 'text', 'id', 'from', 'conversation', 'value', 'name', 'serviceUrl', 'channelId', '__proto__', 'constructor', 'username', 'password', 'object', 'entry', random.text(5, 'abc')]), randomJson(random, depth + 1)]));
    default:
      return Array.from({ length: random.integer(5) }, () => randomJson(random, depth + 1));
  }
}

/** `valid` with one to three fields deleted, retyped or replaced by random JSON. */
function mutate(random: SeededRandom, valid: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = structuredClone(valid);
  const keys = Object.keys(copy);
  for (let change = 0; change <= random.integer(3); change += 1) {
    const key = random.pick(keys);
    const how = random.integer(4);
    if (how === 0) delete copy[key];
    else if (how === 1) copy[key] = random.pick([42, true, null, [], {}, '']);
    else if (how === 2 && typeof copy[key] === 'object' && copy[key] !== null) copy[key] = mutate(random, copy[key] as Record<string, unknown>);
    else copy[key] = randomJson(random);
  }
  return copy;
}

const invalidUtf8 = [Buffer.from([0xff, 0xfe, 0xfd]), Buffer.from([0xc0, 0xaf]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xe2, 0x82]), Buffer.from([0xf8, 0x88, 0x80, 0x80, 0x80])];

/** A body: JSON text (perhaps broken), form text, or bytes that are not UTF-8. */
function randomBody(random: SeededRandom, valid: Record<string, unknown> | undefined): string | Buffer | undefined {
  const kind = random.integer(10);
  if (kind === 0) return undefined;
  if (kind <= 3 && valid) return JSON.stringify(mutate(random, valid));
  if (kind === 4) return JSON.stringify(randomJson(random));
  if (kind === 5) {
    const text = JSON.stringify(valid ?? randomJson(random));
    return text.slice(0, random.integer(text.length));
  }
  if (kind === 6) {
    const text = JSON.stringify(valid ?? {});
    const at = random.integer(text.length);
    return Buffer.concat([Buffer.from(text.slice(0, at)), random.pick(invalidUtf8), Buffer.from(text.slice(at))]);
  }
  if (kind === 7) return `${random.pick(['username', 'password', 'text', 'a'])}=${encodeURIComponent(random.text(random.integer(200), 'ab%=&+'))}&${random.text(10, '=&%')}`;
  if (kind === 8) return JSON.stringify({ ...valid, text: random.text(random.integer(maxStringBytes - 1024), 'abcdefgh ') });
  return random.pick(['null', '0', '"text"', 'true', '[]', '{}', '{"__proto__":{"polluted":1}}', '{"a":1,"a":2}', '\uFEFF{}', '{"type":"message"} trailing']);
}

export interface FuzzTarget {
  /** Normally-used method and path; {id} is `id`, or now and then a random segment. */
  method: string;
  path: string;
  id?: string;
  /** A well-formed body to mutate, when the route takes one. */
  valid?: Record<string, unknown>;
  headers?: Record<string, string>;
  /** Adds or changes headers for a generated body, e.g. a signature over it. */
  sign?: (body: string | Buffer | undefined, random: SeededRandom) => Record<string, string>;
}

const randomSegment = (random: SeededRandom): string =>
  random.pick([random.text(8, 'abcdef0123456789'), '%2e%2e', '..', '%00', encodeURIComponent('😀'), 'a'.repeat(random.integer(2000)), '%ZZ', '%c0%af', '']);

const randomQuery = (random: SeededRandom): string =>
  random.pick(['', '?', `?watermark=${random.pick(['-1', 'abc', '1e9', '99999999999999999999', ''])}`, `?status=${random.pick(['waiting', 'x', ''])}`, `?from=${random.pick(['2026-13-45', 'yesterday', '0000-00-00', ''])}&to=${random.pick(['2026-01-01', '9999-12-31', '%00'])}`, '?a=1&a=2&a[b]=3', '?__proto__[x]=1', `?q=${'x'.repeat(random.integer(4000))}`]);

export function fuzzRequest(random: SeededRandom, route: FuzzTarget): RawRequest {
  const method = random.chance(0.85) ? route.method : random.pick(methods);
  const path = route.path.replace(/\{id\}/g, () => (random.chance(0.3) ? randomSegment(random) : (route.id ?? 'unknown'))) + (random.chance(0.3) ? randomQuery(random) : '');
  const body = method === 'GET' || method === 'HEAD' ? (random.chance(0.1) ? '{}' : undefined) : randomBody(random, route.valid);
  const contentType = random.chance(0.7) ? 'application/json' : random.pick(contentTypes);
  const headers: Record<string, string> = { ...route.headers, ...(contentType && { 'content-type': contentType }) };
  if (random.chance(0.05)) headers['content-encoding'] = random.pick(contentEncodings);
  if (random.chance(0.05)) headers.authorization = random.pick(['Bearer ', 'Bearer x.y', 'Basic YWRtaW46YWRtaW4=', `Bearer ${'a'.repeat(4000)}`]);
  if (random.chance(0.05)) headers.cookie = random.pick(['staff_session=', 'staff_session=x; staff_session=y', `staff_session=${'z'.repeat(3000)}`]);
  return { method, path, headers: { ...headers, ...route.sign?.(body, random) }, body };
}
