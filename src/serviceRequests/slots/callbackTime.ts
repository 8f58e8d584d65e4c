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

/** "morning", "after lunch", "2pm", "14:30" → a period or an HH:MM time. */
export function parseCallbackTime(text: string): SlotResult<CallbackTime> {
  const answer = tidy(text).toLowerCase();
  const clock = clockPattern.exec(answer);
  if (clock && (clock[2] !== undefined || clock[3] !== undefined)) {
    const time = toTwentyFourHour(Number(clock[1]), Number(clock[2] ?? 0), clock[3]);
    if (time) return accept({ period: 'at', time });
  }
  for (const [pattern, period] of periods) if (pattern.test(answer)) return accept({ period });
  return reprompt('When is best to call you: morning, afternoon, evening, any time, or a time such as 2pm?');
}

function toTwentyFourHour(hour: number, minute: number, meridiem: string | undefined): string | undefined {
  if (minute > 59) return undefined;
  if (meridiem !== undefined && (hour < 1 || hour > 12)) return undefined;
  const hours = meridiem === 'pm' && hour < 12 ? hour + 12 : meridiem === 'am' && hour === 12 ? 0 : hour;
  if (hours > 23) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
