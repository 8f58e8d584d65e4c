import type { Request } from 'restify';

/**
 * The path pattern the router matched (e.g. `/api/cases/:reference`), not what the client typed:
 * what the staff guard and the body parser decide on, so every spelling of a path meets the same rule.
 * Undefined before routing (in a `server.pre` handler).
 */
export const matchedRoute = (request: Request): string | undefined => (request.getRoute() as { path?: unknown } | undefined)?.path?.toString();
