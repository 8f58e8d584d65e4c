import { describe, expect, it } from 'vitest';
import { residentLimits } from '../../src/channels/directLine/residentLimits.js';
import { LoginThrottle } from '../../src/handoff/loginThrottle.js';
import { WindowedCounts } from '../../src/storage/windowedCounts.js';
import { openTestDatabase } from '../support/sqlDatabases.js';

describe('the sign-in throttle', () => {
  it('refuses a key past its failures until the window passes, and a success starts it afresh', async () => {
    let now = 0;
    const throttle = new LoginThrottle({ counts: new WindowedCounts({ database: await openTestDatabase('sqlite'), now: () => now }), maxFailures: 2, windowMs: 60_000 });
    expect(await throttle.begin(['client:10.0.0.1', 'username:alice'])).toBe(0);
    expect(await throttle.begin(['client:10.0.0.2', 'username:alice'])).toBe(0);
    expect(await throttle.begin(['client:10.0.0.3', 'username:alice'])).toBe(60);
    await throttle.succeeded(['client:10.0.0.3', 'username:alice']);
    expect(await throttle.begin(['client:10.0.0.3', 'username:alice'])).toBe(0);
    now = 60_000;
    expect(await throttle.begin(['client:10.0.0.1', 'username:bob'])).toBe(0);
  });

  it('counts apart from the resident limits on the same client address', async () => {
    const counts = new WindowedCounts({ database: await openTestDatabase('sqlite'), now: () => 0 });
    const throttle = new LoginThrottle({ counts, maxFailures: 1 });
    const residents = residentLimits(counts, { conversationsPerTenMinutes: 1, messagesPerMinute: 1 });
    expect(await residents.newConversation('10.0.0.1')).toBe(0);
    expect(await throttle.begin(['10.0.0.1'])).toBe(0);
    expect(await residents.newConversation('10.0.0.1')).toBeGreaterThan(0);
    expect(await throttle.begin(['10.0.0.1'])).toBeGreaterThan(0);
  });
});
