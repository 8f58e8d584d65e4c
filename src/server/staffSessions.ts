import { timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'restify';
import { z } from 'zod';
import type { Logger } from '../logger.js';
import { authenticateAdvisor, type AdvisorDirectory } from '../handoff/advisorAuth.js';
import type { AdvisorSession, AdvisorSessions } from '../handoff/advisorSessions.js';
import type { LoginThrottle } from '../handoff/loginThrottle.js';
import { clearedSessionCookie, deviceCookie, readDeviceCookie, readSessionId, sessionCookie } from '../handoff/sessionCookie.js';
import type { StaffDevices } from '../handoff/staffDevices.js';
import type { PasswordChecks } from './passwordChecks.js';
import { isSameOrigin } from './sameOrigin.js';

/**
 * Staff sign-in for the browser pages (advisor console, dashboard): the same accounts, the same
 * server-side sessions, one cookie and one guard, so staff sign in once for both. Signing out of
 * either page ends the session for both.
 */
export interface SignedIn {
  sessionId: string;
  session: AdvisorSession;
}

export type StaffHandler = (request: Request, response: Response, signedIn: SignedIn) => Promise<void>;

export const sendJson = (response: Response, status: number, body: unknown): void => {
  response.header('cache-control', 'no-store');
  response.send(status, body);
};

const sameBuffers = (left: string, right: string): boolean => {
  const [a, b] = [Buffer.from(left), Buffer.from(right)];
  return a.length === b.length && timingSafeEqual(a, b);
};

const loginBody = z.object({ username: z.string().trim().toLowerCase().max(64), password: z.string().max(1024) });

/** What every staff sign-in page shares: the accounts, the sessions and one throttle. */
export interface StaffSignIn extends AdvisorDirectory {
  sessions: AdvisorSessions;
  /** One for all staff pages, so each page does not give an attacker its own allowance of guesses. */
  throttle: LoginThrottle;
  /** The client's address as the throttle counts it (see clientAddressReader). */
  clientAddress: (request: Request) => string;
  /** Browsers that have signed in before, which strangers' guesses cannot lock out. */
  devices: StaffDevices;
  /** One queue of password checks for all staff pages, with those browsers first. */
  passwordChecks: PasswordChecks;
  /** Cookies only over https: the service's public address is https. */
  secureCookies: boolean;
}

export interface StaffPageOptions extends StaffSignIn {
  logger: Logger;
  /** The page's path, where its sign-in lands, e.g. /advisor. */
  path: string;
  /** Names the page in 401 messages and logs, e.g. "advisor console". */
  pageName: string;
  sendSignInPage(response: Response, status: number, message?: string, username?: string): void;
}

export interface StaffPage {
  signedInAs(request: Request): Promise<SignedIn | undefined>;
  /** Session for every request (401); the session's CSRF token in x-csrf-token for every request that changes something (403). */
  staffOnly(handler: StaffHandler): (request: Request, response: Response) => Promise<void>;
  /** POST handler for the sign-in form: throttled, same-origin only, 303 to the page with the session cookie. */
  signIn(request: Request, response: Response): Promise<void>;
  /** Ends the session and clears the cookie (call from a staffOnly handler). */
  signOut(request: Request, response: Response, signedIn: SignedIn): Promise<void>;
}

export function staffPage(options: StaffPageOptions): StaffPage {
  const { sessions, throttle, devices, passwordChecks, secureCookies, logger, path, pageName, sendSignInPage } = options;
  const signInBusy = (response: Response, username: string): void => {
    response.header('retry-after', '30');
    sendSignInPage(response, 503, 'Sign-in is busy right now. Please try again in a minute.', username);
  };
  const sessionSeconds = (session: AdvisorSession): number => Math.floor((Date.parse(session.expiresAt) - Date.now()) / 1000);

  const signedInAs = async (request: Request): Promise<SignedIn | undefined> => {
    const sessionId = readSessionId(request);
    const session = sessionId === undefined ? undefined : await sessions.find(sessionId);
    return sessionId !== undefined && session ? { sessionId, session } : undefined;
  };

  return {
    signedInAs,
    staffOnly: (handler) => async (request, response) => {
      const signedIn = await signedInAs(request);
      if (!signedIn) return sendJson(response, 401, { code: 'Unauthorized', message: `Sign in to the ${pageName}` });
      if (request.method !== 'GET' && !sameBuffers(request.header('x-csrf-token') ?? '', signedIn.session.csrfToken)) {
        return sendJson(response, 403, { code: 'Forbidden', message: 'Missing or wrong x-csrf-token' });
      }
      await handler(request, response, signedIn);
    },
    async signIn(request, response) {
      if (!isSameOrigin(request)) return sendSignInPage(response, 403, 'Sign in from this page.');
      const client = options.clientAddress(request);
      const body = loginBody.safeParse(request.body ?? {});
      const username = body.success ? body.data.username : '';
      // Counted before the password is checked, per person (client and username) and per client, so
      // parallel guesses wait too; a browser that signed in as this username before, on its own.
      const device = devices.deviceFor(readDeviceCookie(request), username);
      const attempt = { client, username, ...(device && { device }) };
      if (!passwordChecks.hasRoom(device !== undefined)) return signInBusy(response, username);
      const retryAfter = await throttle.begin(attempt);
      if (retryAfter > 0) {
        response.header('retry-after', String(retryAfter));
        return sendSignInPage(response, 429, `Too many failed attempts. Try again in ${Math.ceil(retryAfter / 60)} minutes.`);
      }
      const checked = body.success ? await passwordChecks.run(() => authenticateAdvisor(options, username, body.data.password), device !== undefined) : { ran: true as const, result: undefined };
      if (!checked.ran) return signInBusy(response, username);
      const advisor = checked.result;
      if (!advisor) {
        logger.info({ client }, `${pageName}: sign-in failed`);
        return sendSignInPage(response, 401, 'The username or password is not right.', username);
      }
      await throttle.succeeded(attempt);
      const { id, session } = await sessions.create(advisor);
      logger.info({ advisor }, `${pageName}: signed in`);
      response.writeHead(303, {
        location: path,
        'set-cookie': [sessionCookie(request, id, sessionSeconds(session), secureCookies), deviceCookie(request, devices.issue(username), devices.lifetimeSeconds, secureCookies)],
        'cache-control': 'no-store',
      });
      response.end();
    },
    async signOut(request, response, { sessionId, session }) {
      await sessions.end(sessionId);
      logger.info({ advisor: session.advisor }, `${pageName}: signed out`);
      response.writeHead(204, { 'set-cookie': clearedSessionCookie(request, secureCookies), 'cache-control': 'no-store' });
      response.end();
    },
  };
}
