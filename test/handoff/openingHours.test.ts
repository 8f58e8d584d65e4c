import { describe, expect, it } from 'vitest';
import { isWithinOpeningHours, nextOpening } from '../../src/handoff/openingHours.js';
import { profile } from './harness.js';

// Northbrook: Monday to Friday 09:00–17:00, Europe/London. In 2026 BST runs 29 March – 25 October.
describe('opening hours', () => {
  it.each([
    ['2026-03-02T08:59:00Z', false], // Monday, GMT
    ['2026-03-02T09:00:00Z', true],
    ['2026-03-02T16:59:00Z', true],
    ['2026-03-02T17:00:00Z', false],
    ['2026-03-30T07:59:00Z', false], // Monday, BST: 08:59 local
    ['2026-03-30T08:00:00Z', true], // 09:00 local
    ['2026-03-30T15:59:00Z', true], // 16:59 local
    ['2026-03-30T16:00:00Z', false], // 17:00 local
    ['2026-03-07T12:00:00Z', false], // Saturday
    ['2026-03-06T23:30:00Z', false], // Friday night
  ])('at %s open is %s', (instant, open) => {
    expect(isWithinOpeningHours(profile, new Date(instant))).toBe(open);
  });

  it('reads the weekday in the council timezone, not UTC', () => {
    // 23:30 UTC on Sunday 31 May is 00:30 BST on Monday: still closed, and Monday's hours apply later that day.
    expect(nextOpening(profile, new Date('2026-05-31T23:30:00Z'))).toEqual({ at: new Date('2026-06-01T08:00:00Z'), day: 'monday', opens: '09:00' });
  });

  it.each([
    ['later the same day', '2026-03-02T07:00:00Z', '2026-03-02T09:00:00Z', 'monday'],
    ['the next day while open', '2026-03-02T10:00:00Z', '2026-03-03T09:00:00Z', 'tuesday'],
    ['after a weekend in summer time', '2026-04-03T16:30:00Z', '2026-04-06T08:00:00Z', 'monday'],
    ['across the spring clock change', '2026-03-27T18:00:00Z', '2026-03-30T08:00:00Z', 'monday'],
    ['across the autumn clock change', '2026-10-24T12:00:00Z', '2026-10-26T09:00:00Z', 'monday'],
  ])('finds the next opening %s', (_case, now, at, day) => {
    expect(nextOpening(profile, new Date(now))).toEqual({ at: new Date(at), day, opens: '09:00' });
  });

  it('has no next opening when the council lists no hours', () => {
    const closed = { ...profile, council: { ...profile.council, openingHours: { summary: 'closed', weekly: {} } } };
    expect(nextOpening(closed, new Date('2026-03-02T10:00:00Z'))).toBeUndefined();
    expect(isWithinOpeningHours(closed, new Date('2026-03-02T10:00:00Z'))).toBe(false);
  });
});
