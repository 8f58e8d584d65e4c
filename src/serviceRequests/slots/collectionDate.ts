// English only: chrono's main entry loads every language's parsers (about 10 MB more of the server's memory).
import * as en from 'chrono-node/en';
import { firstPart } from '../../knowledge/textTokens.js';
import { addDays, isoDateOf, localIsoDate, type IsoDate } from '../calendarDate.js';
import { accept, reprompt, type SlotResult } from './slotResult.js';

export interface DateContext {
  now: Date;
  /** The council's timezone: "today" is the council's today. */
  timeZone: string;
}

/** Short forms chrono does not know, spelled out before parsing. */
const spelledOut: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:the )?day before yesterday\b/gi, '2 days ago'],
  [/\btues\b/gi, 'tuesday'],
  [/\bweds?\b/gi, 'wednesday'],
  [/\bthur\b/gi, 'thursday'],
];

/**
 * How much of a message is searched for a date: a collection day is said early ("missed on Tuesday",
 * "yesterday"), and chrono tries every run of digits as a date, so 2,000 characters of "1. 1. 1."
 * held the event loop at every missed-bin question (outside attack 16b, N7).
 */
const dateReadLimit = 500;

interface DateMention {
  date: IsoDate;
  /** The words the date was read from, e.g. "last Tuesday". */
  text: string;
}

/**
 * The first date mentioned in `text`, read day-first (3/11 is 3 November) and resolved into
 * the past: a bare weekday means the most recent one, today included.
 */
function findPastDate(text: string, { now, timeZone }: DateContext): DateMention | undefined {
  const today = localIsoDate(now, timeZone);
  // Parsing against midday of the council's today keeps "yesterday" on the right calendar date.
  const reference = new Date(`${today}T12:00:00Z`);
  const prepared = spelledOut.reduce((current, [pattern, replacement]) => current.replace(pattern, replacement), firstPart(text, dateReadLimit));
  // "Now" ("that's it for now", "right now") is when they speak, never the day a bin was due.
  const result = en.GB.parse(prepared, reference, { forwardDate: false }).find((found) => !/^(?:right )?now$/i.test(found.text.trim()));
  if (!result) return undefined;
  const { start } = result;
  let date = isoDateOf(start.get('year') ?? 0, start.get('month') ?? 0, start.get('day') ?? 0);
  const bareWeekday = start.isCertain('weekday') && !start.isCertain('day') && !/\bnext\b/i.test(result.text);
  if (bareWeekday && date > today) date = addDays(date, -7);
  return { date, text: result.text };
}

/** The day a bin should have been collected: never in the future. */
export function parseCollectionDate(text: string, context: DateContext): SlotResult<IsoDate> {
  const mention = findPastDate(text, context);
  if (!mention) {
    return reprompt('Which day should it have been collected? You can say "yesterday", a day such as "Tuesday", or a date such as 3/11.');
  }
  if (mention.date > localIsoDate(context.now, context.timeZone)) {
    return reprompt("That date hasn't happened yet. Which day was the bin due to be collected? For example \"today\", \"yesterday\" or \"Monday\".");
  }
  return accept(mention.date);
}
