export interface LoginThrottleOptions {
  maxFailures?: number;
  windowMs?: number;
  now?: () => number;
}

/**
 * A per-client counter of failed sign-ins: after `maxFailures` within `windowMs` the client
 * waits for the window to pass. In memory on purpose: a restart forgiving a few failures is fine.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, { count: number; windowEndsAt: number }>();
  private readonly maxFailures: number;
  private readonly windowMs: number;
  private readonly now: () => number;

  constructor({ maxFailures = 5, windowMs = 15 * 60 * 1000, now = Date.now }: LoginThrottleOptions = {}) {
    this.maxFailures = maxFailures;
    this.windowMs = windowMs;
    this.now = now;
  }

  /** Seconds the client must wait before trying again; 0 when it may try now. */
  retryAfterSeconds(client: string): number {
    const record = this.current(client);
    return record && record.count >= this.maxFailures ? Math.ceil((record.windowEndsAt - this.now()) / 1000) : 0;
  }

  recordFailure(client: string): void {
    const record = this.current(client) ?? { count: 0, windowEndsAt: this.now() + this.windowMs };
    record.count += 1;
    this.failures.set(client, record);
  }

  recordSuccess(client: string): void {
    this.failures.delete(client);
  }

  private current(client: string): { count: number; windowEndsAt: number } | undefined {
    const now = this.now();
    // Drop every lapsed window so the map cannot grow without bound.
    for (const [key, record] of this.failures) if (record.windowEndsAt <= now) this.failures.delete(key);
    return this.failures.get(client);
  }
}
