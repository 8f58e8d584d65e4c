/** A calendar date with no time or zone, written YYYY-MM-DD. */
export type IsoDate = string;

const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/**
 * One formatter per time zone: making an Intl.DateTimeFormat costs about a millisecond and memory,
 * every form turn asks for dates, and a report dates every event (a dashboard over a few thousand
 * events took seconds and a gigabyte when each made its own).
 */
const isoFormatters = new Map<string, Intl.DateTimeFormat>();

/** The date the wall clock in `timeZone` shows at `instant` (so 00:30 BST on the 4th is the 4th). */
export function localIsoDate(instant: Date, timeZone: string): IsoDate {
  let formatter = isoFormatters.get(timeZone);
  if (!formatter) {
    // en-CA formats dates as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    isoFormatters.set(timeZone, formatter);
  }
  return formatter.format(instant);
}

export function isoDateOf(year: number, month: number, day: number): IsoDate {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** Calendar arithmetic is done at UTC midnight so clock changes cannot shift a date. */
const utcMidnight = (date: IsoDate): Date => new Date(`${date}T00:00:00Z`);

export function addDays(date: IsoDate, days: number): IsoDate {
  const shifted = utcMidnight(date);
  shifted.setUTCDate(shifted.getUTCDate() + days);
  return shifted.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export const dayOfWeek = (date: IsoDate): number => utcMidnight(date).getUTCDay();

const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });

/** "Tuesday 3 November", the way the assistant writes a date to a resident. */
export function describeDate(date: IsoDate): string {
  const value = utcMidnight(date);
  const month = monthName.format(value);
  return `${weekdayNames[value.getUTCDay()]} ${value.getUTCDate()} ${month}`;
}
