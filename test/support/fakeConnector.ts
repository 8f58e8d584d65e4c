import { createServer as createHttpServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A stand-in for a Bot Framework channel's connector: records every activity the bot sends to it. */
export async function startFakeConnector() {
  const received: { url: string; body: Record<string, unknown> }[] = [];
  const server = createHttpServer((request: IncomingMessage, response) => {
    let raw = '';
    request.on('data', (chunk) => (raw += chunk));
    request.on('end', () => {
      received.push({ url: request.url ?? '', body: JSON.parse(raw || '{}') });
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ id: `sent-${received.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    /** Texts of the message activities sent to one conversation. */
    textsFor: (conversationId: string): string[] =>
      received
        .filter((entry) => entry.url.startsWith(`/v3/conversations/${conversationId}/`) && entry.body.type === 'message')
        .map((entry) => String(entry.body.text ?? '')),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
