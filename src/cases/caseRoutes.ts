import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { caseListFilter, type CaseSystem } from './caseSystem.js';

/** What a staff listing may ask for; anything else is a 400 naming the parameter. */
const listQuery = z.object({
  channel: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,31}$/, 'must be a channel id such as voice, webchat, whatsapp or msteams')
    .optional(),
  since: z.iso.datetime({ offset: true, error: 'must be an ISO 8601 instant, e.g. 2026-12-01T00:00:00Z' }).optional(),
  limit: z.coerce.number().int().min(1).max(caseListFilter.maxLimit).default(caseListFilter.defaultLimit),
});

/** Staff look-up and listing of cases. The server-wide staff guard protects /api/ paths. */
export function registerCaseRoutes(server: Server, cases: CaseSystem): void {
  server.get('/api/cases', async (request: Request, response: Response) => {
    const query = listQuery.safeParse(request.query ?? {});
    if (!query.success) {
      response.send(400, { error: query.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ') });
      return;
    }
    const { channel, since, limit } = query.data;
    const found = await cases.list({ channel, since: since === undefined ? undefined : new Date(since), limit });
    response.send(200, { items: found.map(({ reference, type, status, channel, createdAt }) => ({ reference, type, status, channel, createdAt })) });
  });

  server.get('/api/cases/:reference', async (request: Request, response: Response) => {
    const found = await cases.find(String(request.params.reference ?? ''));
    if (!found) {
      response.send(404, { error: 'case not found' });
      return;
    }
    const { reference, type, status, priority, createdAt, channel, details } = found;
    response.send(200, { reference, type, status, priority, createdAt, channel, details });
  });
}
