import type { CaseRecord } from '../cases/caseSystem.js';
import type { SecondFactor } from '../serviceRequests/slots.js';
import type { SubmitContext } from './formDefinition.js';

/**
 * Who may read a case's status in the chat. A reference alone proves nothing (it may be guessed,
 * overheard or read off someone's screen), so the status is shown to the resident who raised
 * the case, in the same channel, conversation and as the same channel user, or to whoever gives
 * the postcode or the last four digits of the phone number on the case.
 */
export const raisedBy = (record: CaseRecord, asker: Pick<SubmitContext, 'channel' | 'conversationId' | 'userId'>): boolean =>
  record.userId !== undefined && record.userId === asker.userId && record.channel === asker.channel && record.conversationId === asker.conversationId;

const compact = (postcode: string): string => postcode.replace(/\s/g, '').toUpperCase();

function phoneEnding(phone: unknown): string | undefined {
  const e164 = typeof phone === 'object' && phone !== null && 'e164' in phone ? phone.e164 : undefined;
  return typeof e164 === 'string' ? e164.slice(-4) : undefined;
}

/** The phone number on a case: a call back's own, or the one in a report's contact details (a repair's was never found: caller trial 12). */
function phoneOn(details: CaseRecord['details']): unknown {
  const { phone, contact } = details;
  if (phone !== undefined) return phone;
  return typeof contact === 'object' && contact !== null && 'phone' in contact ? contact.phone : undefined;
}

/** The factor matches the postcode or phone number given on the case; a case with neither can only be checked by whoever raised it. */
export function proves(record: CaseRecord, factor: SecondFactor): boolean {
  const { postcode } = record.details;
  const phone = phoneOn(record.details);
  if (factor.kind === 'postcode') return typeof postcode === 'string' && compact(postcode) === compact(factor.postcode);
  const ending = phoneEnding(phone);
  return ending !== undefined && ending === factor.digits;
}
