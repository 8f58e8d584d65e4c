import { findCaseReference } from '../../cases/caseSystem.js';
import { accept, reprompt, type SlotResult } from './slotResult.js';

/** A case reference such as NBC-REP-000123, in any case, with stray spaces, or inside a sentence. */
export function parseCaseReference(text: string, prefix: string): SlotResult<string> {
  const reference = findCaseReference(text, prefix);
  if (!reference) {
    return reprompt(`That doesn't look like one of our case references. It should look like ${prefix}-REP-000123: ${prefix}, three letters, then six numbers.`);
  }
  return accept(reference);
}
