import helmet from 'helmet';
import restify, { type Next, type Request, type Response, type Server } from 'restify';
import { clipped } from '../clipped.js';
import type { Logger } from '../logger.js';
import { isDatabaseUnavailable } from '../storage/sql/databaseUnavailable.js';
import { parseBody } from './bodyParsing.js';
import { defaultConnectionLimits, guardConnections, type ConnectionLimits } from './connectionGuard.js';
import { staffAuth } from './staffAuth.js';

export interface ServerOptions {
  logger: Logger;
  adminToken: string | undefined;
  /** True once storage and the knowledge index are ready to serve residents. */
  isReady: () => boolean;
  /**
   * Why this process cannot become ready and should be restarted (the knowledge index failed to load), or undefined: `/healthz`
   * then answers 503, so the platform replaces it. A failed load had left an instance healthy and never ready (operations trial 25, OPS25-02).
   */
  startupFailure?: () => string | undefined;
  /** While starting, the share of the knowledge index built (0..1), when it is being built. */
  startupProgress?: () => number | undefined;
  /** Once ready: whether the database answers now (cached and timed out by the caller, see databaseProbe). */
  databaseAnswers?: () => Promise<boolean>;
  /** Routes that read their own body with readRawBody (a webhook signed over its exact bytes). */
  rawBodyRoutes?: readonly string[];
  /** Routes that take an HTML form post (the staff sign-in pages); every other route takes JSON only. */
  formRoutes?: readonly string[];
  /** CSP frame-ancestors: who may show these pages in a frame, e.g. the council's own website. */
  frameAncestors?: readonly string[];
  /** How many connections are held open and how long a request may stall (`defaultConnectionLimits`). */
  connectionLimits?: ConnectionLimits;
}

/**
 * Headers on every response, including errors. The resident page runs Web Chat, which injects
 * its own styles (hence 'unsafe-inline' for styles only) and talks to this server alone. Staff
 * pages send a stricter policy of their own (src/server/staffPageHtml.ts).
 */
const securityHeaders = (frameAncestors: readonly string[]) =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        mediaSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: [...frameAncestors],
      },
    },
    // frame-ancestors decides framing; X-Frame-Options cannot name another origin.
    xFrameOptions: false,
    referrerPolicy: { policy: 'same-origin' },
    // The app serves plain HTTP behind TLS termination; the platform sets HSTS.
    strictTransportSecurity: false,
  });

/**
 * What a client is told when a request fails on our side: never the exception's text (a driver's
 * message names hosts, ports and SQL). The log has the detail. A database that is not answering
 * is a 503 the client may retry after a few seconds (a restart or failover takes about that long).
 */
const serviceUnavailable = { code: 'ServiceUnavailable', message: 'The service is briefly unavailable. Please try again in a moment.' };
const internalError = { code: 'InternalError', message: 'Something went wrong on our side.' };
const retryAfterSeconds = 5;
/**
 * A path as the log keeps it: its first 200 characters. An unknown 16 KB path was logged whole on
 * every request, 10 MB a second from one client (outside attack 14, L5).
 */
const loggedPathLength = 200;
const loggedPath = (request: Request): string => {
  const path = request.getPath();
  return clipped(path, loggedPathLength);
};
/** How long a client may take to send a whole request, and its headers (408 after). */
export const requestReceivedWithinMs = 30_000;
export const headersReceivedWithinMs = 15_000;

/**
 * The HTTP shell: security headers, the staff-token guard, body parsing and health probes.
 * Routes for the bot, Direct Line, the web chat page and staff endpoints are added by their
 * own modules. The guard and the parser run after routing and decide on the route the router
 * matched, so they see a path exactly as the routes do.
 */
export function createServer({ logger, adminToken, isReady, startupFailure = () => undefined, startupProgress = () => undefined, databaseAnswers = async () => true, rawBodyRoutes = [], formRoutes = [], frameAncestors = ["'self'"], connectionLimits = defaultConnectionLimits() }: ServerOptions): Server {
  const server = restify.createServer({ name: 'council-assistant', handleUncaughtExceptions: false });
  // A client that sends its request slowly holds a socket only this long (Node's defaults: 5 minutes
  // for the whole request, a minute for the headers). Only receiving the request counts, never the
  // reply a turn takes to write, and 256 KB arrives in far less on any line a resident has.
  server.server.requestTimeout = requestReceivedWithinMs;
  server.server.headersTimeout = headersReceivedWithinMs;
  guardConnections(server.server, connectionLimits, logger);
  const headers = securityHeaders(frameAncestors);
  server.pre((request: Request, response: Response, next: Next) => headers(request, response, () => next()));
  server.use(staffAuth(adminToken));
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(parseBody({ rawBodyRoutes: new Set(rawBodyRoutes), formRoutes: new Set(formRoutes) }));

  server.get('/healthz', async (_request: Request, response: Response) => {
    const failure = startupFailure();
    response.send(failure === undefined ? 200 : 503, failure === undefined ? { status: 'ok' } : { status: 'failed', reason: failure });
  });
  server.get('/readyz', async (_request: Request, response: Response) => {
    if (!isReady()) {
      const progress = startupProgress();
      response.send(503, { status: 'starting', ...(progress !== undefined && { progress: Math.round(progress * 100) / 100 }) });
    } else if (!(await databaseAnswers())) {
      // Every request would fail: the load balancer takes this instance out until the database is back.
      response.send(503, { status: 'database unavailable' });
    } else response.send(200, { status: 'ready' });
  });

  server.on('restifyError', (request: Request, response: Response, error: Error & { statusCode?: number }, callback: () => void) => {
    const status = error.statusCode ?? 500;
    if (status < 500) logger.info({ status, path: loggedPath(request), reason: error.name }, 'request rejected');
    else if (isDatabaseUnavailable(error)) {
      // An error, so `assistant_logged_errors_total` moves: with WhatsApp off, a database outage that refused 11 chat requests
      // showed on /metrics only as turns stopping (operations re-check 29b, OPS-B5).
      logger.error({ err: error, path: loggedPath(request) }, 'request failed: the database is not answering');
      if (!response.headersSent) {
        response.header('retry-after', String(retryAfterSeconds));
        response.send(503, serviceUnavailable);
      }
    } else {
      logger.error({ err: error, path: loggedPath(request) }, 'request failed');
      if (!response.headersSent) response.send(500, internalError);
    }
    callback();
  });
  return server;
}
