import { backoffDelay, retryAfterMs, type RetryPolicy } from '../../cases/retryPolicy.js';
import type { WhatsAppOptions } from './whatsAppOptions.js';
import type { WhatsAppAddress } from './whatsAppStore.js';

/** A reply is worth a few quick tries, not the outbox's long patience: the resident is waiting. */
export const sendRetryPolicy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 8_000 };
/** A Retry-After longer than this is not waited for; the send fails instead. */
const maxRetryAfterMs = 30_000;
const requestTimeoutMs = 10_000;

export interface GraphClientTiming {
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  now: () => number;
}

export const realTiming: GraphClientTiming = {
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
  now: Date.now,
};

/** A send the Graph API refused, with its HTTP status and Meta's error code (never the message body). */
export class GraphSendError extends Error {
  constructor(
    readonly status: number | undefined,
    readonly code: number | undefined,
    options?: ErrorOptions,
  ) {
    super(`WhatsApp send failed${status ? ` with HTTP ${status}` : ' (network)'}${code ? ` (Meta error ${code})` : ''}`, options);
  }
}

const retryable = (status: number): boolean => status === 429 || status >= 500;

/** Posts messages to the Cloud API's /messages endpoint, retrying rate limits, server errors and network failures. */
export class GraphClient {
  private readonly url: string;

  constructor(
    private readonly options: Pick<WhatsAppOptions, 'graphBaseUrl' | 'apiVersion' | 'phoneNumberId' | 'accessToken'>,
    private readonly timing: GraphClientTiming = realTiming,
    private readonly policy: RetryPolicy = sendRetryPolicy,
  ) {
    this.url = `${options.graphBaseUrl.replace(/\/+$/, '')}/${options.apiVersion}/${options.phoneNumberId}/messages`;
  }

  /**
   * Sends one message and returns its WhatsApp message id (wamid). A number goes in `to`; a user
   * known only by business-scoped user id goes in `recipient` (Meta: `to` wins when both are sent).
   */
  async send(address: WhatsAppAddress, message: object): Promise<string> {
    const recipient = address.phoneNumber ? { to: address.phoneNumber } : { recipient: address.userId };
    const body = JSON.stringify({ messaging_product: 'whatsapp', recipient_type: 'individual', ...recipient, ...message });
    for (let attempt = 1; ; attempt += 1) {
      let response: Response;
      try {
        response = await fetch(this.url, {
          method: 'POST',
          headers: { authorization: `Bearer ${this.options.accessToken}`, 'content-type': 'application/json' },
          body,
          signal: AbortSignal.timeout(requestTimeoutMs),
        });
      } catch (error) {
        if (attempt >= this.policy.maxAttempts) throw new GraphSendError(undefined, undefined, { cause: error });
        await this.timing.sleep(backoffDelay(attempt, this.policy, this.timing.random));
        continue;
      }
      if (response.ok) {
        const sent = (await response.json()) as { messages?: { id?: string }[] };
        return sent.messages?.[0]?.id ?? '';
      }
      const code = await response.json().then((error: { error?: { code?: number } }) => error.error?.code, () => undefined);
      if (!retryable(response.status) || attempt >= this.policy.maxAttempts) throw new GraphSendError(response.status, code);
      const askedFor = retryAfterMs(response.headers.get('retry-after'), this.timing.now());
      if (askedFor !== undefined && askedFor > maxRetryAfterMs) throw new GraphSendError(response.status, code);
      await this.timing.sleep(askedFor ?? backoffDelay(attempt, this.policy, this.timing.random));
    }
  }
}
