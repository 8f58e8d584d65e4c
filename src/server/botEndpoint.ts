import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import type { Logger } from '../logger.js';

export type TurnLogic = (context: TurnContext) => Promise<void>;

/** POST /api/messages: every Bot Framework channel (Direct Line, Teams, the Emulator) arrives here. */
export function registerBotEndpoint(server: Server, adapter: CloudAdapter, logic: TurnLogic, logger: Logger): void {
  server.post('/api/messages', async (request: Request, response: Response) => {
    const body: unknown = request.body;
    if (!body || typeof body !== 'object' || Array.isArray(body) || typeof (body as { type?: unknown }).type !== 'string') {
      response.send(400, { code: 'BadRequest', message: 'The body must be a Bot Framework activity with a type' });
      return;
    }
    try {
      await adapter.process(request, response, logic);
    } catch (error) {
      // The adapter rejects activities it cannot parse; that is the sender's fault, not ours.
      logger.warn({ err: error }, 'activity rejected');
      if (!response.headersSent) response.send(400, { code: 'BadRequest', message: 'The activity could not be processed' });
    }
  });
}
