import type { Request, Response, Server } from 'restify';
import type { Logger } from '../../logger.js';
import type { TurnLogic } from '../../server/botEndpoint.js';
import { maxBodyBytes } from '../../server/bodyParsing.js';
import { readRawBody } from '../../server/rawBody.js';
import type { WhatsAppAdapter } from './whatsAppAdapter.js';
import { webhookPayloadSchema } from './webhookPayload.js';
import { signatureMatches, verifyTokenMatches } from './webhookSignature.js';

export const whatsAppWebhookPath = '/api/whatsapp';

export interface WhatsAppRouteOptions {
  adapter: WhatsAppAdapter;
  logic: TurnLogic;
  verifyToken: string;
  appSecret: string;
  logger: Logger;
}

/**
 * The webhook Meta calls: GET for the subscription handshake, POST for messages and delivery
 * statuses. A POST is answered as soon as it is verified and recorded; the turns run afterwards.
 * The server must list `whatsAppWebhookPath` in createServer's `rawBodyRoutes`: this route reads its own body.
 */
export function registerWhatsAppRoutes(server: Server, { adapter, logic, verifyToken, appSecret, logger }: WhatsAppRouteOptions): void {
  server.get(whatsAppWebhookPath, async (request: Request, response: Response) => {
    // Read the query string itself: the parameter names contain dots ("hub.mode").
    const query = new URL(request.url ?? '', 'http://localhost').searchParams;
    const challenge = query.get('hub.challenge') ?? '';
    if (query.get('hub.mode') !== 'subscribe' || !verifyTokenMatches(query.get('hub.verify_token') ?? '', verifyToken) || challenge.length > 256) {
      logger.warn('WhatsApp webhook handshake refused');
      response.send(403, { code: 'Forbidden', message: 'Verification failed' });
      return;
    }
    response.sendRaw(200, challenge, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' });
  });

  server.post(whatsAppWebhookPath, async (request: Request, response: Response) => {
    // Only the exact bytes count, and nothing of the body is parsed until they are proved to be Meta's.
    const rawBody = await readRawBody(request, maxBodyBytes);
    if (!rawBody) {
      response.send(413, { code: 'PayloadTooLarge', message: `Request body size exceeds ${maxBodyBytes}` });
      return;
    }
    if (!signatureMatches(rawBody, request.header('x-hub-signature-256'), appSecret)) {
      logger.warn('WhatsApp webhook with a missing or wrong signature refused');
      response.send(401, { code: 'Unauthorized', message: 'A valid X-Hub-Signature-256 is required' });
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(rawBody.toString('utf8'));
    } catch {
      response.send(400, { code: 'BadRequest', message: 'The body is not JSON' });
      return;
    }
    const payload = webhookPayloadSchema.safeParse(json);
    if (!payload.success) {
      logger.warn({ issues: payload.error.issues.map((issue) => issue.path.join('.')) }, 'WhatsApp webhook not understood');
      response.send(400, { code: 'BadRequest', message: 'Not a WhatsApp Business Account webhook' });
      return;
    }
    await adapter.receive(payload.data, logic);
    response.send(200);
  });
}
