import { accept, reprompt, tidy, type SlotResult } from './slotResult.js';

export interface Duration {
  /** The resident's words, kept for the service. */
  description: string;
  /** A rough length in days when the words give one ("3 weeks" → 21); "since last winter" has none. */
  approximateDays?: number;
}

const unitDays: Readonly<Record<string, number>> = { day: 1, week: 7, fortnight: 14, month: 30, year: 365 };
const numberWords: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, few: 3, couple: 2, several: 3 };
const lengthPattern = /\b(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|few|couple|several)(?: of)? (day|week|fortnight|month|year)s?\b/;
const sincePattern = /\b(since|for|about|around|over|ages|long time|last|ago|months|years|weeks|winter|summer|spring|autumn|christmas|moved in|always)\b/;

/** How long the problem has been going on: "3 weeks", "a couple of months", "since last winter". */
export function parseDuration(text: string): SlotResult<Duration> {
  const description = tidy(text);
  const lower = description.toLowerCase();
  const length = lengthPattern.exec(lower);
  if (length) {
    const count = /^\d+$/.test(length[1]!) ? Number(length[1]) : numberWords[length[1]!]!;
    return accept({ description, approximateDays: count * unitDays[length[2]!]! });
  }
  if (sincePattern.test(lower)) return accept({ description });
  return reprompt('How long has this been going on? For example "3 weeks", "a few months" or "since last winter".');
}
