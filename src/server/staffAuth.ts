import type { Next, Request, Response } from 'restify';
import { bearerTokenCheck } from './bearerToken.js';
import { matchedRoute } from './matchedRoute.js';

/** Routes under /api/ that carry their own authentication instead of the staff token. */
const selfAuthenticatedRoutes = new Set(['/api/messages', '/api/whatsapp', '/api/voice']);


/**
 * Guards every staff route under /api/ with `Authorization: Bearer $ADMIN_TOKEN`.
 *
 * It runs after routing and decides on the route the router matched, never on the raw URL:
 * a percent-encoded, doubled or dotted spelling of a staff path (`/%61pi/cases/…`) reaches
 * the same route and so meets the same guard. Without an ADMIN_TOKEN the staff routes do not
 * exist (404), so a forgotten setting never leaves them open.
 */
export function staffAuth(adminToken: string | undefined) {
  const hasStaffToken = adminToken ? bearerTokenCheck(adminToken) : undefined;
  return (request: Request, response: Response, next: Next): void => {
    const route = matchedRoute(request);
    // Installed with server.pre there is no route yet: fail closed rather than let everything through.
    if (route === undefined) return next(new Error('staffAuth runs after routing: install it with server.use'));
    if (!route.startsWith('/api/') || selfAuthenticatedRoutes.has(route)) return next();
    if (!hasStaffToken) {
      response.send(404, { code: 'NotFound', message: 'Staff endpoints are disabled: set ADMIN_TOKEN to enable them' });
      return next(false);
    }
    if (!hasStaffToken(request)) {
      response.header('WWW-Authenticate', 'Bearer');
      response.send(401, { code: 'Unauthorized', message: 'A valid staff token is required' });
      return next(false);
    }
    next();
  };
}
