import type { WindowedCounts } from '../storage/windowedCounts.js';

export interface LoginThrottleOptions {
  counts: WindowedCounts;
  maxFailures?: number;
  windowMs?: number;
}

/**
 * Counts staff sign-in attempts per key (the client's address, the username): after
 * `maxFailures` within `windowMs` every attempt on that key waits for the window to pass.
 *
 * An attempt is counted when it starts, before the password is checked, so guesses sent in
 * parallel cannot all be checked while the first ones are still hashing; a success takes its
 * attempt back. The counts are shared by every instance (see WindowedCounts), so guesses spread
 * over two instances behind a load balancer share one limit.
 */
export class LoginThrottle {
  private readonly counts: WindowedCounts;
  private readonly maxFailures: number;
  private readonly windowMs: number;

  constructor({ counts, maxFailures = 5, windowMs = 15 * 60 * 1000 }: LoginThrottleOptions) {
    this.counts = counts;
    this.maxFailures = maxFailures;
    this.windowMs = windowMs;
  }

  /**
   * Starts an attempt on every key: 0 when it may go ahead (and it is counted now), otherwise
   * the seconds until the most restricted key may try again (and nothing is counted).
   */
  begin(keys: readonly string[]): Promise<number> {
    return this.counts.take(keys.map(signInKey), this.maxFailures, this.windowMs);
  }

  /** The attempt was right: the keys start afresh. */
  succeeded(keys: readonly string[]): Promise<void> {
    return this.counts.forget(keys.map(signInKey));
  }
}

/** Sign-in counts apart from any other limit on the same client. */
const signInKey = (key: string): string => `sign-in/${key}`;
