import type { SafetyAssessment } from '../triage/safety.js';
import type { Hours, RaisedConcern } from '../triage/safetyReplies.js';
import { isWithinOpeningHours } from '../handoff/openingHours.js';
import type { Turn } from './turn.js';

/**
 * A disclosure or a danger to life told in this conversation: until it ends, a message told rather
 * than asked that nothing else answers is about it (the abuser arriving, the child gone silent, the
 * pills taken), never an article or the form's question alone (caller trials 12c and 13).
 */
export const concernStillLive = (concern: RaisedConcern | undefined): boolean => Boolean(concern?.safeguarding || concern?.emergency === 'danger-to-life');

/** An emergency or a disclosure: it interrupts whatever was happening. */
export const isConcern = (safety: SafetyAssessment): boolean => safety.emergency !== null || safety.safeguarding !== null;

/** Whether customer services is open now, and answering (a call put through that nobody answered is not): a safety reply out of hours promises no advisor. */
export const hoursNow = ({ ports, message }: Turn): Hours => (!message.advisorsAway && isWithinOpeningHours(ports.profile, ports.now()) ? 'open' : 'closed');
