import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** How long a browser stays known after its last sign-in: a quarter, so staff back from leave are still known. */
const deviceLifetimeMs = 90 * 24 * 60 * 60 * 1000;

/**
 * Browsers that have signed in as a username before ("device cookies", as OWASP describes them for
 * slowing online guessing without lockouts). The username-wide sign-in limit exists so that guesses at
 * one account from many addresses stop, but anyone who knows a username could use it to lock that
 * member of staff out (outside attack 13, H3: 25 wrong passwords locked `admin` for everyone for 15
 * minutes). A browser holding a device cookie for the username is counted on its own instead, so the
 * staff member's own browser still signs in while strangers are held. The cookie is signed, not stored:
 * every instance checks it with the same secret, and it proves only that this browser once knew
 * the password, never enough to sign in.
 */
export class StaffDevices {
  constructor(
    private readonly secret: Buffer,
    private readonly now: () => number = Date.now,
  ) {}

  /** A new cookie value saying this browser signed in as `username`. */
  issue(username: string): string {
    const body = `${randomBytes(12).toString('base64url')}.${this.now() + deviceLifetimeMs}`;
    return `${body}.${this.signature(body, username)}`;
  }

  /** The device's id when `value` was issued to a browser signed in as `username` and has not lapsed. */
  deviceFor(value: string | undefined, username: string): string | undefined {
    const [id, expires, signature] = (value ?? '').split('.');
    if (!id || !expires || !signature || !/^\d+$/.test(expires) || Number(expires) <= this.now()) return undefined;
    const expected = Buffer.from(this.signature(`${id}.${expires}`, username));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given) ? id : undefined;
  }

  /** Seconds a new cookie lives, for its Max-Age. */
  get lifetimeSeconds(): number {
    return deviceLifetimeMs / 1000;
  }

  private signature(body: string, username: string): string {
    return createHmac('sha256', this.secret).update(`${body}\n${username}`).digest('base64url');
  }
}
