import { createHash } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
// The package's signature check alone, not its index and REST clients (see twimlResponse.ts).
import { validateRequest } from 'twilio/lib/webhooks/webhooks.js';
import { safetyNow } from '../../conversation/lockedTurn.js';
import type { Logger } from '../../logger.js';
import type { CouncilProfile } from '../../profile/councilProfile.js';
import type { TurnLogic } from '../../server/botEndpoint.js';
import { maxBodyBytes } from '../../server/bodyParsing.js';
import { readRawBody } from '../../server/rawBody.js';
import { late, settleWithin } from '../../settleWithin.js';
import { isDatabaseUnavailable } from '../../storage/sql/databaseUnavailable.js';
import type { AssessSafety } from '../../triage/safety.js';
import { spokenText } from '../rendering/speech.js';
import { emptyTwiml, unavailableTwiml, voiceWebhookPath } from './twimlResponse.js';
import type { VoiceAdapter } from './voiceAdapter.js';
import type { VoiceOptions } from './voiceOptions.js';
import { callEnded, webhookParametersSchema } from './webhookParameters.js';

export { voiceWebhookPath };

export interface VoiceRouteOptions extends VoiceOptions {
  adapter: VoiceAdapter;
  logic: TurnLogic;
  logger: Logger;
  /** What a caller hears when the database is not answering: the safety advice for what they said (spoken), and the apology with the number to ring. */
  unavailable: (speech: string) => { urgent: string[]; said: string };
  /** How long a turn may take before `unavailable` is said instead (`answerWithinMs` unless given). */
  answerWithinMs?: number;
}

/**
 * What a caller hears when their turn cannot run because the database is not answering: the safety
 * rules need no database, so what to do now for what they said, then an apology with the number to
 * ring and 999 (two-instance trial 20, PG20-02).
 */
export function whileUnavailable(profile: CouncilProfile, assessSafety: AssessSafety): VoiceRouteOptions['unavailable'] {
  return (speech) => ({
    urgent: spokenSafetyNow(profile, assessSafety)(speech),
    said: spokenText(`Sorry, I can't answer your call properly just now. Please call again in a few minutes, or call us on ${profile.council.phone}. If anyone is in danger, call ${profile.national.emergency}.`),
  });
}

/** What to do now and the numbers for what a caller said, from the safety rules alone, as spoken. */
export function spokenSafetyNow(profile: CouncilProfile, assessSafety: AssessSafety): (speech: string) => string[] {
  return (speech) => safetyNow(speech, assessSafety, profile).map(spokenText);
}

/**
 * How long a call's turn may take before the caller hears the safety rules' advice and an apology instead: Twilio waits 15 s
 * for TwiML, then plays its own error and hangs up. A stalled database held a gas call's advice 30 and 60 s (operations trial
 * 25, OPS25-01). A turn takes well under a second otherwise.
 */
export const answerWithinMs = 10_000;

/** A webhook has fewer than 40 parameters; a form with many more is not one. */
const maxParameters = 100;

/**
 * What makes two webhooks the same request: the address (which numbers the turn) and every
 * signed parameter. A provider retrying a webhook sends exactly this again.
 */
const fingerprintOf = (url: string, parameters: Record<string, string>): string =>
  createHash('sha256')
    .update(JSON.stringify([url, Object.entries(parameters).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]))
    .digest('base64url');

/** The turn a webhook answers, from the address the last TwiML gave it ("/api/voice?turn=3"); undefined for a call's first webhook. */
function turnAddressed(url: string): number | undefined {
  const turn = Number(new URL(url, 'http://webhook.invalid').searchParams.get('turn') ?? Number.NaN);
  return Number.isInteger(turn) && turn > 0 ? turn : undefined;
}

const sendTwiml = (response: Response, twiml: string): void => {
  response.sendRaw(200, twiml, { 'content-type': 'text/xml; charset=utf-8', 'cache-control': 'no-store' });
};

/**
 * The webhook a phone number calls: every turn of a call, and its status callbacks. The body is a
 * form; nothing in it is acted on until X-Twilio-Signature proves it came from the provider, over
 * the public URL the provider called (PUBLIC_BASE_URL + path and query) and every parameter. The
 * server must list `voiceWebhookPath` in createServer's `rawBodyRoutes`: this route reads its own
 * body, so no parameter is dropped before the signature is checked. Once signed, a request is
 * refused only for a call id the channel cannot key a call on; other odd values are tolerated
 * (src/channels/voice/webhookParameters.ts).
 */
export function registerVoiceRoutes(server: Server, { adapter, logic, logger, authToken, publicBaseUrl, unavailable, answerWithinMs: turnDeadlineMs = answerWithinMs }: VoiceRouteOptions): void {
  server.post(voiceWebhookPath, async (request: Request, response: Response) => {
    if (request.contentType().toLowerCase() !== 'application/x-www-form-urlencoded') {
      response.send(415, { code: 'UnsupportedMediaType', message: 'Send application/x-www-form-urlencoded' });
      return;
    }
    const rawBody = await readRawBody(request, maxBodyBytes);
    if (!rawBody) {
      response.send(413, { code: 'PayloadTooLarge', message: `Request body size exceeds ${maxBodyBytes}` });
      return;
    }
    const form = new URLSearchParams(rawBody.toString('utf8'));
    if ([...form.keys()].length > maxParameters) {
      response.send(400, { code: 'BadRequest', message: 'Too many parameters' });
      return;
    }
    const parameters = Object.fromEntries(form);
    const url = request.url ?? voiceWebhookPath;
    const signature = request.header('x-twilio-signature');
    if (!signature || !validateRequest(authToken, signature, `${publicBaseUrl}${url}`, parameters)) {
      logger.warn('voice webhook with a missing or wrong signature refused');
      response.send(403, { code: 'Forbidden', message: 'A valid X-Twilio-Signature is required' });
      return;
    }
    const parsed = webhookParametersSchema.safeParse(parameters);
    if (!parsed.success) {
      logger.warn({ issues: parsed.error.issues.map((issue) => issue.path.join('.')) }, 'voice webhook not understood');
      response.send(400, { code: 'BadRequest', message: 'CallSid must be a call id (CA and 32 hex digits)' });
      return;
    }
    if (callEnded.has(parsed.data.CallStatus)) {
      await adapter.hangUp(parsed.data, logic);
      sendTwiml(response, emptyTwiml());
      return;
    }
    const whileUnanswered = () => {
      const { urgent, said } = unavailable(parsed.data.SpeechResult ?? '');
      sendTwiml(response, unavailableTwiml(urgent, said));
    };
    const turn = adapter.answer(parsed.data, fingerprintOf(url, parameters), logic, turnAddressed(url));
    try {
      const twiml = await settleWithin(turn, turnDeadlineMs);
      if (twiml !== late) return sendTwiml(response, twiml);
      // A database that has stopped answering without closing its connections holds a turn until the client gives up (25 s);
      // the provider gives up on a webhook at 15 s and the caller hears its error. The safety rules need no database.
      logger.warn('voice turn not answered in time (the database or the server is stalled): the safety advice and an apology said instead');
      turn.catch((error: unknown) => logger.warn({ err: error }, 'a voice turn answered late failed'));
      whileUnanswered();
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      logger.warn({ err: error }, 'voice turn not run: the database is not answering');
      whileUnanswered();
    }
  });
}
