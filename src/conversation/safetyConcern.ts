import type { SafetyAssessment } from '../triage/safety.js';
import type { Hours } from '../triage/safetyReplies.js';
import { isWithinOpeningHours } from '../handoff/openingHours.js';
import type { Turn } from './turn.js';

/** An emergency or a disclosure: it interrupts whatever was happening. */
export const isConcern = (safety: SafetyAssessment): boolean => safety.emergency !== null || safety.safeguarding !== null;

/** Whether customer services is open now: a safety reply out of hours promises no advisor. */
export const hoursNow = ({ ports }: Turn): Hours => (isWithinOpeningHours(ports.profile, ports.now()) ? 'open' : 'closed');
