import { accept, reprompt, tidy, type SlotResult } from './slotResult.js';

const maximumLength = 200;
const timeWords = /\b(any ?time|mornings?|afternoons?|evenings?|weekdays?|weekends?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|daily|always|before|after|between|until|from|school run|\d{1,2}(:\d{2})?\s*(am|pm)|\d{1,2}:\d{2})\b/i;

/** When the repair team can get in, in the resident's words ("weekday mornings", "after 3pm except Fridays"). */
export function parseAccessTimes(text: string): SlotResult<string> {
  const answer = tidy(text);
  if (!timeWords.test(answer) || answer.length > maximumLength) {
    return reprompt('When can someone get into your home? For example "weekday mornings", "any time" or "after 3pm except Fridays".');
  }
  return accept(answer);
}
