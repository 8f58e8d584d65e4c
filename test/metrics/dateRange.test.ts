import { describe, expect, it } from 'vitest';
import { dateRangeQuery, datesIn, localDate } from '../../src/metrics/dateRange.js';

describe('date ranges', () => {
  it("dates instants in the council's time zone (British Summer Time moves midnight)", () => {
    expect(localDate('2026-06-30T23:30:00.000Z', 'Europe/London')).toBe('2026-07-01');
    expect(localDate('2026-01-31T23:30:00.000Z', 'Europe/London')).toBe('2026-01-31');
  });

  it('lists every date of a range across a month end', () => {
    expect(datesIn({ from: '2026-02-27', to: '2026-03-02' })).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
  });

  it('defaults to the 30 days to today and rejects bad input with a clear message', () => {
    const query = dateRangeQuery('2026-03-31');
    expect(query.parse({})).toEqual({ from: '2026-03-02', to: '2026-03-31' });
    expect(query.parse({ from: '2026-03-10' })).toEqual({ from: '2026-03-10', to: '2026-03-31' });
    const messages = (input: object) => query.safeParse(input).error?.issues.map((issue) => issue.message);
    expect(messages({ from: 'last week' })).toEqual(['from must be a date such as 2026-03-01']);
    expect(messages({ from: '2026-03-10', to: '2026-03-01' })).toEqual(['from must not be after to']);
    expect(messages({ from: '2024-01-01', to: '2026-01-01' })).toEqual(['the range must be at most 366 days']);
  });

  it.each([
    ['2025-03-31', '2026-03-31', true],
    ['2025-03-30', '2026-03-31', false],
    ['0001-01-01', '9999-12-31', false],
    ['2024-02-28', '2024-03-01', true],
  ])('takes %s to %s: %s (the days are counted, across leap days and centuries)', (from, to, accepted) => {
    expect(dateRangeQuery('2026-03-31').safeParse({ from, to }).success).toBe(accepted);
  });
});
