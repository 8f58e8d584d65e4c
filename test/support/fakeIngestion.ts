import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

/** One telemetry item as the Application Insights SDK posts it. */
export interface Envelope {
  name: string;
  iKey: string;
  tags: Record<string, string>;
  data: {
    baseType: string;
    baseData: { name?: string; message?: string; properties?: Record<string, string>; measurements?: Record<string, number> };
  };
}

export interface IngestionRequest {
  method: string;
  path: string;
  contentEncoding: string | undefined;
}

const readBody = async (request: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  return (request.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body).toString('utf8');
};

/**
 * A stand-in for the Application Insights ingestion endpoint on 127.0.0.1: it records every
 * request and the envelopes posted to /v2.1/track (newline-delimited JSON, usually gzipped), and
 * answers each item with `status` (200 accepts; 500 is one the SDK would retry from disk if allowed).
 */
export async function startFakeIngestion({ status = 200 }: { status?: number } = {}) {
  const requests: IngestionRequest[] = [];
  const bodies: string[] = [];
  const envelopes: Envelope[] = [];
  const server = createServer(async (request, response) => {
    requests.push({ method: request.method ?? '', path: request.url ?? '', contentEncoding: request.headers['content-encoding'] });
    const body = await readBody(request);
    bodies.push(body);
    const items = body.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as Envelope);
    envelopes.push(...items);
    const errors = status === 200 ? [] : items.map((_item, index) => ({ index, statusCode: status, message: 'refused by the fake' }));
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ itemsReceived: items.length, itemsAccepted: items.length - errors.length, errors }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    requests,
    bodies,
    envelopes,
    connectionString: (instrumentationKey = '00000000-0000-0000-0000-000000000000'): string =>
      `InstrumentationKey=${instrumentationKey};IngestionEndpoint=http://127.0.0.1:${port}/`,
    close: (): Promise<void> =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
