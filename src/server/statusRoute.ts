import type { Request, Response, Server } from 'restify';

export interface ServiceStatus {
  status: 'ready' | 'starting';
  startedAt: string;
  /** The LLM circuit: off (not configured), closed (in use), open (falling back), half-open (trying again). */
  llm: 'off' | 'closed' | 'open' | 'half-open';
  knowledge?: { articles: number; chunks: number; embeddingModel: string; builtAt: string };
}

/** GET /api/status (staff): what is running and which knowledge index it serves. */
export function registerStatusRoute(server: Server, status: () => ServiceStatus): void {
  server.get('/api/status', async (_request: Request, response: Response) => {
    response.send(200, status());
  });
}
