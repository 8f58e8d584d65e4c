import { createHmac } from 'node:crypto';
import { retryAfterMs } from './retryPolicy.js';

export type DeliveryOutcome =
  | { kind: 'delivered' }
  /** Worth trying again: network error, timeout, 408, 429 or 5xx. */
  | { kind: 'retry'; error: string; retryAfterMs?: number }
  /** The CRM refused the message itself (another 4xx): retrying cannot help. */
  | { kind: 'rejected'; error: string };

export interface CrmEndpoint {
  url: string;
  secret: string;
  fetch: typeof fetch;
  timeoutMs: number;
}

/** `sha256=<hex>`: HMAC-SHA256 of the raw body, so the CRM can check the message came from us unchanged. */
export const signBody = (body: string, secret: string): string => `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;

const retryableStatus = (status: number): boolean => status === 408 || status === 429 || status >= 500;

/** One signed POST of `body` to the CRM, classified by what should happen next. */
export async function postToCrm(endpoint: CrmEndpoint, body: string, idempotencyKey: string, now: number): Promise<DeliveryOutcome> {
  let response: Response;
  try {
    response = await endpoint.fetch(endpoint.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-signature-256': signBody(body, endpoint.secret),
        'idempotency-key': idempotencyKey,
      },
      body,
      signal: AbortSignal.timeout(endpoint.timeoutMs),
    });
  } catch (error) {
    const cause = (error as Error & { cause?: { code?: string } }).cause?.code;
    return { kind: 'retry', error: `network: ${cause ?? (error as Error).name}` };
  }
  // Read the body to completion so the connection can be reused.
  await response.arrayBuffer().catch(() => undefined);
  if (response.ok) return { kind: 'delivered' };
  const error = `HTTP ${response.status}`;
  if (!retryableStatus(response.status)) return { kind: 'rejected', error };
  const wait = retryAfterMs(response.headers.get('retry-after'), now);
  return wait === undefined ? { kind: 'retry', error } : { kind: 'retry', error, retryAfterMs: wait };
}
