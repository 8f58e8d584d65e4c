import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import type { Logger } from '../logger.js';
import { checkInboundActivity, isHubEvent, type InboundRules } from './inboundActivity.js';
import { TurnGate, turnSender, type TurnLimits } from './turnGate.js';
import type { ResidentLimits } from '../channels/directLine/residentLimits.js';

export type TurnLogic = (context: TurnContext) => Promise<void>;

/**
 * Measured on 2 cores at 50 concurrent conversations (20 s each, a busy machine): 2, 4, 8 and
 * unlimited turns at once served about the same turns a second (64–72), but p99 was 1.4–1.6 s at
 * 2 and 4, 2.2 s at 8 and 7.2 s unlimited, and event-loop stalls over 100 ms numbered 1, 6, 8 and
 * 21. One encoder thread and one event loop are kept busy by a few turns; more only wait inside
 * the process instead of in this queue. The queue holds well over a minute's peak of a busy
 * council; past it a channel is asked to retry rather than left waiting behind minutes of turns.
 */
export const defaultTurnLimits: TurnLimits = { concurrent: 4, queued: 500 };

/** Seconds a refused channel is told to wait: a few turns' time, when the queue has moved on. */
const retryAfterSeconds = 2;

export interface BotEndpointOptions {
  gate?: TurnGate;
  /**
   * With authentication off anyone who reaches the port is a client: their messages count against
   * the chat page's limits, by client address (outside attack 13, H1: 700 long messages at once
   * froze every chat). With it on, every request comes from the Bot Framework's own service.
   */
  unauthenticated?: { limits: ResidentLimits; clientAddress: (request: Request) => string };
}

/**
 * POST /api/messages: Bot Framework channels (Teams, Azure's Direct Line, the Emulator) arrive here.
 * Activities are checked before the adapter sees them; with authentication off, only local channels
 * and loopback serviceUrls are accepted, so the bot cannot be made to post anywhere else.
 * Accepted activities pass the turn gate: a few run at once, the rest wait, 503 when the queue is full.
 */
export function registerBotEndpoint(server: Server, adapter: CloudAdapter, logic: TurnLogic, logger: Logger, rules: InboundRules, { gate = new TurnGate(defaultTurnLimits), unauthenticated }: BotEndpointOptions = {}): void {
  server.post('/api/messages', async (request: Request, response: Response) => {
    const checked = await checkInboundActivity(request.body, rules);
    if ('refusal' in checked) {
      logger.info({ refusal: checked.refusal }, 'activity refused');
      response.send(400, { code: 'BadRequest', message: checked.refusal });
      return;
    }
    if (!rules.authenticated && isHubEvent(checked.activity)) {
      logger.info({ conversationId: checked.activity.conversation.id }, 'handoff.status ignored: authentication is off, so it cannot be from a hub');
      response.send(200);
      return;
    }
    if (!rules.authenticated && unauthenticated && checked.activity.type === 'message') {
      const { activity } = checked;
      const wait = await unauthenticated.limits.message(`${activity.channelId}/${activity.conversation.id}`, unauthenticated.clientAddress(request), activity.text ?? '');
      if (wait > 0) {
        response.header('Retry-After', String(wait));
        response.send(429, { code: 'TooManyRequests', message: `Too many messages: try again in ${wait} seconds` });
        return;
      }
    }
    // Served by client address with authentication off (anyone may send), here and under the conversation's lock; otherwise by conversation.
    const sender = !rules.authenticated && unauthenticated ? unauthenticated.clientAddress(request) : undefined;
    // The adapter takes this very object as the turn's activity.
    request.body = sender === undefined ? checked.activity : turnSender.note(checked.activity, sender);
    const admitted = await gate.run(async () => {
      try {
        await adapter.process(request, response, logic);
      } catch (error) {
        // The adapter rejects activities it cannot parse; that is the sender's fault, not ours.
        logger.info({ reason: error instanceof Error ? error.message.split('\n')[0] : String(error) }, 'activity rejected by the adapter');
        if (!response.headersSent) response.send(400, { code: 'BadRequest', message: 'The activity could not be processed' });
      }
    }, sender ?? `${checked.activity.channelId}/${checked.activity.conversation.id}`);
    if (!admitted) {
      logger.warn({ conversationId: checked.activity.conversation.id }, 'turn refused: too many waiting');
      response.header('Retry-After', String(retryAfterSeconds));
      response.send(503, { code: 'ServiceUnavailable', message: 'Too many messages at once; please try again shortly' });
    }
  });
}
