import { parse as parseQueryString } from 'node:querystring';
import type { Next, Request, Response } from 'restify';
import { matchedRoute } from './matchedRoute.js';
import { readRawBody } from './rawBody.js';

export const maxBodyBytes = 256 * 1024;

/**
 * Deeper than any activity, Adaptive Card or webhook the channels send; deep enough nesting
 * otherwise overflows the stack of whatever walks the body later (logging, cloning, zod).
 */
export const maxJsonDepth = 64;

export interface BodyParsingOptions {
  /** Routes that read their own body with readRawBody (a webhook signed over its exact bytes). */
  rawBodyRoutes: ReadonlySet<string>;
  /** Routes that take an HTML form (application/x-www-form-urlencoded): the staff sign-in pages. */
  formRoutes: ReadonlySet<string>;
}

const isJson = (contentType: string): boolean => contentType === 'application/json' || /^application\/[\w.+-]+\+json$/.test(contentType);

/** True when some array or object in `value` is nested deeper than `limit`; iterative, so it cannot overflow itself. */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const pending: Array<[unknown, number]> = [[value, 0]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(current)) if (child !== null && typeof child === 'object') pending.push([child, depth + 1]);
  }
  return false;
}

/**
 * The only body parsers the routes need: JSON everywhere, URL-encoded forms on the sign-in
 * routes. Bodies are read into memory up to `maxBodyBytes` (413 beyond), never to disk: no
 * multipart parser, so an upload cannot fill the temp folder (415), and no content-encoding,
 * so a small compressed body cannot expand past the limit. It runs after routing and decides
 * on the matched route, so no spelling of a path slips past it.
 */
export function parseBody({ rawBodyRoutes, formRoutes }: BodyParsingOptions) {
  // A callback handler (restify refuses async handlers that also take next), the reading inside it.
  return (request: Request, response: Response, next: Next): void => {
    read(request, response, next).catch((error: unknown) => {
      // A client that hung up mid-body has nobody left to answer and is not our failure: a flood of
      // them (attack 13, L5) must not each log a stack trace, nor read as the database being down.
      if (request.socket.destroyed && !request.complete) next(false);
      else next(error as Error);
    });
  };

  async function read(request: Request, response: Response, next: Next): Promise<void> {
    const reject = (status: number, code: string, message: string): void => {
      response.send(status, { code, message });
      next(false);
    };
    const route = matchedRoute(request) ?? '';
    const hasBody = request.getContentLength() > 0 || request.isChunked();
    if (!hasBody || request.method === 'GET' || request.method === 'HEAD' || rawBodyRoutes.has(route)) return next();
    const encoding = (request.header('content-encoding') ?? 'identity').toLowerCase();
    if (encoding !== 'identity') return reject(415, 'UnsupportedMediaType', 'Compressed request bodies are not accepted');
    const contentType = request.contentType().toLowerCase();
    const form = contentType === 'application/x-www-form-urlencoded' && formRoutes.has(route);
    if (!isJson(contentType) && !form) return reject(415, 'UnsupportedMediaType', 'Send application/json');
    const bytes = await readRawBody(request, maxBodyBytes);
    if (bytes === undefined) return reject(413, 'PayloadTooLarge', `Request body size exceeds ${maxBodyBytes}`);
    const text = bytes.toString('utf8');
    if (form) {
      request.body = parseQueryString(text, undefined, undefined, { maxKeys: 32 });
      return next();
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return reject(400, 'BadRequest', 'The body is not valid JSON');
    }
    if (nestedDeeperThan(parsed, maxJsonDepth)) return reject(400, 'BadRequest', `The body is nested more than ${maxJsonDepth} levels deep`);
    request.body = parsed;
    next();
  }
}
