import { accept, reprompt, tidy, type SlotResult } from './slotResult.js';
import { clauses } from './clauses.js';

export interface Duration {
  /** The resident's words, kept for the service. */
  description: string;
  /** A rough length in days when the words give one ("3 weeks" → 21); "since last winter" has none. */
  approximateDays?: number;
}

const unitDays: Readonly<Record<string, number>> = { minute: 1 / 1440, min: 1 / 1440, hour: 1 / 24, day: 1, week: 7, fortnight: 14, month: 30, year: 365 };
const numberWords: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, few: 3, couple: 2, several: 3 };
const count = String.raw`\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|few|couple|several`;
/** An emergency is told in hours and minutes ("about an hour", "2 hours"): a length as much as "3 weeks" is. */
const lengthPattern = new RegExp(String.raw`\b(${count})(?: of)? (minute|min|hour|day|week|fortnight|month|year)s?\b`);
/** Words of time: "about", "around" or "for" alone do not make one ("about a metre square" is a size). */
const sincePattern = /\b(since|ages|long time|while|forever|last|ago|days|months|years|weeks|hours|minutes|tonight|this evening|just now|winter|summer|spring|autumn|christmas|moved in|always)\b/;

/** Days in a length such as "3 weeks" or "a couple of months", when the words give a number. */
function approximateDaysIn(words: string): number | undefined {
  if (/\bhalf an hour\b/.test(words)) return unitDays.hour! / 2;
  const length = lengthPattern.exec(words);
  if (!length) return undefined;
  const howMany = /^\d+$/.test(length[1]!) ? Number(length[1]) : numberWords[length[1]!]!;
  return howMany * unitDays[length[2]!]!;
}

const withDays = (description: string, approximateDays: number | undefined): Duration =>
  approximateDays === undefined ? { description } : { description, approximateDays };

/** How long the problem has been going on: "3 weeks", "a couple of months", "since last winter". */
export function parseDuration(text: string): SlotResult<Duration> {
  const description = tidy(text);
  const lower = description.toLowerCase();
  const approximateDays = approximateDaysIn(lower);
  if (approximateDays !== undefined || sincePattern.test(lower)) return accept(withDays(description, approximateDays));
  return reprompt('How long has this been going on? For example "3 weeks", "a few months" or "since last winter".');
}

const hedge = String.raw`(?:about |around |roughly |nearly |almost |over |more than |at least |well over |the (?:last|past) |the best part of )*`;
const amount = String.raw`(?:a )?(?:${count})(?: of)? (?:day|week|fortnight|month|year)s?`;
const length = String.raw`(?:${amount}|days|weeks|months|years|ages|a long time)`;
const season = String.raw`(?:(?:last|this|the) )?(?:winter|summer|spring|autumn|christmas|easter|new year|january|february|march|april|may|june|july|august|september|october|november|december)`;
const pointInTime = String.raw`(?:yesterday|last night|this morning|today|last (?:week|month|year)|the weekend|(?:last )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:${hedge}${amount} ago))`;
/** Phrases that state how long something has been so, each with a frame that ties it to now. */
const statedDurations: readonly RegExp[] = [
  new RegExp(String.raw`\bbeen\b.{0,40}?\b(?:for|over) ${hedge}${length}(?: now)?\b`),
  new RegExp(String.raw`\bfor ${hedge}${length} now\b`),
  // "been there 3 months", "been like that a few weeks": no "for" (caller trial 30, C30-01: asked again how long).
  new RegExp(String.raw`\bbeen (?:there|here|like (?:this|that)|going on|happening|growing|spreading|coming back) ${hedge}${length}\b`),
  new RegExp(String.raw`\b(?:for|over|in) the (?:last|past) (?:${count})?(?: of)? ?(?:day|week|fortnight|month|year)s?\b`),
  new RegExp(String.raw`\bfor (?:about|around|roughly|nearly|almost|over|more than|at least) ${amount}\b`),
  new RegExp(String.raw`\bsince (?:${season}|${pointInTime}|(?:we|i) (?:moved|have moved|'ve moved) in|moving in)\b`),
  new RegExp(String.raw`\b(?:started|began|starting|appeared|came back|first noticed|noticed it|happened) (?:(?:about|around|on|in) )?(?:${pointInTime}|${season})\b`),
];
/** A clause about something other than the problem: waiting, holidays, hospital stays, how long the resident has lived there. */
const aboutSomethingElse = /\b(wait(ed|ing)?|chas(ed|ing)|trying|tried|calling|ringing|phoning|asking|away|holiday|abroad|hospital|living|lived|tenant|off work|off sick|in a row|every)\b|\?$/;

/**
 * How long the problem has lasted, from a longer message, when the resident says it plainly
 * ("been leaking for 3 days now", "since last winter", "started yesterday"); a form fills the slot
 * rather than asking again. Lengths tied to something else ("been waiting for weeks", "away for
 * 2 weeks", "3 weeks in a row") are left alone: a wrong duration is worse than asking.
 */
export function findDuration(text: string): Duration | undefined {
  for (const clause of clauses(text)) {
    if (aboutSomethingElse.test(clause)) continue;
    for (const pattern of statedDurations) {
      const found = pattern.exec(clause);
      if (!found) continue;
      const description = found[0].replace(/^been\b.*?\b(for|over) /, '$1 ');
      const days = approximateDaysIn(description) ?? pointInTimeDays(description);
      return withDays(asWritten(text, description), days);
    }
  }
  return undefined;
}

const pointDays: ReadonlyArray<readonly [RegExp, number]> = [
  [/\b(today|this morning)\b/, 0],
  [/\b(yesterday|last night)\b/, 1],
  [/\blast week\b/, 7],
  [/\blast month\b/, 30],
  [/\blast year\b/, 365],
];
/** "started yesterday" is a day; "since last winter" has no single number. */
const pointInTimeDays = (words: string): number | undefined => pointDays.find(([pattern]) => pattern.test(words))?.[1];

/** The phrase with the resident's own capitals ("since Christmas"), when it can be found as written. */
function asWritten(text: string, phrase: string): string {
  const written = tidy(text);
  const index = written.replace(/[‘’]/g, "'").toLowerCase().indexOf(phrase);
  return index < 0 ? phrase : written.slice(index, index + phrase.length);
}
