export interface LoginThrottleOptions {
  maxFailures?: number;
  windowMs?: number;
  /** Keys remembered at most; past it the oldest go first, so random usernames cannot grow memory without bound. */
  maxKeys?: number;
  now?: () => number;
}

/**
 * Counts staff sign-in attempts per key (the client's address, the username): after
 * `maxFailures` within `windowMs` every attempt on that key waits for the window to pass.
 *
 * An attempt is counted when it starts, before the password is checked, so guesses sent in
 * parallel cannot all be checked while the first ones are still hashing; a success takes its
 * attempt back. One throttle serves every sign-in page. In memory on purpose: a restart
 * forgiving a few failures is fine.
 */
export class LoginThrottle {
  private readonly attempts = new Map<string, { count: number; windowEndsAt: number }>();
  private readonly maxFailures: number;
  private readonly windowMs: number;
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor({ maxFailures = 5, windowMs = 15 * 60 * 1000, maxKeys = 10_000, now = Date.now }: LoginThrottleOptions = {}) {
    this.maxFailures = maxFailures;
    this.windowMs = windowMs;
    this.maxKeys = maxKeys;
    this.now = now;
  }

  /**
   * Starts an attempt on every key: 0 when it may go ahead (and it is counted now), otherwise
   * the seconds until the most restricted key may try again (and nothing is counted).
   */
  begin(keys: readonly string[]): number {
    this.forgetLapsed();
    const now = this.now();
    const waits = keys.map((key) => {
      const record = this.attempts.get(key);
      return record && record.count >= this.maxFailures ? Math.ceil((record.windowEndsAt - now) / 1000) : 0;
    });
    const wait = Math.max(0, ...waits);
    if (wait > 0) return wait;
    for (const key of keys) {
      const record = this.attempts.get(key) ?? { count: 0, windowEndsAt: now + this.windowMs };
      record.count += 1;
      this.attempts.delete(key);
      this.attempts.set(key, record);
    }
    while (this.attempts.size > this.maxKeys) this.attempts.delete(this.attempts.keys().next().value!);
    return 0;
  }

  /** The attempt was right: the keys start afresh. */
  succeeded(keys: readonly string[]): void {
    for (const key of keys) this.attempts.delete(key);
  }

  private forgetLapsed(): void {
    const now = this.now();
    for (const [key, record] of this.attempts) if (record.windowEndsAt <= now) this.attempts.delete(key);
  }
}
