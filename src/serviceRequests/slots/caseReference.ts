import { readCaseReference } from '../../cases/caseReference.js';
import { accept, reprompt, type SlotResult } from './slotResult.js';

/** How a reference is shown to residents: the shape, not a real one. */
export const exampleReference = (prefix: string): string => `${prefix}-REP-7K4Q-2MXR`;

/** A case reference such as NBC-REP-7K4Q-2MXR, in any case, with stray spaces or dashes, or inside a sentence. */
export function parseCaseReference(text: string, prefix: string): SlotResult<string> {
  const reading = readCaseReference(text, prefix);
  if (reading.kind === 'mistyped') {
    return reprompt(`That reference doesn't add up: a letter or number may be mistyped. Please check it against the message you got when you reported it.`);
  }
  if (reading.kind === 'none') {
    return reprompt(`That doesn't look like one of our case references. It should look like ${exampleReference(prefix)}: ${prefix}, three letters, then eight letters and numbers.`);
  }
  return accept(reading.reference);
}
