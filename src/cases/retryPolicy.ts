export interface RetryPolicy {
  /** Attempts in all, the first included, before an item is marked dead. */
  maxAttempts: number;
  /** The delay after the first failure; it doubles with each further failure. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 10, baseDelayMs: 2_000, maxDelayMs: 15 * 60_000 };

/**
 * Exponential backoff with "equal jitter": between half and all of the doubled delay, so
 * retries spread out after an outage without ever shrinking towards zero.
 */
export function backoffDelay(failedAttempts: number, policy: RetryPolicy, random: () => number): number {
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
