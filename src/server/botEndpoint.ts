import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import type { Logger } from '../logger.js';
import { checkInboundActivity, isHubEvent, type InboundRules } from './inboundActivity.js';

export type TurnLogic = (context: TurnContext) => Promise<void>;

/**
 * POST /api/messages: Bot Framework channels (Teams, Azure's Direct Line, the Emulator) arrive here.
 * Activities are checked before the adapter sees them; with authentication off, only local channels
 * and loopback serviceUrls are accepted, so the bot cannot be made to post anywhere else.
 */
export function registerBotEndpoint(server: Server, adapter: CloudAdapter, logic: TurnLogic, logger: Logger, rules: InboundRules): void {
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
    request.body = checked.activity;
    try {
      await adapter.process(request, response, logic);
    } catch (error) {
      // The adapter rejects activities it cannot parse; that is the sender's fault, not ours.
      logger.info({ reason: error instanceof Error ? error.message.split('\n')[0] : String(error) }, 'activity rejected by the adapter');
      if (!response.headersSent) response.send(400, { code: 'BadRequest', message: 'The activity could not be processed' });
    }
  });
}
