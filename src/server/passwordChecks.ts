import { PQueue } from '../pQueue.js';

/** What a sign-in's password check came to: its result, or no place in the queue. */
export type PasswordCheck<T> = { ran: true; result: T } | { ran: false };

/**
 * Staff password checks (scrypt: tens of milliseconds of a core each), a few at a time in one
 * queue for the instance. The per-address throttle lets each address make 25 guesses, so a flood
 * of unknown usernames from many addresses queued thousands of hashes ahead of a real advisor, whose
 * sign-in took 11 s (outside attack 14, M7). A browser that has signed in as that username before
 * (its device cookie, which a stranger cannot forge) goes ahead of every other check; any other
 * sign-in waits behind at most `othersQueued` others, and beyond that is told sign-in is busy.
 */
export class PasswordChecks {
  private readonly queue: InstanceType<typeof PQueue>;

  constructor(
    concurrency = 2,
    private readonly othersQueued = 16,
  ) {
    this.queue = new PQueue({ concurrency });
  }

  /**
   * Whether a check would have a place now: asked before a sign-in is counted against the throttle,
   * so one refused as busy is not a failed attempt (outside attack 15, N3: an advisor on a new browser
   * was locked out for 15 minutes by the 503s a flood caused).
   */
  hasRoom(knownDevice: boolean): boolean {
    return knownDevice || this.queue.size < this.othersQueued;
  }

  async run<T>(check: () => Promise<T>, knownDevice: boolean): Promise<PasswordCheck<T>> {
    if (!this.hasRoom(knownDevice)) return { ran: false };
    const result = (await this.queue.add(check, { priority: knownDevice ? 1 : 0 })) as T;
    return { ran: true, result };
  }
}
