import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { Logger } from '../logger.js';
import type { CouncilProfile } from '../profile/councilProfile.js';
import { fillTemplate, serveAsset, staffPageHeaders } from '../server/staffPageHtml.js';
import { sendJson, staffPage, type StaffHandler, type StaffSignIn } from '../server/staffSessions.js';
import { advisorDisplayName } from './advisorAuth.js';
import { createAdvisorEventStreams } from './advisorEventStreams.js';
import { HandoffStateError, type AdvisorDesk, type HandoffEntry, type ResidentChannel } from './handoffHub.js';
import { handoffDetailLines, openingWords } from './handoffSummary.js';

/** The sign-in form posts here as application/x-www-form-urlencoded (createServer's formRoutes). */
export const advisorSignInRoute = '/advisor/login';

export interface AdvisorConsoleOptions {
  hub: AdvisorDesk;
  residents: ResidentChannel;
  /** The staff accounts, sessions and sign-in throttle, shared with the dashboard. */
  signIn: StaffSignIn;
  profile: CouncilProfile;
  logger: Logger;
}

export interface AdvisorConsole {
  /** Ends the live event streams so the HTTP server can close. */
  close(): void;
}

const consoleDirectory = join(dirname(fileURLToPath(import.meta.url)), 'console');
const readConsoleFile = (name: string): string => readFileSync(join(consoleDirectory, name), 'utf8');

const replyBody = z.object({
  text: z.string().trim().min(1, 'the reply is empty').max(2000, 'the reply is longer than 2000 characters'),
  /** The console's id for this reply, the same when it is sent again after an error: a resend is not delivered twice. */
  key: z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'the reply key is not a key').optional(),
});

const queueItem = (entry: HandoffEntry) => ({
  conversationId: entry.conversationId,
  openingWords: openingWords(entry),
  channel: entry.channel,
  priority: entry.priority,
  reason: entry.reason,
  topic: entry.topic,
  waitingSince: entry.waitingSince,
  advisor: entry.advisor,
});

/** What the console shows the advisor: the error's own message is for the log ("handoff for conversation …: reply-in-progress"). */
const problemMessages: Record<HandoffStateError['problem'], string> = {
  'not-found': 'This conversation has no open handoff any more.',
  'not-active': 'Accept this conversation before replying to it.',
  'held-by-another-advisor': 'Another advisor has taken this conversation.',
  'reply-in-progress': 'This reply is still being sent. Wait a moment, then send it again if it does not appear.',
  'reply-key-reused': 'This reply was already sent with other words. Send the new words as a new reply.',
};

const statusForProblem: Record<HandoffStateError['problem'], number> = {
  'not-found': 404,
  'not-active': 409,
  'held-by-another-advisor': 409,
  'reply-in-progress': 409,
  'reply-key-reused': 422,
};

/**
 * The advisor console: sign-in, the page, its JSON API and a live event stream.
 * Every /advisor/api route needs a session (401); every state-changing one also needs the
 * session's CSRF token in `x-csrf-token` (403). Nothing here is reachable by residents.
 */
