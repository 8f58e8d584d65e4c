import { describe, expect, it } from 'vitest';
import { SqlCaseCheckGuard } from '../../src/cases/caseCheckGuard.js';
import { engines, openTestDatabase, openTwoInstances } from '../support/sqlDatabases.js';

const reference = 'NBC-REP-7K4Q-2MXR';

describe.each(engines)('SqlCaseCheckGuard on %s', (engine) => {
  it('locks a case after the fifth wrong answer within the window, and lets it go once they age out', async () => {
    let now = new Date('2026-11-05T10:00:00Z');
    const guard = new SqlCaseCheckGuard({ database: await openTestDatabase(engine), now: () => now });
    const lockedAfter: boolean[] = [];
    for (let failure = 0; failure < 5; failure += 1) {
      await guard.failed(reference);
      lockedAfter.push(await guard.locked(reference));
    }
    expect(lockedAfter).toEqual([false, false, false, false, true]);
    expect(await guard.locked('NBC-BIN-7K4Q-2MXR')).toBe(false);
    now = new Date('2026-11-06T10:00:01Z');
    expect(await guard.locked(reference)).toBe(false);
  });
});

describe('SqlCaseCheckGuard shared by two instances on one PostgreSQL', () => {
  it('counts wrong answers given on either instance, even at the same moment', async () => {
    const [first, second] = await openTwoInstances();
    const guards = [new SqlCaseCheckGuard({ database: first }), new SqlCaseCheckGuard({ database: second })];
    await Promise.all([0, 1, 2, 3].map((index) => guards[index % 2]!.failed(reference)));
    expect(await Promise.all(guards.map((guard) => guard.locked(reference)))).toEqual([false, false]);
    await guards[1]!.failed(reference);
    expect(await Promise.all(guards.map((guard) => guard.locked(reference)))).toEqual([true, true]);
  });
});
