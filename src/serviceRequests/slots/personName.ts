import { accept, reprompt, tidy, type SlotResult } from './slotResult.js';

const maximumLength = 80;
// Letters from any alphabet, plus the spaces, hyphens, apostrophes and dots found in real names.
const namePattern = /^[\p{L}\p{M}][\p{L}\p{M} .'’-]*$/u;

/** The name to ask for on a call back; "my name is" and similar lead-ins are dropped. */
export function parsePersonName(text: string): SlotResult<string> {
  const name = tidy(text).replace(/^(my name is|my name's|i am|i'm|it's|its|this is|call me)\s+/i, '').replace(/[.!]+$/, '');
  if (name.length < 2 || name.length > maximumLength || !namePattern.test(name)) {
    return reprompt('What name should we ask for when we call? Please write just the name, for example Sam Patel.');
  }
  return accept(name);
}
