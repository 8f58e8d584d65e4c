import { backoffDelay, retryAfterMs, type RetryPolicy } from '../../cases/retryPolicy.js';
import { late, settleWithin } from '../../settleWithin.js';
import type { WhatsAppOptions } from './whatsAppOptions.js';
import type { WhatsAppAddress } from './whatsAppStore.js';

/** A reply is worth a few quick tries, not the outbox's long patience: the resident is waiting. */
export const sendRetryPolicy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 8_000 };
/**
 * A reply posted after its turn (the Graph API did not take it at once) holds no place any other
 * resident needs, so it is tried for about two minutes: a Graph API refusing sends for 4 s lost every
 * reply for good, gas advice included, after four tries in 3 s (outside attack 19, A19-4).
 */
export const lateSendRetryPolicy: RetryPolicy = { maxAttempts: 9, baseDelayMs: 1_000, maxDelayMs: 30_000 };
/** A Retry-After longer than this is not waited for; the send fails instead. */
const maxRetryAfterMs = 30_000;
/**
 * A send not answered in this time is tried again, and may then arrive twice: the Graph API takes no idempotency key. Waited
 * for 10 s, a Graph API taking 12 s a send delivered one answer 29 times in 10 minutes (operations re-check 29b). A turn never
 * waits this long: past `quickTryMs` the send is waited for after it.
 */
const requestTimeoutMs = 30_000;
/**
 * A reply sent inside its turn is waited for this long; the Graph API answers in well under a second. A try still under way then
 * is not abandoned but waited for after the turn (`PendingTry`): cut off at 2 s and sent again, a Graph API taking 4 s a send
 * delivered every reply twice (operations re-check 28b, OPS-B8).
 */
const quickTryMs = 2_000;

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

/** A try the Graph API did not take: its error, and the wait it asked for before the next. */
export interface FailedTry {
  error: GraphSendError;
  retryAfterMs?: number;
}

/** A quick try still under way when its time was up: its outcome, once the Graph API answers or the request times out. */
export interface PendingTry {
  pending: Promise<{ id: string } | FailedTry>;
}

/** A quick try that did not deliver (yet): `send` carries on from it. */
export type UnfinishedTry = FailedTry | PendingTry;

/**
 * The access token refused (Meta: HTTP 401, OAuthException 190, when it has expired or been revoked). Not the message's fault: the
 * operator renews the token, so the reply is kept and tried again. Given up as wrong, an expired token lost every reply for good,
 * fire advice included (operations re-check 28b, OPS-B11); Meta's temporary tokens expire after a day.
 */
export const refusedToken = (error: unknown): boolean => error instanceof GraphSendError && (error.status === 401 || error.code === 190);

const retryable = (error: GraphSendError): boolean => error.status === undefined || error.status === 429 || error.status >= 500 || refusedToken(error);

/** A send the Graph API refused as wrong (a 4xx but 429 or a refused token): trying it again would be refused again. */
export const refusedAsWrong = (error: unknown): boolean => error instanceof GraphSendError && !retryable(error);

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
   * After a quick try that did not deliver (`trySendOnce`), `tried` carries on from it: one still
   * under way is waited for, and sends nothing more if it delivers; a failure counts as the first
   * attempt, and a Retry-After it was given is waited for.
   */
  async send(address: WhatsAppAddress, message: object, tried?: UnfinishedTry, policy: RetryPolicy = this.policy): Promise<string> {
    const body = this.bodyOf(address, message);
    const outcome = tried && 'pending' in tried ? await tried.pending : tried;
    if (outcome && 'id' in outcome) return outcome.id;
    let failed = outcome;
    let attempts = outcome ? 1 : 0;
    for (;;) {
      if (failed) {
        const { error, retryAfterMs: askedFor } = failed;
        if (!retryable(error)) throw error;
        if (attempts >= policy.maxAttempts) throw error;
        if (askedFor !== undefined && askedFor > maxRetryAfterMs) throw error;
        await this.timing.sleep(askedFor ?? backoffDelay(attempts, policy, this.timing.random));
      }
      const result = await this.attempt(body);
      attempts += 1;
      if ('id' in result) return result.id;
      failed = result;
    }
  }

  /**
   * One quick try (`quickTryMs`): the message's wamid; the failure when the Graph API asked for a
   * retry; or the try itself when the Graph API is slow; for `send` to carry on from later. A
   * refusal as wrong throws.
   */
  async trySendOnce(address: WhatsAppAddress, message: object): Promise<{ id: string } | UnfinishedTry> {
    const attempt = this.attempt(this.bodyOf(address, message));
    const quick = await settleWithin(attempt, quickTryMs);
    if (quick === late) return { pending: attempt };
    if ('error' in quick && !retryable(quick.error)) throw quick.error;
    return quick;
  }

  private bodyOf(address: WhatsAppAddress, message: object): string {
    const recipient = address.phoneNumber ? { to: address.phoneNumber } : { recipient: address.userId };
    return JSON.stringify({ messaging_product: 'whatsapp', recipient_type: 'individual', ...recipient, ...message });
  }

  /** One POST: the wamid, or the error with the wait the API asked for. */
  private async attempt(body: string): Promise<{ id: string } | FailedTry> {
    let response: Response;
    try {
      response = await fetch(this.url, {
        method: 'POST',
        headers: { authorization: `Bearer ${this.options.accessToken}`, 'content-type': 'application/json' },
        body,
        signal: AbortSignal.timeout(requestTimeoutMs),
      });
    } catch (error) {
      return { error: new GraphSendError(undefined, undefined, { cause: error }) };
    }
    if (response.ok) {
      const sent = (await response.json()) as { messages?: { id?: string }[] };
      return { id: sent.messages?.[0]?.id ?? '' };
    }
    const code = await response.json().then((error: { error?: { code?: number } }) => error.error?.code, () => undefined);
    const retryAfter = retryAfterMs(response.headers.get('retry-after'), this.timing.now());
    return { error: new GraphSendError(response.status, code), ...(retryAfter !== undefined && { retryAfterMs: retryAfter }) };
  }
}
