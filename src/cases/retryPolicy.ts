/** How far apart retries are. */
export interface Backoff {
  /** The delay after the first failure; it doubles with each further failure. */
  baseDelayMs: number;
  maxDelayMs: number;
}

/** For a caller who is waiting: a few quick tries. */
export interface RetryPolicy extends Backoff {
  /** Attempts in all, the first included, before giving up. */
  maxAttempts: number;
}

/** For the CRM outbox, where nobody is waiting: retries for a length of time, not a count, so a long outage is outlasted. */
export interface OutboxRetryPolicy extends Backoff {
  /** How long an item is retried, from when it was queued (or last requeued by staff), before a failure marks it dead. */
  giveUpAfterMs: number;
}

/**
 * At most 15 minutes apart, for 72 hours: a CRM down from Friday evening to Monday morning still
 * gets its cases when it comes back, without anyone forwarding them by hand.
 */
export const defaultOutboxRetryPolicy: OutboxRetryPolicy = { giveUpAfterMs: 72 * 3_600_000, baseDelayMs: 2_000, maxDelayMs: 15 * 60_000 };

/**
 * Exponential backoff with "equal jitter": between half and all of the doubled delay, so
 * retries spread out after an outage without ever shrinking towards zero.
 */
export function backoffDelay(failedAttempts: number, policy: Backoff, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, failedAttempts - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

/** Retry-After as seconds ("120") or an HTTP date, in milliseconds from `now`; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
