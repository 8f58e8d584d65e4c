import { firstPart } from '../knowledge/textTokens.js';

/**
 * How much of one message the assistant reads. Reading costs time on the one thread that serves
 * every resident, and some readers grow faster than the text (a 50,000-character message once held
 * the service for three minutes), so every message gets bounded work: safety triage reads far
 * into it, everything else reads its opening, and the resident is told when part went unread.
 */

/** Topic routing, retrieval, sentiment, forms and the model read this much: a long question's point comes early. */
export const readLimit = 2_000;
/**
 * Safety triage reads this much, so an emergency or a disclosure deep in a long message is still
 * found; it is linear in the text, so this stays well within the event-loop budget (`npm run bench:bounded`).
 */
export const safetyCeiling = 10_000;

export type UnreadPart = 'none' | 'beyond-read-limit' | 'beyond-safety-ceiling';

export interface BoundedMessage {
  /** What everything except safety triage reads. */
  read: string;
  /** What safety triage reads. */
  checked: string;
  unread: UnreadPart;
}

export function boundMessage(text: string): BoundedMessage {
  const unread = text.length > safetyCeiling ? 'beyond-safety-ceiling' : text.length > readLimit ? 'beyond-read-limit' : 'none';
  return { read: firstPart(text, readLimit), checked: firstPart(text, safetyCeiling), unread };
}
