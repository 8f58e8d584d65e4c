import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { handoffStatuses, type AdvisorDesk } from './handoffHub.js';

const query = z.object({ status: z.enum(handoffStatuses).default('waiting') });

/**
 * GET /api/handoffs?status=waiting|active|completed for staff tools and dashboards.
 * The staff bearer token is enforced by the server's /api/ guard; transcripts stay in the console.
 */
export function registerHandoffApi(server: Server, { hub }: { hub: AdvisorDesk }): void {
  server.get('/api/handoffs', async (request: Request, response: Response) => {
    const parsed = query.safeParse(request.query ?? {});
    if (!parsed.success) {
      response.send(400, { code: 'BadRequest', message: `status must be one of ${handoffStatuses.join(', ')}` });
      return;
    }
    const entries = await hub.list(parsed.data.status);
    response.header('cache-control', 'no-store');
    response.send(200, {
      items: entries.map(({ conversationId, channel, priority, reason, topic, summary, sentiment, suggestedArticles, waitingSince }) => ({
        conversationId,
        channel,
        priority,
        reason,
        topic,
        summary,
        sentiment,
        suggestedArticles,
        waitingSince,
      })),
    });
  });
}
