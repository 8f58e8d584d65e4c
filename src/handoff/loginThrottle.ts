import type { WindowedCounts } from '../storage/windowedCounts.js';

export interface LoginThrottleOptions {
  counts: WindowedCounts;
  /** Failures one person (a client address and a username) may make in a window. */
  maxFailures?: number;
  /**
   * Failures one client address may make in a window, whatever the usernames: several times the
   * person's, because a council's advisors often share one address and one person's wrong
   * passwords must not lock the others out, but low enough that one address cannot guess at
   * every account.
   */
  maxFailuresPerClient?: number;
  /**
   * Failures on one username in a window, from any address: the same ceiling, so guesses at one
   * account spread over many addresses still stop, yet a stranger needs that many to lock it.
   */
  maxFailuresPerUsername?: number;
  windowMs?: number;
}

/** One sign-in attempt: where it comes from and which account it is for. */
export interface SignInAttempt {
  client: string;
  username: string;
  /** The browser's device id when it has signed in as this username before (see StaffDevices). */
  device?: string;
}

/**
 * Counts staff sign-in attempts per person (client address and username), and with a limit several
 * times higher per client address and per username: past a limit within `windowMs`, that
 * person's (address's, username's) attempts wait for the window to pass, while the other
 * advisors behind the same address can still sign in. A browser that has signed in as the username
 * before is counted on its own, at the person's limit, and never held by the others' counts.
 *
 * An attempt is counted when it starts, before the password is checked, so guesses sent in
 * parallel cannot all be checked while the first ones are still hashing; a success takes its
 * attempt back (the person starts afresh, the address and the username give back one). The counts are shared by
 * every instance (see WindowedCounts), so guesses spread over two instances share one limit.
 */
export class LoginThrottle {
  private readonly counts: WindowedCounts;
  private readonly maxFailures: number;
  private readonly maxFailuresPerClient: number;
  private readonly maxFailuresPerUsername: number;
  private readonly windowMs: number;

  constructor({ counts, maxFailures = 5, maxFailuresPerClient = 5 * maxFailures, maxFailuresPerUsername = maxFailuresPerClient, windowMs = 15 * 60 * 1000 }: LoginThrottleOptions) {
    this.counts = counts;
    this.maxFailures = maxFailures;
    this.maxFailuresPerClient = maxFailuresPerClient;
    this.maxFailuresPerUsername = maxFailuresPerUsername;
    this.windowMs = windowMs;
  }

  /**
   * Starts an attempt: 0 when it may go ahead (and it is counted now), otherwise the seconds
   * until it may (and nothing is counted).
   */
  begin(attempt: SignInAttempt): Promise<number> {
    // A browser known for this username has its own allowance: strangers' guesses cannot lock it out.
    if (attempt.device) return this.counts.take([{ key: deviceKey(attempt.device), limit: this.maxFailures }], this.windowMs);
    return this.counts.take(
      [
        { key: personKey(attempt), limit: this.maxFailures },
        { key: clientKey(attempt), limit: this.maxFailuresPerClient },
        { key: usernameKey(attempt), limit: this.maxFailuresPerUsername },
      ],
      this.windowMs,
    );
  }

  /** The attempt was right: the person starts afresh, and the address gets this attempt back. */
  async succeeded(attempt: SignInAttempt): Promise<void> {
    if (attempt.device) return this.counts.forget([deviceKey(attempt.device)]);
    await this.counts.forget([personKey(attempt)]);
    await this.counts.giveBack([clientKey(attempt), usernameKey(attempt)]);
  }
}

/** Sign-in counts apart from any other limit on the same client. */
const personKey = ({ client, username }: SignInAttempt): string => `sign-in/person/${JSON.stringify([client, username])}`;
const clientKey = ({ client }: SignInAttempt): string => `sign-in/client/${client}`;
const usernameKey = ({ username }: SignInAttempt): string => `sign-in/username/${username}`;
const deviceKey = (device: string): string => `sign-in/device/${device}`;
