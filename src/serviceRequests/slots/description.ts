import { accept, reprompt, tidy, type SlotResult } from './slotResult.js';

export const descriptionLimits = { minimumLength: 10, maximumLength: 1000 } as const;

/** What is wrong, in the resident's words: long enough for the service to act on. */
export function parseDescription(text: string): SlotResult<string> {
  const description = tidy(text);
  if (description.length < descriptionLimits.minimumLength) {
    return reprompt('Please tell me a bit more about the problem, for example what is broken, where it is and when it started.');
  }
  if (description.length > descriptionLimits.maximumLength) {
    return reprompt(`Please keep the description under ${descriptionLimits.maximumLength} characters. The main points are enough.`);
  }
  return accept(description);
}
