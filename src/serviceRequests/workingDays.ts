import Holidays from 'date-holidays';
import { addDays, dayOfWeek, type IsoDate } from './calendarDate.js';

/*
 * Bank holidays for England and Wales (the two share one list) come from `date-holidays`, a
 * maintained offline calendar that includes substitute days and announced one-off holidays;
 * updating the package picks up new ones. Scotland and Northern Ireland differ and would need
 * their own subdivision here.
 */
const englandAndWales = new Holidays('GB', 'ENG');
const bankHolidaysByYear = new Map<number, ReadonlySet<IsoDate>>();

function bankHolidaysIn(year: number): ReadonlySet<IsoDate> {
  let dates = bankHolidaysByYear.get(year);
  if (!dates) {
    dates = new Set(
      englandAndWales
        .getHolidays(year)
        .filter((holiday) => holiday.type === 'public' || holiday.type === 'bank')
        .map((holiday) => holiday.date.slice(0, 10)),
    );
    bankHolidaysByYear.set(year, dates);
  }
  return dates;
}

export const isBankHoliday = (date: IsoDate): boolean => bankHolidaysIn(Number(date.slice(0, 4))).has(date);

/** Monday to Friday, except bank holidays in England and Wales. */
export function isWorkingDay(date: IsoDate): boolean {
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6 && !isBankHoliday(date);
}

/** The working day that is `count` working days after `date` (the date itself is not counted). */
export function addWorkingDays(date: IsoDate, count: number): IsoDate {
  let current = date;
  for (let remaining = count; remaining > 0; ) {
    current = addDays(current, 1);
    if (isWorkingDay(current)) remaining -= 1;
  }
  return current;
}
