import type { Request, Response, Server } from 'restify';
import twilio from 'twilio';
import type { Logger } from '../../logger.js';
import type { TurnLogic } from '../../server/botEndpoint.js';
import { maxBodyBytes } from '../../server/bodyParsing.js';
import { readRawBody } from '../../server/rawBody.js';
import { emptyTwiml, voiceWebhookPath } from './twimlResponse.js';
import type { VoiceAdapter } from './voiceAdapter.js';
import type { VoiceOptions } from './voiceOptions.js';
import { callEnded, webhookParametersSchema } from './webhookParameters.js';

export { voiceWebhookPath };

export interface VoiceRouteOptions extends VoiceOptions {
  adapter: VoiceAdapter;
  logic: TurnLogic;
  logger: Logger;
}

/** A webhook has fewer than 40 parameters; a form with many more is not one. */
const maxParameters = 100;

const sendTwiml = (response: Response, twiml: string): void => {
  response.sendRaw(200, twiml, { 'content-type': 'text/xml; charset=utf-8', 'cache-control': 'no-store' });
};

/**
 * The webhook a phone number calls: every turn of a call, and its status callbacks. The body is a
 * form; nothing in it is acted on until X-Twilio-Signature proves it came from the provider, over
 * the public URL the provider called (PUBLIC_BASE_URL + path and query) and every parameter. The
 * server must list `voiceWebhookPath` in createServer's `rawBodyRoutes`: this route reads its own
 * body, so no parameter is dropped before the signature is checked.
 */
export function registerVoiceRoutes(server: Server, { adapter, logic, logger, authToken, publicBaseUrl }: VoiceRouteOptions): void {
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
    const signature = request.header('x-twilio-signature');
    if (!signature || !twilio.validateRequest(authToken, signature, `${publicBaseUrl}${request.url ?? voiceWebhookPath}`, parameters)) {
      logger.warn('voice webhook with a missing or wrong signature refused');
      response.send(403, { code: 'Forbidden', message: 'A valid X-Twilio-Signature is required' });
      return;
    }
    const parsed = webhookParametersSchema.safeParse(parameters);
    if (!parsed.success) {
      logger.warn({ issues: parsed.error.issues.map((issue) => issue.path.join('.')) }, 'voice webhook not understood');
      response.send(400, { code: 'BadRequest', message: 'Not a voice webhook' });
      return;
    }
    if (callEnded.has(parsed.data.CallStatus)) {
      await adapter.hangUp(parsed.data, logic);
      sendTwiml(response, emptyTwiml());
      return;
    }
    sendTwiml(response, await adapter.answer(parsed.data, logic));
  });
}
