import type { Request } from 'restify';

/** One staff session for every staff page (advisor console, dashboard): sign in once. */
const cookieName = 'staff_session';
/** Says this browser has signed in as a username before (see StaffDevices). */
const deviceCookieName = 'staff_device';

/**
 * True for https, including TLS ended at a proxy (Azure App Service sets X-Forwarded-Proto).
 * Trusting the header can only make the cookie stricter, never weaker.
 */
const isHttps = (request: Request): boolean => request.isSecure() || request.header('x-forwarded-proto') === 'https';

function readCookie(request: Request, name: string): string | undefined {
  for (const pair of (request.header('cookie') ?? '').split(';')) {
    const separator = pair.indexOf('=');
    if (separator > 0 && pair.slice(0, separator).trim() === name) return pair.slice(separator + 1).trim() || undefined;
  }
  return undefined;
}

export const readSessionId = (request: Request): string | undefined => readCookie(request, cookieName);
export const readDeviceCookie = (request: Request): string | undefined => readCookie(request, deviceCookieName);

/**
 * HttpOnly and SameSite=Strict always; Secure whenever the request came over https or the service's
 * public address is https (`alwaysSecure`: a browser then never sends it over plain http, even to an
 * address that skips the TLS front end; outside attack 13, L2). Path=/ so the advisor console and the
 * dashboard share it; scripts cannot read it and other sites cannot send it.
 */
function staffCookie(request: Request, name: string, value: string, maxAgeSeconds: number, alwaysSecure: boolean): string {
  const attributes = [`${name}=${value}`, 'Path=/', `Max-Age=${maxAgeSeconds}`, 'HttpOnly', 'SameSite=Strict'];
  if (alwaysSecure || isHttps(request)) attributes.push('Secure');
  return attributes.join('; ');
}

export const sessionCookie = (request: Request, sessionId: string, maxAgeSeconds: number, alwaysSecure: boolean): string => staffCookie(request, cookieName, sessionId, maxAgeSeconds, alwaysSecure);
export const clearedSessionCookie = (request: Request, alwaysSecure: boolean): string => sessionCookie(request, '', 0, alwaysSecure);
export const deviceCookie = (request: Request, value: string, maxAgeSeconds: number, alwaysSecure: boolean): string => staffCookie(request, deviceCookieName, value, maxAgeSeconds, alwaysSecure);
