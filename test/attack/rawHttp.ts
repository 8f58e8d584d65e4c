import { request as httpRequest } from 'node:http';

/**
 * One HTTP exchange with nothing normalised on the way: the path is sent byte for byte
 * (fetch would resolve `/./api` and `%2e` segments before an attacker's request ever could),
 * any method, any body, from any loopback source address (127.0.0.0/8 is all this machine).
 */
export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** e.g. 127.0.0.7, to look like another client to a per-address throttle. */
  localAddress?: string;
  /** Milliseconds before the exchange counts as unanswered. */
  timeoutMs?: number;
}

export interface RawResponse {
  /** 0: no answer (reset, timeout); -1: this client could not even send it (an illegal method or path). */
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  ms: number;
  /** Why there was no answer (status 0 or -1). */
  error?: string;
}

const unanswered = (status: 0 | -1, error: string, ms: number): RawResponse => ({ status, headers: {}, body: '', error, ms });

const defaultTimeoutMs = 10_000;

export function rawRequest(baseUrl: string, { method = 'GET', path, headers = {}, body, localAddress, timeoutMs = defaultTimeoutMs }: RawRequest): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl);
  const started = performance.now();
  const elapsed = (): number => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    let outgoing: ReturnType<typeof httpRequest>;
    try {
      outgoing = httpRequest(
        {
          host: hostname,
          port,
          method,
          path,
          localAddress,
          agent: false,
          headers: { connection: 'close', ...(body !== undefined && { 'content-length': String(Buffer.byteLength(body)) }), ...headers },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8'), ms: elapsed() }));
          response.on('error', (error) => resolve(unanswered(0, `response: ${error.message}`, elapsed())));
        },
      );
    } catch (error) {
      resolve(unanswered(-1, (error as Error).message, 0));
      return;
    }
    outgoing.setTimeout(timeoutMs, () => outgoing.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    outgoing.on('error', (error) => resolve(unanswered(0, error.message, elapsed())));
    outgoing.end(body);
  });
}

/** A JSON request, the usual shape. */
export const jsonRequest = (method: string, path: string, body: unknown, headers: Record<string, string> = {}): RawRequest => ({
  method,
  path,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});
