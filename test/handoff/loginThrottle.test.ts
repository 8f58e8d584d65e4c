import { describe, expect, it } from 'vitest';
import { residentLimits } from '../../src/channels/directLine/residentLimits.js';
import { LoginThrottle, type SignInAttempt } from '../../src/handoff/loginThrottle.js';
import { WindowedCounts } from '../../src/storage/windowedCounts.js';
import { openTestDatabase } from '../support/sqlDatabases.js';

const office = '10.0.0.1';
const at = (client: string, username: string): SignInAttempt => ({ client, username });
const failures = (client: string, username: string, count: number) => Array.from({ length: count }, () => at(client, username));

describe('the sign-in throttle', () => {
  it.each<[string, SignInAttempt[], SignInAttempt, boolean]>([
    ['one person past their failures', failures(office, 'alice', 2), at(office, 'alice'), false],
    ['another advisor behind the same address', failures(office, 'alice', 2), at(office, 'bob'), true],
    ['the same username from another address', failures(office, 'alice', 2), at('10.0.0.2', 'alice'), true],
    ['the address past its higher limit', [...failures(office, 'alice', 2), ...failures(office, 'bob', 2), ...failures(office, 'carol', 2)], at(office, 'dave'), false],
    ['within the address limit', [...failures(office, 'alice', 2), ...failures(office, 'bob', 2), ...failures(office, 'carol', 1)], at(office, 'dave'), true],
    ['a username past its higher limit from many addresses', ['a', 'b', 'c', 'd', 'e', 'f'].map((client) => at(client, 'alice')), at('g', 'alice'), false],
  ])('%s: allowed %s', async (_name, before, next, allowed) => {
    const throttle = new LoginThrottle({ counts: new WindowedCounts({ database: await openTestDatabase('sqlite'), now: () => 0 }), maxFailures: 2, maxFailuresPerClient: 6, windowMs: 60_000 });
    for (const attempt of before) await throttle.begin(attempt);
    expect(await throttle.begin(next)).toBe(allowed ? 0 : 60);
  });

  it('refuses a person past their failures until the window passes, and a success starts them afresh', async () => {
    let now = 0;
    const throttle = new LoginThrottle({ counts: new WindowedCounts({ database: await openTestDatabase('sqlite'), now: () => now }), maxFailures: 2, windowMs: 60_000 });
    expect(await throttle.begin(at(office, 'alice'))).toBe(0);
    expect(await throttle.begin(at(office, 'alice'))).toBe(0);
    expect(await throttle.begin(at(office, 'alice'))).toBe(60);
    await throttle.succeeded(at(office, 'alice'));
    expect(await throttle.begin(at(office, 'alice'))).toBe(0);
    now = 60_000;
    expect(await throttle.begin(at(office, 'bob'))).toBe(0);
  });

  it('does not let advisors signing in behind one address use up its limit', async () => {
    const throttle = new LoginThrottle({ counts: new WindowedCounts({ database: await openTestDatabase('sqlite'), now: () => 0 }), maxFailures: 2, maxFailuresPerClient: 3, windowMs: 60_000 });
    for (let advisor = 0; advisor < 10; advisor += 1) {
      expect(await throttle.begin(at(office, `advisor${advisor}`))).toBe(0);
      await throttle.succeeded(at(office, `advisor${advisor}`));
    }
  });

  it('counts apart from the resident limits on the same client address', async () => {
    const counts = new WindowedCounts({ database: await openTestDatabase('sqlite'), now: () => 0 });
    const throttle = new LoginThrottle({ counts, maxFailures: 1 });
    const residents = residentLimits(counts, { conversationsPerTenMinutes: 1, messagesPerMinute: 1, messagesPerMinutePerClient: 10, charactersPerMinute: 100 });
    expect(await residents.newConversation(office)).toBe(0);
    expect(await throttle.begin(at(office, 'alice'))).toBe(0);
    expect(await residents.newConversation(office)).toBeGreaterThan(0);
    expect(await throttle.begin(at(office, 'alice'))).toBeGreaterThan(0);
  });
});
