import type { Next, Request, Response } from 'restify';
import { bearerTokenCheck } from './bearerToken.js';

/** Paths under /api/ that carry their own authentication instead of the staff token. */
const selfAuthenticatedApiPaths = new Set(['/api/messages', '/api/whatsapp']);

/**
 * Guards every /api/ endpoint except the bot's own: `Authorization: Bearer $ADMIN_TOKEN`.
 * Without an ADMIN_TOKEN the staff endpoints do not exist (404), so a forgotten
 * setting never leaves them open.
 */
export function staffAuth(adminToken: string | undefined) {
  const hasStaffToken = adminToken ? bearerTokenCheck(adminToken) : undefined;
  return (request: Request, response: Response, next: Next): void => {
    const path = request.getPath();
    if (!path.startsWith('/api/') || selfAuthenticatedApiPaths.has(path)) return next();
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
