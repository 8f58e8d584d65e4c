import { randomBytes, scrypt, scryptSync, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { z } from 'zod';

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keyLength: number) => Promise<Buffer>;
const saltBytes = 16;
const keyBytes = 32;

/** The name a staff member gets when signing in with ADMIN_TOKEN. */
export const adminAdvisorName = 'admin';

export interface AdvisorAccount {
  username: string;
  salt: Buffer;
  hash: Buffer;
  /** The name residents see ("Sam Patel"); the sign-in name never leaves the staff pages. */
  displayName?: string;
}

const base64 = (minimumBytes: number, what: string) =>
  z
    .base64(`${what} must be base64`)
    .transform((text) => Buffer.from(text, 'base64'))
    .refine((bytes) => bytes.length >= minimumBytes, `${what} must be at least ${minimumBytes} bytes`);

export const advisorUsername = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{1,31}$/, 'usernames are 2–32 lower-case letters, digits, dots, dashes or underscores')
  .refine((name) => name !== adminAdvisorName, `"${adminAdvisorName}" is reserved for signing in with ADMIN_TOKEN`);

/** The name residents see; no commas or colons, which separate ADVISOR_ACCOUNTS entries and fields. */
export const advisorDisplayNameText = z
  .string()
  .trim()
  .regex(/^\p{L}[\p{L}\p{M} .'’-]{0,39}$/u, 'a display name is 1–40 letters, spaces, dots, apostrophes or hyphens, starting with a letter');

const accountEntry = z.object({
  username: advisorUsername,
  salt: base64(saltBytes, 'the salt'),
  hash: base64(keyBytes, 'the hash').refine((bytes) => bytes.length === keyBytes, `the hash must be ${keyBytes} bytes`),
  displayName: advisorDisplayNameText.optional(),
});

export class AdvisorAccountsError extends Error {}

/**
 * Parses ADVISOR_ACCOUNTS: `alice:scrypt$<salt_b64>$<hash_b64>:Alice Smith,bob:...` (make a line
 * with the hash-password CLI). The `:display name` is optional, so older lines still parse; without
 * it residents see "An advisor", never the sign-in name. An empty string means no advisor accounts
 * (only ADMIN_TOKEN can sign in).
 */
export function parseAdvisorAccounts(text: string): AdvisorAccount[] {
  const problems: string[] = [];
  const accounts: AdvisorAccount[] = [];
  const entries = text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  entries.forEach((entry, index) => {
    const where = `ADVISOR_ACCOUNTS entry ${index + 1}`;
    const match = /^([^:]*):scrypt\$([^$]*)\$([^$:]*)(?::(.*))?$/.exec(entry);
    if (!match) {
      problems.push(`${where}: expected username:scrypt$<salt>$<hash>[:display name]`);
      return;
    }
    const parsed = accountEntry.safeParse({ username: match[1], salt: match[2], hash: match[3], displayName: match[4] });
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((issue) => `${where} (${match[1]}): ${issue.message}`));
      return;
    }
    if (accounts.some((account) => account.username === parsed.data.username)) {
      problems.push(`${where}: "${parsed.data.username}" appears more than once`);
      return;
    }
    const { displayName, ...account } = parsed.data;
    accounts.push(displayName === undefined ? account : { ...account, displayName });
  });
  if (problems.length > 0) throw new AdvisorAccountsError(`Invalid ADVISOR_ACCOUNTS:\n  ${problems.join('\n  ')}`);
  return accounts;
}

/** `scrypt$<salt_b64>$<hash_b64>` with a fresh random salt. */
export function hashAdvisorPassword(password: string): string {
  const salt = randomBytes(saltBytes);
  const hash = scryptSync(password, salt, keyBytes);
  return `scrypt$${salt.toString('base64')}$${hash.toString('base64')}`;
}

/** Asynchronous so a sign-in does not block the bot's event loop; compares in constant time. */
export async function verifyAdvisorPassword(account: AdvisorAccount, password: string): Promise<boolean> {
  const hash = await scryptAsync(password, account.salt, keyBytes);
  return timingSafeEqual(hash, account.hash);
}

/** A stand-in so an unknown username costs the same scrypt work as a known one. */
const decoyAccount: AdvisorAccount = { username: '', salt: randomBytes(saltBytes), hash: randomBytes(keyBytes) };

export interface AdvisorDirectory {
  accounts: AdvisorAccount[];
  /** Lets staff sign in as "admin"; unset means no admin sign-in. */
  adminToken: string | undefined;
}

/**
 * "admin" as an account whose password is the ADMIN_TOKEN, hashed with scrypt like every other,
 * so a guess at it costs an attacker as much as a guess at an advisor's. Derived once per token.
 */
const adminAccounts = new Map<string, Promise<AdvisorAccount>>();
function adminAccount(adminToken: string): Promise<AdvisorAccount> {
  let account = adminAccounts.get(adminToken);
  if (!account) {
    const salt = randomBytes(saltBytes);
    account = scryptAsync(adminToken, salt, keyBytes).then((hash) => ({ username: adminAdvisorName, salt, hash }));
    adminAccounts.set(adminToken, account);
  }
  return account;
}

/** What residents call an advisor whose account has no display name (and staff signed in as "admin"). */
export const anonymousAdvisorName = 'An advisor';

/** The name residents see for this signed-in advisor: the account's display name, never the sign-in name. */
export function advisorDisplayName({ accounts }: AdvisorDirectory, username: string): string {
  return accounts.find((account) => account.username === username)?.displayName ?? anonymousAdvisorName;
}

/** The advisor's name when the credentials are right, otherwise undefined. */
export async function authenticateAdvisor({ accounts, adminToken }: AdvisorDirectory, username: string, password: string): Promise<string | undefined> {
  const account =
    username === adminAdvisorName ? (adminToken === undefined ? undefined : await adminAccount(adminToken)) : accounts.find((candidate) => candidate.username === username);
  const valid = await verifyAdvisorPassword(account ?? decoyAccount, password);
  return account && valid ? account.username : undefined;
}
