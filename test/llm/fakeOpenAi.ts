import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach } from 'vitest';

/** One scripted reply: a JSON object as the message content, raw content, or an HTTP error. */
export type ScriptedReply = ({ json: unknown } | { content: string } | { status: number }) & {
  /** Wait this long before answering (a slow model). */
  delayMs?: number;
};

export interface ChatRequestBody {
  model: string;
  messages: { role: string; content: string }[];
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: Record<string, unknown> } };
}

export interface RecordedRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: ChatRequestBody;
}

export interface FakeOpenAi {
  /** Base URL including /v1, as OPENAI_BASE_URL takes it. */
  url: string;
  /** Origin only, as an Azure endpoint. */
  origin: string;
  requests: RecordedRequest[];
  /** Queues replies, used in order; a request with nothing queued gets a 500. */
  script(...replies: ScriptedReply[]): void;
  /**
   * Answers every request for this structured-output schema (its `json_schema` name) with `reply`,
   * outside the queue: for a call that runs beside others in no fixed order (the safety reading).
   */
  always(schema: string, reply: ScriptedReply): void;
  close(): Promise<void>;
}

/** Token counts every reply reports, so usage can be asserted. */
export const fakeUsage = { prompt_tokens: 120, completion_tokens: 30, total_tokens: 150 };
/** Characters per streamed chunk: small, so a short answer arrives as many tokens. */
const chunkCharacters = 7;

function sendStream(response: ServerResponse, body: ChatRequestBody, content: string): void {
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  const base = { id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: 1_700_000_000, model: body.model };
  const send = (data: unknown) => response.write(`data: ${JSON.stringify(data)}\n\n`);
  send({ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] });
  for (let start = 0; start < content.length; start += chunkCharacters) {
    send({ ...base, choices: [{ index: 0, delta: { content: content.slice(start, start + chunkCharacters) }, finish_reason: null }] });
  }
  send({ ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] });
  if (body.stream_options?.include_usage) send({ ...base, choices: [], usage: fakeUsage });
  response.end('data: [DONE]\n\n');
}

function sendCompletion(response: ServerResponse, body: ChatRequestBody, content: string): void {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(
    JSON.stringify({
      id: 'chatcmpl-fake',
      object: 'chat.completion',
      created: 1_700_000_000,
      model: body.model,
      choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: 'stop' }],
      usage: fakeUsage,
    }),
  );
}

/**
 * A local OpenAI-compatible chat completions endpoint (plain and `stream: true` server-sent
 * events), for the real @langchain/openai client. Structured output arrives as the
 * `json_schema` response format, so a scripted object is simply the message content.
 */
export function startFakeOpenAi(): Promise<FakeOpenAi> {
  const requests: RecordedRequest[] = [];
  const queue: ScriptedReply[] = [];
  const standing = new Map<string, ScriptedReply>();
  const server = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk) => (raw += chunk));
    request.on('end', () => {
      if (request.method !== 'POST' || !request.url?.split('?')[0]!.endsWith('/chat/completions')) {
        response.writeHead(404).end();
        return;
      }
      const body = JSON.parse(raw) as ChatRequestBody;
      requests.push({ path: request.url, headers: request.headers, body });
      const schema = body.response_format?.json_schema?.name;
      const reply = (schema && standing.get(schema)) || queue.shift() || { status: 500 };
      setTimeout(() => {
        if (response.destroyed) return;
        if ('status' in reply) {
          response.writeHead(reply.status, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ error: { message: `scripted ${reply.status}`, type: 'server_error', code: null } }));
          return;
        }
        const content = 'json' in reply ? JSON.stringify(reply.json) : reply.content;
        if (body.stream) sendStream(response, body, content);
        else sendCompletion(response, body, content);
      }, reply.delayMs ?? 0);
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve({
        url: `${origin}/v1`,
        origin,
        requests,
        script: (...replies) => queue.push(...replies),
        always: (schema, reply) => standing.set(schema, reply),
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    }),
  );
}

/**
 * A fake model for the enclosing describe block: started before its tests, closed after them, its
 * recorded requests cleared before each test. The handle reads through to the running fake.
 */
export function useFakeOpenAi(): FakeOpenAi {
  let running: FakeOpenAi | undefined;
  beforeAll(async () => {
    running = await startFakeOpenAi();
  });
  afterAll(() => running?.close());
  beforeEach(() => {
    if (running) running.requests.length = 0;
  });
  return new Proxy({} as FakeOpenAi, {
    get(_handle, key) {
      if (!running) throw new Error('the fake model is used outside the tests of its describe block');
      const value: unknown = Reflect.get(running, key);
      return typeof value === 'function' ? value.bind(running) : value;
    },
  });
}
