import { accept, reprompt, tidy, type SlotResult } from './slotResult.js';

export type CallbackTime = { period: 'morning' | 'afternoon' | 'evening' | 'any' } | { period: 'at'; time: string };

const periods: ReadonlyArray<readonly [RegExp, 'morning' | 'afternoon' | 'evening' | 'any']> = [
  // Specific periods first, so "any time in the morning" means the morning.
  [/\b(morning|mornings|before (noon|lunch|midday))\b/, 'morning'],
  [/\b(afternoon|afternoons|after lunch)\b/, 'afternoon'],
  [/\b(evening|evenings|after work|tonight)\b/, 'evening'],
  [/\b(any ?time|whenever|any|don't mind|dont mind|no preference|doesn't matter|either)\b/, 'any'],
];

const clockPattern = /\b(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?\b/;

/**
 * Where a caller changes their mind within the answer: "Monday morning. Actually no, make it afternoon",
 * "morning, no, sorry, afternoon, I work mornings". What follows the last one is the answer, when it
 * names a time (caller trial 17: both were read back as the morning).
 */
const changeOfMind = /\b(?:actually|no,? sorry|sorry,? no|no,? make it|make it|or rather|rather|instead|on second thoughts?|scratch that|wait,? no)\b/gi;

/** "morning", "after lunch", "2pm", "14:30" → a period or an HH:MM time; after a change of mind, what was said last. */
export function parseCallbackTime(text: string): SlotResult<CallbackTime> {
  const said = tidy(text);
  const last = [...said.matchAll(changeOfMind)].at(-1);
  if (last) {
    const changed = timeIn(said.slice(last.index + last[0].length), true);
    if (changed) return accept(changed);
  }
  const found = timeIn(said);
  return found ? accept(found) : reprompt('When is best to call you: morning, afternoon, evening, any time, or a time such as 2pm?');
}

/** The time `text` names; `firstNamed`: the period named first, as after a change of mind ("afternoon, I work mornings"). */
function timeIn(text: string, firstNamed = false): CallbackTime | undefined {
  const answer = tidy(text).toLowerCase();
  const clock = clockPattern.exec(answer);
  if (clock && (clock[2] !== undefined || clock[3] !== undefined)) {
    const time = toTwentyFourHour(Number(clock[1]), Number(clock[2] ?? 0), clock[3]);
    if (time) return { period: 'at', time };
  }
  const named = periods.map(([pattern, period]) => ({ period, at: answer.search(pattern) })).filter(({ at }) => at !== -1);
  const period = firstNamed ? named.sort((a, b) => a.at - b.at)[0]?.period : named[0]?.period;
  return period ? { period } : undefined;
}

function toTwentyFourHour(hour: number, minute: number, meridiem: string | undefined): string | undefined {
  if (minute > 59) return undefined;
  if (meridiem !== undefined && (hour < 1 || hour > 12)) return undefined;
  const hours = meridiem === 'pm' && hour < 12 ? hour + 12 : meridiem === 'am' && hour === 12 ? 0 : hour;
  if (hours > 23) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
