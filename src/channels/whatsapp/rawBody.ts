import type { IncomingMessage } from 'node:http';
import type { Request, Server } from 'restify';
import { maxBodyBytes } from '../../server/createServer.js';

const captured = new WeakMap<IncomingMessage, Promise<Buffer | undefined>>();

/**
 * Keeps the exact bytes of POST bodies on `path`, which a signature is checked against.
 * restify's global body parser turns the body into a string (and keeps that as `rawBody`), which
 * is not byte-exact for every input; so this listens to the request stream alongside it. It runs
 * before routing, pauses the stream, and the body parser's resume then feeds both listeners.
 */
export function captureRawBody(server: Server, path: string): void {
  server.pre((request: Request, _response, next) => {
    if (request.method === 'POST' && request.getPath() === path) captured.set(request, collect(request));
    next();
  });
}

function collect(request: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBodyBytes) chunks.push(chunk);
    });
    request.once('end', () => resolve(size <= maxBodyBytes ? Buffer.concat(chunks) : undefined));
    // Never reject: nobody may be waiting (the parser can refuse the request first).
    request.once('error', () => resolve(undefined));
    request.pause();
  });
}

/** The exact body bytes, or undefined if they were not captured, too large or broken off. */
export async function rawBodyOf(request: Request): Promise<Buffer | undefined> {
  const body = captured.get(request);
  // The body parser skips some content types: then nothing has resumed the stream yet.
  request.resume();
  return body;
}
