import type { Request } from 'restify';

const cookieName = 'advisor_session';

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
 * HttpOnly and SameSite=Strict always; Secure whenever the request came over https. `path` keeps
 * the cookie to one staff page's own paths (/advisor, /dashboard).
 */
export function sessionCookie(request: Request, cookiePath: string, sessionId: string, maxAgeSeconds: number): string {
  const attributes = [`${cookieName}=${sessionId}`, `Path=${cookiePath}`, `Max-Age=${maxAgeSeconds}`, 'HttpOnly', 'SameSite=Strict'];
  if (isHttps(request)) attributes.push('Secure');
  return attributes.join('; ');
}

export const clearedSessionCookie = (request: Request, cookiePath: string): string => sessionCookie(request, cookiePath, '', 0);
