import type { Request, Response, Server } from 'restify';
import type { CaseSystem } from './caseSystem.js';

/** Staff look-up of a case by reference. The server-wide staff guard protects /api/ paths. */
export function registerCaseRoutes(server: Server, cases: CaseSystem): void {
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
