import type { Request } from 'restify';

/** One staff session for every staff page (advisor console, dashboard): sign in once. */
const cookieName = 'staff_session';

/**
 * True for https, including TLS ended at a proxy (Azure App Service sets X-Forwarded-Proto).
 * Trusting the header can only make the cookie stricter, never weaker.
 */
const isHttps = (request: Request): boolean => request.isSecure() || request.header('x-forwarded-proto') === 'https';

export function readSessionId(request: Request): string | undefined {
  for (const pair of (request.header('cookie') ?? '').split(';')) {
    const separator = pair.indexOf('=');
    if (separator > 0 && pair.slice(0, separator).trim() === cookieName) return pair.slice(separator + 1).trim() || undefined;
  }
  return undefined;
}

/**
 * HttpOnly and SameSite=Strict always; Secure whenever the request came over https. Path=/ so the
 * advisor console and the dashboard share it; scripts cannot read it and other sites cannot send it.
 */
export function sessionCookie(request: Request, sessionId: string, maxAgeSeconds: number): string {
  const attributes = [`${cookieName}=${sessionId}`, 'Path=/', `Max-Age=${maxAgeSeconds}`, 'HttpOnly', 'SameSite=Strict'];
  if (isHttps(request)) attributes.push('Secure');
  return attributes.join('; ');
}

export const clearedSessionCookie = (request: Request): string => sessionCookie(request, '', 0);
