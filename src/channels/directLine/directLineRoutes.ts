import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import type { Logger } from '../../logger.js';
import type { TurnLogic } from '../../server/botEndpoint.js';
import type { DirectLineAdapter } from './directLineAdapter.js';
import type { DirectLineStore } from './directLineStore.js';
import type { DirectLineTokenClaims, DirectLineTokens } from './directLineTokens.js';
import { readResidentActivity } from './residentActivity.js';
import type { ResidentLimits } from './residentLimits.js';

export interface DirectLineOptions {
  store: DirectLineStore;
  tokens: DirectLineTokens;
  /** Runs the bot in this process and writes its replies to the store. */
  adapter: DirectLineAdapter;
  logic: TurnLogic;
  logger: Logger;
  /** The bot's id as seen in conversations. */
  botId: string;
  /** The client's address, as the new-conversation limit counts it. */
  clientAddress: (request: Request) => string;
  limits: ResidentLimits;
  /** The app's clock, as the adapter stamps the bot's replies: Web Chat orders messages by their timestamps. */
  now: () => Date;
}

const clientBase = '/v3/directline';

/**
 * A Direct Line 3.0–compatible endpoint (polling) so the official Web Chat client talks to
 * this bot with no cloud service. A resident's messages go to the bot in this process (see
 * DirectLineAdapter), and the bot's replies, advisors' included, come back through the store.
 */
export function registerDirectLineRoutes(server: Server, options: DirectLineOptions): void {
  const { store, tokens, adapter, logger, limits } = options;

  const tooMany = (response: Response, seconds: number, what: string): void => {
    response.header('retry-after', String(seconds));
    response.send(429, { error: { code: 'TooManyRequests', message: `Too many ${what}: try again in ${seconds} seconds` } });
  };

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

  const deliverToBot = async (activity: Partial<Activity>, logic = options.logic): Promise<void> => {
    try {
      await adapter.processActivity(activity, logic);
    } catch (error) {
      logger.error({ conversationId: activity.conversation?.id, err: error }, 'directline: the bot could not take an activity');
    }
  };

  /**
   * Runs the turn of a resident's logged activity unless it has finished already, on any instance:
   * the check is inside the turn, under the conversation's lock, so two retries of one message
   * arriving at two instances at once run it once. True once its turn has finished, here or before.
   */
  const runTurnOnce = async (conversationId: string, activity: Partial<Activity> & { id: string }): Promise<boolean> => {
    let finished = false;
    await deliverToBot(activity, async (context) => {
      if (!(await store.isHandled(conversationId, activity.id))) {
        await options.logic(context);
        await store.markHandled(conversationId, activity.id);
      }
      finished = true;
    });
    return finished;
  };

  /** The bot's view of a resident's activity: who sent it comes from the token, never the body. */
  const toBotActivity = (claims: DirectLineTokenClaims, activity: Partial<Activity>, id: string): Partial<Activity> & { id: string } => ({
    ...activity,
    id,
    channelId: 'webchat',
    conversation: { id: claims.conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: claims.userId, name: '', role: 'user' },
    recipient: { id: options.botId, name: '', role: 'bot' },
    timestamp: options.now(),
  });

  // A new resident session: a conversation and a token for it.
  server.post(`${clientBase}/tokens/generate`, async (request: Request, response: Response) => {
    const wait = await limits.newConversation(options.clientAddress(request));
    if (wait > 0) return tooMany(response, wait, 'new conversations');
    const conversationId = randomUUID();
    const userId = `dl_${randomUUID()}`;
    await store.createConversation(conversationId, userId);
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
    if (!(await store.findConversation(claims.conversationId))) await store.createConversation(claims.conversationId, claims.userId);
    response.send(201, conversationResponse(claims));
    if (await store.claimStart(claims.conversationId)) {
      await deliverToBot(toBotActivity(claims, { type: 'conversationUpdate', membersAdded: [{ id: claims.userId, name: '' }] }, randomUUID()));
    }
  });

  server.get(`${clientBase}/conversations/:conversationId`, async (request: Request, response: Response) => {
    const claims = claimsFor(request, response, request.params.conversationId);
    if (!claims) return;
    if (!(await store.findConversation(claims.conversationId))) {
      response.send(404, { error: { code: 'BadArgument', message: 'Unknown conversation' } });
      return;
    }
    response.send(200, conversationResponse(claims));
  });

  // As Azure's Direct Line, the POST is answered once the bot's turn has run: if this instance
  // dies mid-turn the request fails, and a resend under the same clientActivityID runs the turn
  // the dead instance did not finish, or nothing if it did.
  server.post(`${clientBase}/conversations/:conversationId/activities`, async (request: Request, response: Response) => {
    const claims = claimsFor(request, response, request.params.conversationId);
    if (!claims) return;
    const wait = await limits.message(claims.conversationId);
    if (wait > 0) return tooMany(response, wait, 'messages');
    const read = readResidentActivity(request.body);
    if ('refusal' in read) {
      response.send(400, { error: { code: 'BadArgument', message: read.refusal } });
      return;
    }
    const logged = await store.appendOnce(
      claims.conversationId,
      { ...read.activity, from: { id: claims.userId, role: 'user' }, timestamp: options.now().toISOString() },
      read.activity.channelData?.clientActivityID,
    );
    if (logged.handled || (await runTurnOnce(claims.conversationId, toBotActivity(claims, read.activity, logged.id)))) {
      response.send(200, { id: logged.id });
      return;
    }
    response.send(502, { error: { code: 'BotError', message: 'The message could not be answered: send it again' } });
  });

  server.get(`${clientBase}/conversations/:conversationId/activities`, async (request: Request, response: Response) => {
    const claims = claimsFor(request, response, request.params.conversationId);
    if (!claims) return;
    const watermark = Number.parseInt(String(request.query?.watermark ?? ''), 10);
    const page = await store.activitiesSince(claims.conversationId, Number.isFinite(watermark) ? watermark : 0);
    response.send(200, { activities: page.activities, watermark: String(page.watermark) });
  });
}
