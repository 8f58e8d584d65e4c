import { randomUUID } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { Logger } from '../../logger.js';
import type { ActivityJson, DirectLineStore } from './directLineStore.js';
import type { DirectLineTokenClaims, DirectLineTokens } from './directLineTokens.js';

export interface DirectLineOptions {
  store: DirectLineStore;
  tokens: DirectLineTokens;
  logger: Logger;
  /** The bot's id as seen in conversations. */
  botId: string;
  /** Base URL of this server as the bot reaches it, e.g. http://127.0.0.1:3978 */
  selfUrl: () => string;
  /** Unguessable path segment of the connector routes, so only the bot can post replies. */
  connectorKey: string;
}

const clientBase = '/v3/directline';
/** Where the bot sends its replies: the Bot Connector API shape, served by this process. */
const connectorBase = '/directline-connector/:connectorKey';

/**
 * A Direct Line 3.0–compatible endpoint (polling) so the official Web Chat client talks to
 * this bot with no cloud service. Activities from Web Chat are posted to the bot's own
 * /api/messages exactly as Azure's Direct Line would, and the bot's replies (including
 * proactive ones from an advisor) come back through the connector routes.
 */
export function registerDirectLineRoutes(server: Server, options: DirectLineOptions): void {
  const { store, tokens, logger } = options;

  const claimsFor = (request: Request, response: Response, conversationId?: string): DirectLineTokenClaims | undefined => {
    const header = request.header('authorization') ?? '';
    const claims = header.startsWith('Bearer ') ? tokens.verify(header.slice(7)) : undefined;
    if (!claims) {
      response.send(403, { error: { code: 'TokenExpired', message: 'Missing, invalid or expired token' } });
      return undefined;
    }
    if (conversationId !== undefined && claims.conversationId !== conversationId) {
      response.send(403, { error: { code: 'BadArgument', message: 'Token is not valid for this conversation' } });
      return undefined;
    }
    return claims;
  };

  const conversationResponse = (claims: DirectLineTokenClaims) => ({
    conversationId: claims.conversationId,
    token: tokens.issue(claims.conversationId, claims.userId),
    expires_in: tokens.lifetimeSeconds,
  });

  const deliverToBot = async (conversationId: string, activity: ActivityJson): Promise<void> => {
    try {
      const reply = await fetch(`${options.selfUrl()}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      });
      if (!reply.ok) logger.warn({ conversationId, status: reply.status }, 'directline: bot rejected an activity');
    } catch (error) {
      logger.error({ conversationId, err: error }, 'directline: could not reach the bot');
    }
  };

  const toBotActivity = (claims: DirectLineTokenClaims, activity: ActivityJson, id: string): ActivityJson => ({
    ...activity,
    id,
    channelId: 'webchat',
    serviceUrl: `${options.selfUrl()}/directline-connector/${options.connectorKey}`,
    conversation: { id: claims.conversationId },
    from: { ...(activity.from as object | undefined), id: claims.userId, role: 'user' },
    recipient: { id: options.botId, role: 'bot' },
    timestamp: new Date().toISOString(),
  });

  // A new resident session: a conversation and a token for it.
  server.post(`${clientBase}/tokens/generate`, async (_request: Request, response: Response) => {
    const conversationId = randomUUID();
    const userId = `dl_${randomUUID()}`;
    store.createConversation(conversationId, userId);
    response.send(200, conversationResponse({ conversationId, userId, expiresAt: 0 }));
  });

  server.post(`${clientBase}/tokens/refresh`, async (request: Request, response: Response) => {
    const claims = claimsFor(request, response);
    if (claims) response.send(200, conversationResponse(claims));
  });

  // Start (or rejoin) the token's conversation; the bot hears of it once, as the Emulator does.
  server.post(`${clientBase}/conversations`, async (request: Request, response: Response) => {
    const claims = claimsFor(request, response);
    if (!claims) return;
    if (!store.findConversation(claims.conversationId)) store.createConversation(claims.conversationId, claims.userId);
    response.send(201, conversationResponse(claims));
    if (store.claimStart(claims.conversationId)) {
      const update = toBotActivity(claims, { type: 'conversationUpdate', membersAdded: [{ id: claims.userId }] }, randomUUID());
      await deliverToBot(claims.conversationId, update);
    }
  });

  server.get(`${clientBase}/conversations/:conversationId`, async (request: Request, response: Response) => {
    const claims = claimsFor(request, response, request.params.conversationId);
    if (!claims) return;
    if (!store.findConversation(claims.conversationId)) return response.send(404, { error: { code: 'BadArgument', message: 'Unknown conversation' } });
    response.send(200, conversationResponse(claims));
  });

  server.post(`${clientBase}/conversations/:conversationId/activities`, async (request: Request, response: Response) => {
    const claims = claimsFor(request, response, request.params.conversationId);
    if (!claims) return;
    const body = request.body as ActivityJson | undefined;
    if (!body || typeof body !== 'object' || typeof body.type !== 'string') {
      return response.send(400, { error: { code: 'BadArgument', message: 'An activity with a type is required' } });
    }
    const stored: ActivityJson = { ...body, from: { id: claims.userId, role: 'user' }, timestamp: new Date().toISOString() };
    const id = store.append(claims.conversationId, stored);
    response.send(200, { id });
    await deliverToBot(claims.conversationId, toBotActivity(claims, body, id));
  });

  server.get(`${clientBase}/conversations/:conversationId/activities`, async (request: Request, response: Response) => {
    const claims = claimsFor(request, response, request.params.conversationId);
    if (!claims) return;
    const watermark = Number.parseInt(String(request.query?.watermark ?? ''), 10);
    const page = store.activitiesSince(claims.conversationId, Number.isFinite(watermark) ? watermark : 0);
    response.send(200, { activities: page.activities, watermark: String(page.watermark) });
  });

  // The bot's side: replies and proactive messages, shaped like the Bot Connector API.
  const receiveFromBot = async (request: Request, response: Response) => {
    const conversationId = request.params.conversationId as string;
    if (request.params.connectorKey !== options.connectorKey) return response.send(404, { error: { code: 'NotFound', message: 'Not found' } });
    if (!store.findConversation(conversationId)) return response.send(404, { error: { code: 'BadArgument', message: 'Unknown conversation' } });
    const activity = request.body as ActivityJson;
    const id = store.append(conversationId, { ...activity, timestamp: new Date().toISOString() });
    response.send(200, { id });
  };
  server.post(`${connectorBase}/v3/conversations/:conversationId/activities`, receiveFromBot);
  server.post(`${connectorBase}/v3/conversations/:conversationId/activities/:replyToId`, receiveFromBot);
}
