import type { Request, Response, Server } from 'restify';
import type { OutboxSummary } from '../cases/outbox.js';

export interface ServiceStatus {
  status: 'ready' | 'starting';
  startedAt: string;
  /** The LLM circuit: off (not configured), closed (in use), open (falling back), half-open (trying again). */
  llm: 'off' | 'closed' | 'open' | 'half-open';
  knowledge?: { articles: number; chunks: number; embeddingModel: string; builtAt: string };
  /** The CRM outbox when CASE_SYSTEM=crm-webhook: cases waiting, cases given up (dead), and how long the oldest has waited. */
  caseDelivery?: OutboxSummary;
}

/** GET /api/status (staff): what is running and which knowledge index it serves. */
export function registerStatusRoute(server: Server, status: () => ServiceStatus | Promise<ServiceStatus>): void {
  server.get('/api/status', async (_request: Request, response: Response) => {
    response.send(200, await status());
  });
}
