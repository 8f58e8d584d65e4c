import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the fake CRM answers one request. */
export type CrmBehaviour =
  | { kind: 'accept' }
  | { kind: 'status'; status: number; retryAfterSeconds?: number }
  /** Drops the connection before processing. */
  | { kind: 'reset' }
  /** Processes the case, then drops the connection, so the sender never hears it succeeded. */
  | { kind: 'accept-then-reset' };

export interface FakeCrm {
  url: string;
  /** Cases the CRM has processed, by idempotency key, each with the body it processed. */
  processed: Map<string, unknown>;
  /** Signed requests that reached processing, by idempotency key: 1 for each key when every case was sent once. */
  deliveries: Map<string, number>;
  /** Requests that repeated a key the CRM had already processed; answered 200 without processing again. */
  duplicatesIgnored: number;
  badSignatures: number;
  requests: number;
  /** Answers for the next requests, in order; `fallback` after they run out. */
  script: CrmBehaviour[];
  fallback: CrmBehaviour;
  close(): Promise<void>;
}

const readBody = async (request: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

const signatureMatches = (body: string, header: string | undefined, secret: string): boolean => {
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(body).digest('hex')}`);
  const given = Buffer.from(header ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
};

/** A council CRM webhook receiver on 127.0.0.1 that checks signatures, de-duplicates by idempotency key and fails on cue. */
export async function startFakeCrm(secret: string): Promise<FakeCrm> {
  const crm: Omit<FakeCrm, 'url' | 'close'> = { processed: new Map(), deliveries: new Map(), duplicatesIgnored: 0, badSignatures: 0, requests: 0, script: [], fallback: { kind: 'accept' } };
  const server: Server = createServer(async (request, response) => {
    crm.requests += 1;
    const body = await readBody(request);
    const behaviour = crm.script.shift() ?? crm.fallback;
    if (behaviour.kind === 'reset') {
      request.socket.destroy();
      return;
    }
    if (behaviour.kind === 'status') {
      if (behaviour.retryAfterSeconds !== undefined) response.setHeader('retry-after', String(behaviour.retryAfterSeconds));
      // Separate calls: restify, when loaded in the same process, patches writeHead to return nothing.
      response.writeHead(behaviour.status);
      response.end();
      return;
    }
    if (!signatureMatches(body, request.headers['x-signature-256'] as string | undefined, secret)) {
      crm.badSignatures += 1;
      response.writeHead(401);
      response.end();
      return;
    }
    const key = String(request.headers['idempotency-key']);
    crm.deliveries.set(key, (crm.deliveries.get(key) ?? 0) + 1);
    if (crm.processed.has(key)) crm.duplicatesIgnored += 1;
    else crm.processed.set(key, JSON.parse(body));
    if (behaviour.kind === 'accept-then-reset') {
      request.socket.destroy();
      return;
    }
    response.writeHead(201, { 'content-type': 'application/json' });
    response.end('{"received":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(crm, {
    url: `http://127.0.0.1:${port}/webhooks/cases`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
