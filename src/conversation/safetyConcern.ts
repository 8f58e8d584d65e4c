import type { SafetyAssessment } from '../triage/safety.js';
import type { Hours } from '../triage/safetyReplies.js';
import { isWithinOpeningHours } from '../handoff/openingHours.js';
import type { Turn } from './turn.js';

/** An emergency or a disclosure: it interrupts whatever was happening. */
export const isConcern = (safety: SafetyAssessment): boolean => safety.emergency !== null || safety.safeguarding !== null;

/** Whether customer services is open now, and answering (a call put through that nobody answered is not): a safety reply out of hours promises no advisor. */
export const hoursNow = ({ ports, message }: Turn): Hours => (!message.advisorsAway && isWithinOpeningHours(ports.profile, ports.now()) ? 'open' : 'closed');
