import type { CouncilProfile, DayName } from '../profile/councilProfile.js';

const dayNames: readonly DayName[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

interface LocalTime {
  year: number;
  month: number;
  day: number;
  /** HH:MM, 24-hour */
  time: string;
}

/** The wall-clock date and time in `timeZone` (Intl applies BST/GMT for Europe/London). */
function localTime(timeZone: string, instant: Date): LocalTime {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return { year: Number(part('year')), month: Number(part('month')), day: Number(part('day')), time: `${part('hour')}:${part('minute')}` };
}

/** The weekday of a calendar date (timezone-free: the date is read as UTC). */
const weekdayOf = (year: number, month: number, day: number): DayName => dayNames[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;

/** Minutes `timeZone` is ahead of UTC at `instant` (60 during BST). */
function offsetMinutes(timeZone: string, instant: Date): number {
  const local = localTime(timeZone, instant);
  const [hour, minute] = local.time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, hour, minute);
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/** The instant when the wall clock in `timeZone` shows the given date and HH:MM. */
function instantAt(timeZone: string, year: number, month: number, day: number, time: string): Date {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // Two passes settle the offset on either side of a clock change.
  const first = asUtc - offsetMinutes(timeZone, new Date(asUtc)) * 60_000;
  return new Date(asUtc - offsetMinutes(timeZone, new Date(first)) * 60_000);
}

/** True when customer services is open at `now`, by the council's weekly hours in its own timezone. */
export function isWithinOpeningHours(profile: CouncilProfile, now: Date): boolean {
  const { timezone, openingHours } = profile.council;
  const local = localTime(timezone, now);
  const hours = openingHours.weekly[weekdayOf(local.year, local.month, local.day)];
  return hours !== undefined && local.time >= hours[0] && local.time < hours[1];
}

export interface NextOpening {
  at: Date;
  /** The council's weekday and local opening time, for phrasing in the resident's language. */
  day: DayName;
  opens: string;
  /** Calendar days from now in the council's time zone: 0 is today, 1 tomorrow. */
  daysAhead: number;
}

/** The next time customer services opens after `now` (later today, or a following day); undefined if it never opens. */
export function nextOpening(profile: CouncilProfile, now: Date): NextOpening | undefined {
  const { timezone, openingHours } = profile.council;
  const today = localTime(timezone, now);
  for (let offset = 0; offset <= 7; offset += 1) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + offset));
    const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    const weekday = weekdayOf(year, month, day);
    const hours = openingHours.weekly[weekday];
    if (!hours) continue;
    const at = instantAt(timezone, year, month, day, hours[0]);
    if (at > now) return { at, day: weekday, opens: hours[0], daysAhead: offset };
  }
  return undefined;
}

/** A 24-hour "HH:MM" as GOV.UK writes times: "9am", "5:30pm", "midday", "midnight". */
export function clockTime(time: string): string {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  if (minute === 0 && hour === 12) return 'midday';
  if (minute === 0 && hour === 0) return 'midnight';
  const minutes = minute === 0 ? '' : `:${String(minute).padStart(2, '0')}`;
  return `${hour % 12 || 12}${minutes}${hour < 12 ? 'am' : 'pm'}`;
}

const capitalised = (day: DayName): string => day.charAt(0).toUpperCase() + day.slice(1);

/** When customer services next opens, in plain words: "today at 9am", "tomorrow at 9am", "on Monday at 9am". */
export function whenWeOpen(opening: NextOpening): string {
  const day = opening.daysAhead === 0 ? 'today' : opening.daysAhead === 1 ? 'tomorrow' : `on ${capitalised(opening.day)}`;
  return `${day} at ${clockTime(opening.opens)}`;
}
