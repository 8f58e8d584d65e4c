import type { Request, Response, Server } from 'restify';

/** Deliveries to the CRM that were given up, and how staff send them again once the CRM is back. */
export interface DeadDeliveries {
  /** Puts every dead delivery back in the queue, due now, with its attempts kept; returns their references. */
  requeueDead(): Promise<string[]>;
  /** The same for one case; its reference as stored, or undefined when the case is unknown or its delivery is not dead. */
  requeue(reference: string): Promise<string | undefined>;
}

/**
 * Staff requeue of dead CRM deliveries (CASE_SYSTEM=crm-webhook). Under /api/, so the
 * server-wide staff guard protects them; POST because each call sends cases to the CRM.
 */
export function registerOutboxRoutes(server: Server, deliveries: DeadDeliveries): void {
  server.post('/api/cases/outbox/requeue', async (_request: Request, response: Response) => {
    response.send(200, { requeued: await deliveries.requeueDead() });
  });

  server.post('/api/cases/outbox/requeue/:reference', async (request: Request, response: Response) => {
    const requeued = await deliveries.requeue(String(request.params.reference ?? ''));
    if (!requeued) {
      response.send(404, { error: 'no dead delivery for this case' });
      return;
    }
    response.send(200, { requeued: [requeued] });
  });
}
