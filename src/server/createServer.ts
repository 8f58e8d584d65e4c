import restify, { type Next, type Request, type Response, type Server } from 'restify';
import type { Logger } from '../logger.js';
import { staffAuth } from './staffAuth.js';

export const maxBodyBytes = 256 * 1024;

export interface ServerOptions {
  logger: Logger;
  adminToken: string | undefined;
  /** True once storage and the knowledge index are ready to serve residents. */
  isReady: () => boolean;
  /** Paths whose routes read their own body with readRawBody (a webhook signed over its exact bytes). */
  rawBodyPaths?: readonly string[];
}

/**
 * The HTTP shell: body limits, health probes and the staff-token guard. Routes for the bot,
 * Direct Line, the web chat page and staff endpoints are added by their own modules.
 */
export function createServer({ logger, adminToken, isReady, rawBodyPaths = [] }: ServerOptions): Server {
  const server = restify.createServer({ name: 'council-assistant', handleUncaughtExceptions: false });
  // The staff guard runs before routing so unknown /api/ paths reveal nothing without a token.
  server.pre(staffAuth(adminToken));
  server.use(restify.plugins.queryParser({ mapParams: false }));
  // Malformed JSON → 400 and bodies over the limit → 413, both from restify's parser, except on
  // rawBodyPaths: a signed body is checked on its exact bytes before anything parses it. The skip
  // is listed here, where the parser is installed, so the exception is in plain sight (not a hook
  // racing the parser for the stream, nor a marker hidden on the route).
  const readsOwnBody = new Set(rawBodyPaths);
  for (const parse of restify.plugins.bodyParser({ maxBodySize: maxBodyBytes, mapParams: false, mapFiles: false })) {
    server.use((request: Request, response: Response, next: Next) => (readsOwnBody.has(request.getPath()) ? next() : parse(request, response, next)));
  }

  server.get('/healthz', async (_request: Request, response: Response) => {
    response.send(200, { status: 'ok' });
  });
  server.get('/readyz', async (_request: Request, response: Response) => {
    if (isReady()) response.send(200, { status: 'ready' });
    else response.send(503, { status: 'starting' });
  });

  server.on('restifyError', (request: Request, _response: Response, error: Error & { statusCode?: number }, callback: () => void) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) logger.error({ err: error, path: request.getPath() }, 'request failed');
    else logger.info({ status, path: request.getPath(), reason: error.name }, 'request rejected');
    callback();
  });
  return server;
}