export function registerAdvisorConsole(server: Server, options: AdvisorConsoleOptions): AdvisorConsole {
  const { hub, residents, signIn, profile, logger } = options;
  const { sessions } = signIn;
  const streams = createAdvisorEventStreams(hub, sessions);
  const templates = { console: readConsoleFile('console.html'), signIn: readConsoleFile('signin.html') };
  const assets = { script: readConsoleFile('console.js'), styles: readConsoleFile('console.css') };
  const sendSignInPage = (response: Response, status: number, message = '', username = ''): void => {
    response.writeHead(status, staffPageHeaders);
    response.end(fillTemplate(templates.signIn, { councilName: profile.council.name, message, username }));
  };
  const staff = staffPage({ ...signIn, logger, path: '/advisor', pageName: 'advisor console', sendSignInPage });

  /** The staff guard, with handoff state errors answered as 404/409. */
  const advisorOnly = (handler: StaffHandler) =>
    staff.staffOnly(async (request, response, signedIn) => {
      try {
        await handler(request, response, signedIn);
      } catch (error) {
        if (!(error instanceof HandoffStateError)) throw error;
        sendJson(response, statusForProblem[error.problem], { code: error.problem, message: problemMessages[error.problem] });
      }
    });

  const conversationIdOf = (request: Request): string => String(request.params.conversationId);

  server.get('/advisor', async (request: Request, response: Response) => {
    const signedIn = await staff.signedInAs(request);
    if (!signedIn) return sendSignInPage(response, 200);
    response.writeHead(200, staffPageHeaders);
    response.end(
      fillTemplate(templates.console, {
        councilName: profile.council.name,
        openingHours: profile.council.openingHours.summary,
        advisor: signedIn.session.advisor,
        displayName: advisorDisplayName(signIn, signedIn.session.advisor),
        csrfToken: signedIn.session.csrfToken,
      }),
    );
  });

  server.get('/advisor/console.js', serveAsset(assets.script, 'application/javascript; charset=utf-8'));
  server.get('/advisor/console.css', serveAsset(assets.styles, 'text/css; charset=utf-8'));

  server.post(advisorSignInRoute, staff.signIn);

  server.post(
    '/advisor/logout',
    advisorOnly(async (request, response, signedIn) => {
      await staff.signOut(request, response, signedIn);
    }),
  );

  server.get(
    '/advisor/api/queue',
    advisorOnly(async (_request, response) => {
      const [waiting, active, waitingCount] = await Promise.all([hub.list('waiting'), hub.list('active'), hub.count('waiting')]);
      sendJson(response, 200, { waiting: waiting.map(queueItem), active: active.map(queueItem), waitingCount });
    }),
  );

  server.get(
    '/advisor/api/conversations/:conversationId',
    advisorOnly(async (request, response) => {
      const entry = await hub.latest(conversationIdOf(request));
      if (!entry) return sendJson(response, 404, { code: 'not-found', message: 'No handoff for this conversation' });
      sendJson(response, 200, { ...entry, detailLines: handoffDetailLines(entry.details) });
    }),
  );

  server.post(
    '/advisor/api/conversations/:conversationId/accept',
    advisorOnly(async (request, response, { session }) => {
      const conversationId = conversationIdOf(request);
      const entry = await hub.accept(conversationId, session.advisor);
      logger.info({ conversationId, advisor: session.advisor }, 'handoff accepted');
      try {
        await residents.handoffAccepted?.(conversationId, advisorDisplayName(signIn, session.advisor));
      } catch (error) {
        // The advisor holds the conversation either way; the resident simply misses the notice.
        logger.error({ err: error, conversationId }, 'handoff accepted but the resident could not be told');
      }
      sendJson(response, 200, entry);
    }),
  );

  server.post(
    '/advisor/api/conversations/:conversationId/reply',
    advisorOnly(async (request, response, { session }) => {
      const conversationId = conversationIdOf(request);
      const body = replyBody.safeParse(request.body ?? {});
      if (!body.success) return sendJson(response, 400, { code: 'BadRequest', message: body.error.issues.map((issue) => issue.message).join('; ') });
      const { text, key } = body.data;
      try {
        const line = await hub.advisorMessage(
          conversationId,
          session.advisor,
          text,
          () => residents.sendToResident(conversationId, text, advisorDisplayName(signIn, session.advisor), key),
          key,
        );
        sendJson(response, 201, line);
      } catch (error) {
        if (error instanceof HandoffStateError) throw error;
        logger.error({ err: error, conversationId }, 'advisor reply could not be delivered');
        sendJson(response, 502, { code: 'NotDelivered', message: 'The reply could not be delivered to the resident; try again' });
      }
    }),
  );

  server.post(
    '/advisor/api/conversations/:conversationId/end',
    advisorOnly(async (request, response, { session }) => {
      const conversationId = conversationIdOf(request);
      const entry = await hub.complete(conversationId, session.advisor);
      logger.info({ conversationId, advisor: session.advisor }, 'handoff ended');
      try {
        await residents.handoffEnded(conversationId);
      } catch (error) {
        logger.error({ err: error, conversationId }, 'handoff ended but the bot could not take the conversation back');
      }
      sendJson(response, 200, entry);
    }),
  );

  server.get(
    '/advisor/api/events',
    advisorOnly(async (_request, response, signedIn) => {
      streams.open(response, signedIn);
    }),
  );

  return { close: () => streams.close() };
}
