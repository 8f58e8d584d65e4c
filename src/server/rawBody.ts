import type { IncomingMessage } from 'node:http';

/**
 * The exact bytes of a request body, for a route that must check a signature before anything
 * parses it (createServer's `rawBodyRoutes` keeps the global body parser off such a route).
 * Undefined when the body is over `limit`: the rest is read and dropped, so the client still
 * gets its answer, and nothing over the limit is held in memory.
 */
export async function readRawBody(request: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  // A stream someone else already reads would give us nothing, and every signature would fail: say why.
  if (request.readableFlowing !== null || request.readableEnded) {
    throw new Error(`The body of ${request.method} ${request.url} is already being read: list the route in createServer's rawBodyRoutes`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= limit) chunks.push(chunk);
  }
  return size <= limit ? Buffer.concat(chunks, size) : undefined;
}
