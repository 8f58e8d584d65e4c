import { describe, expect, it } from 'vitest';
import { clockTime, isWithinOpeningHours, nextOpening, whenWeOpen } from '../../src/handoff/openingHours.js';
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
    expect(nextOpening(profile, new Date('2026-05-31T23:30:00Z'))).toEqual({ at: new Date('2026-06-01T08:00:00Z'), day: 'monday', opens: '09:00', daysAhead: 0 });
  });

  it.each([
    ['later the same day', '2026-03-02T07:00:00Z', '2026-03-02T09:00:00Z', 'monday', 0],
    ['the next day while open', '2026-03-02T10:00:00Z', '2026-03-03T09:00:00Z', 'tuesday', 1],
    ['after a weekend in summer time', '2026-04-03T16:30:00Z', '2026-04-06T08:00:00Z', 'monday', 3],
    ['across the spring clock change', '2026-03-27T18:00:00Z', '2026-03-30T08:00:00Z', 'monday', 3],
    ['across the autumn clock change', '2026-10-24T12:00:00Z', '2026-10-26T09:00:00Z', 'monday', 2],
  ])('finds the next opening %s', (_case, now, at, day, daysAhead) => {
    expect(nextOpening(profile, new Date(now))).toEqual({ at: new Date(at), day, opens: '09:00', daysAhead });
  });

  // GOV.UK style: 9am, 5:30pm, midday, capitalised days, "today" and "tomorrow" when that is what they mean.
  it.each([
    ['05:10 on a Friday', '2026-03-06T05:10:00Z', 'today at 9am'],
    ['a Monday evening', '2026-03-02T19:00:00Z', 'tomorrow at 9am'],
    ['a minute after closing on a Thursday', '2026-03-05T17:01:00Z', 'tomorrow at 9am'],
    ['a Friday evening', '2026-03-06T18:00:00Z', 'on Monday at 9am'],
    ['a Saturday afternoon', '2026-03-07T14:00:00Z', 'on Monday at 9am'],
    ['a Sunday night in summer time (21:00 BST)', '2026-05-31T20:00:00Z', 'tomorrow at 9am'],
    ['just after midnight in summer time (00:30 BST Monday)', '2026-05-31T23:30:00Z', 'today at 9am'],
  ])('at %s says "we open again %s"', (_case, now, words) => {
    expect(whenWeOpen(nextOpening(profile, new Date(now))!)).toBe(words);
  });

  it.each([
    ['09:00', '9am'],
    ['17:30', '5:30pm'],
    ['08:05', '8:05am'],
    ['12:00', 'midday'],
    ['12:30', '12:30pm'],
    ['00:00', 'midnight'],
    ['00:15', '12:15am'],
    ['23:45', '11:45pm'],
  ])('writes %s as %s', (time, words) => {
    expect(clockTime(time)).toBe(words);
  });

  it('has no next opening when the council lists no hours', () => {
    const closed = { ...profile, council: { ...profile.council, openingHours: { summary: 'closed', weekly: {} } } };
    expect(nextOpening(closed, new Date('2026-03-02T10:00:00Z'))).toBeUndefined();
    expect(isWithinOpeningHours(closed, new Date('2026-03-02T10:00:00Z'))).toBe(false);
  });
});
