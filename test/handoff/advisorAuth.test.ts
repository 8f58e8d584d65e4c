import { describe, expect, it } from 'vitest';
import {
  AdvisorAccountsError,
  advisorDisplayName,
  authenticateAdvisor,
  hashAdvisorPassword,
  parseAdvisorAccounts,
  verifyAdvisorPassword,
} from '../../src/handoff/advisorAuth.js';
import { AdvisorSessions } from '../../src/handoff/advisorSessions.js';
import { openDatabase } from '../../src/storage/database.js';
import { migrate } from '../../src/storage/sql/migrations.js';
import { openSqlite } from '../../src/storage/sql/sqlDatabase.js';
import { temporaryDataDir } from './harness.js';

describe('advisor passwords', () => {
  it('hashes with scrypt and a random salt, and verifies only the right password', async () => {
    const first = hashAdvisorPassword('correct horse battery');
    const second = hashAdvisorPassword('correct horse battery');
    expect(first).toMatch(/^scrypt\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(first).not.toBe(second);
    const [account] = parseAdvisorAccounts(`alice:${first}`);
    expect(await verifyAdvisorPassword(account!, 'correct horse battery')).toBe(true);
    expect(await verifyAdvisorPassword(account!, 'correct horse batterz')).toBe(false);
  });

  it('parses ADVISOR_ACCOUNTS, allowing spaces and an empty value', () => {
    const line = ` alice:${hashAdvisorPassword('a')} , bob:${hashAdvisorPassword('b')} `;
    expect(parseAdvisorAccounts(line).map((account) => account.username)).toEqual(['alice', 'bob']);
    expect(parseAdvisorAccounts('')).toEqual([]);
  });

  it.each([
    ['no display name (the older format)', '', undefined, 'An advisor'],
    ['a display name', ':Alice Smith', 'Alice Smith', 'Alice Smith'],
    ['a display name with spaces around it and an apostrophe', ': Siân O’Neill-Jones ', 'Siân O’Neill-Jones', 'Siân O’Neill-Jones'],
  ])('reads an account with %s; residents see its display name, never the sign-in name', (_case, suffix, displayName, seen) => {
    const accounts = parseAdvisorAccounts(`alice:${hashAdvisorPassword('a')}${suffix}`);
    expect(accounts[0]!.displayName).toBe(displayName);
    expect(advisorDisplayName({ accounts, adminToken: undefined }, 'alice')).toBe(seen);
    expect(advisorDisplayName({ accounts, adminToken: 'a-long-enough-staff-token' }, 'admin')).toBe('An advisor');
  });

  it.each([
    ['alice', 'entry 1: expected username:scrypt$<salt>$<hash>'],
    ['alice:bcrypt$abc$def', 'entry 1: expected username:scrypt$<salt>$<hash>'],
    ['Alice Smith:scrypt$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=', 'usernames are 2–32 lower-case'],
    ['admin:scrypt$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=', '"admin" is reserved'],
    ['alice:scrypt$not*base64$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=', 'the salt must be base64'],
    ['alice:scrypt$AAAAAAAAAAAAAAAAAAAAAA==$AAAA', 'the hash must be at least 32 bytes'],
    ['alice:scrypt$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=:<b>Alice</b>', 'a display name is 1–40 letters'],
    ['alice:scrypt$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=:', 'a display name is 1–40 letters'],
  ])('explains what is wrong with %s', (line, message) => {
    expect(() => parseAdvisorAccounts(line)).toThrow(AdvisorAccountsError);
    expect(() => parseAdvisorAccounts(line)).toThrow(message);
  });

  it('rejects a username that appears twice', () => {
    const hash = hashAdvisorPassword('x');
    expect(() => parseAdvisorAccounts(`alice:${hash},alice:${hash}`)).toThrow('entry 2: "alice" appears more than once');
  });

  it('signs in advisors by password and staff as "admin" with the ADMIN_TOKEN', async () => {
    const directory = { accounts: parseAdvisorAccounts(`alice:${hashAdvisorPassword('alice-password')}`), adminToken: 'a-long-enough-staff-token' };
    expect(await authenticateAdvisor(directory, 'alice', 'alice-password')).toBe('alice');
    expect(await authenticateAdvisor(directory, 'alice', 'wrong')).toBeUndefined();
    expect(await authenticateAdvisor(directory, 'mallory', 'alice-password')).toBeUndefined();
    expect(await authenticateAdvisor(directory, 'admin', 'a-long-enough-staff-token')).toBe('admin');
    expect(await authenticateAdvisor(directory, 'admin', 'wrong')).toBeUndefined();
    expect(await authenticateAdvisor({ ...directory, adminToken: undefined }, 'admin', '')).toBeUndefined();
  });
});

describe('advisor sessions', () => {
  it('survive a restart, expire, and end on sign-out', async () => {
    const dataDir = temporaryDataDir();
    let now = new Date('2026-03-02T09:00:00Z');
    const first = openDatabase(dataDir);
    const firstShared = openSqlite(first);
    await migrate(firstShared);
    const { id, session } = await new AdvisorSessions({ database: firstShared, lifetimeMs: 60_000, now: () => now }).create('alice');
    await firstShared.close();
    first.close();

    const database = openDatabase(dataDir);
    const sessions = new AdvisorSessions({ database: openSqlite(database), lifetimeMs: 60_000, now: () => now });
    expect(await sessions.find(id)).toEqual(session);
    expect(await sessions.find(`${id}x`)).toBeUndefined();
    now = new Date('2026-03-02T09:01:00Z');
    expect(await sessions.find(id)).toBeUndefined();

    const other = await sessions.create('bob');
    await sessions.end(other.id);
    expect(await sessions.find(other.id)).toBeUndefined();
    // Only a digest of the id is stored.
    expect(JSON.stringify(database.prepare('SELECT * FROM handoff_advisor_sessions').all())).not.toContain(other.id);
    database.close();
  });
});
