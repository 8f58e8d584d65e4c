import { z } from 'zod';
import { localIsoDate } from '../serviceRequests/calendarDate.js';

/** Whole days in the council's time zone, both ends included: `YYYY-MM-DD`. */
export interface DateRange {
  from: string;
  to: string;
}

const dayMs = 24 * 60 * 60 * 1000;
/** A year and a day: enough for an annual report, small enough to read quickly. */
export const longestRangeDays = 366;

const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);

const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);

/**
 * The calendar date of an ISO instant in a time zone (a report dates every event), remembered by the minute of a UTC instant:
 * time zones move in whole minutes, and formatting each of 30,000 events took a tenth of a report that held the event loop for
 * seconds (outside attack 28, A28-08).
 */
export function localDate(at: string, timeZone: string): string {
  const minute = utcMinute.exec(at)?.[0];
  if (minute === undefined) return localIsoDate(new Date(at), timeZone);
  const key = `${timeZone} ${minute}`;
  let date = datesByMinute.get(key);
  if (date === undefined) {
    if (datesByMinute.size >= minutesRemembered) datesByMinute.clear();
    date = localIsoDate(new Date(at), timeZone);
    datesByMinute.set(key, date);
  }
  return date;
}
const utcMinute = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?=(?::\d\d(?:\.\d+)?)?Z$)/;
const minutesRemembered = 100_000;
const datesByMinute = new Map<string, string>();

/** Every date in the range, in order. */
export function datesIn({ from, to }: DateRange): string[] {
  const dates: string[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) dates.push(date);
  return dates;
}

/**
 * UTC instants that surely cover the range in any UK offset, with a day after it so sessions that
 * run past midnight are whole; callers keep what starts on the range's local dates.
 */
export const storageWindow = ({ from, to }: DateRange): { from: string; to: string } => ({
  from: `${addDays(from, -1)}T00:00:00.000Z`,
  to: `${addDays(to, 2)}T00:00:00.000Z`,
});

/**
 * `?from=&to=` as sent by the dashboard or an API client. Both are optional: `to` defaults to
 * today and `from` to 29 days before `to` (30 days in all).
 */
export function dateRangeQuery(today: string) {
  return z
    .object({
      from: z.iso.date('from must be a date such as 2026-03-01').optional(),
      to: z.iso.date('to must be a date such as 2026-03-31').optional(),
    })
    .transform(({ from, to = today }): DateRange => ({ from: from ?? addDays(to, -29), to }))
    .refine(({ from, to }) => from <= to, 'from must not be after to')
    // Counted, not listed: listing the days of 0001-01-01 to 9999-12-31 held the service for seconds.
    .refine(({ from, to }) => daysBetween(from, to) + 1 <= longestRangeDays, `the range must be at most ${longestRangeDays} days`);
}
