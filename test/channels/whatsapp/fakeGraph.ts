import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GraphRequest {
  path: string;
  authorization: string | undefined;
  body: Record<string, unknown>;
}

/** How the next request is answered: a status other than 200 fails it; `delayMs` answers it that late. */
interface ScriptedFailure {
  status: number;
  headers?: Record<string, string>;
  delayMs?: number;
  /** Meta's error code in the failure's body: 130429 for a 429, else 1 unless given. */
  code?: number;
}

/** A stand-in for graph.facebook.com on 127.0.0.1: records each request; can fail the next ones on demand. */
export interface FakeGraph {
  url: string;
  requests: GraphRequest[];
  failNext(...failures: ScriptedFailure[]): void;
  close(): Promise<void>;
}

const readBody = async (request: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

export async function startFakeGraph(): Promise<FakeGraph> {
  const requests: GraphRequest[] = [];
  const failures: ScriptedFailure[] = [];
  const server = createServer(async (request, response) => {
    const body = JSON.parse(await readBody(request)) as Record<string, unknown>;
    requests.push({ path: request.url ?? '', authorization: request.headers.authorization, body });
    const failure = failures.shift();
    if (failure?.delayMs) await new Promise((resolve) => setTimeout(resolve, failure.delayMs));
    if (failure && failure.status !== 200) {
      response.writeHead(failure.status, { 'content-type': 'application/json', ...failure.headers });
      response.end(JSON.stringify({ error: { message: 'scripted failure', code: failure.code ?? (failure.status === 429 ? 130429 : 1) } }));
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ messaging_product: 'whatsapp', contacts: [{ input: body.to, wa_id: body.to }], messages: [{ id: `wamid.fake${requests.length}` }] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    failNext: (...next) => failures.push(...next),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
