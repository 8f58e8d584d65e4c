import type { CouncilProfile } from '../profile/councilProfile.js';
import type { AssessSafety } from '../triage/safety.js';
import { helplines, whatToDoNow } from '../triage/safetyReplies.js';
import { apologyForFailedTurn, sendingTooFast, slowToAnswer, stillBusyWillAnswer, stillBusyWithLastMessage } from './phrases.js';

/**
 * The reply to a message whose turn could not take its conversation's lock (an earlier turn of the
 * same conversation is still running, or held by an instance that froze): the conversation's state
 * cannot be read, but the safety rules need none, so a gas leak or a disclosure still gets what to
 * do now and the numbers, with no promise of an advisor, and the resident is asked to send the
 * message again, or, where the channel `keepsTheMessage` and runs its turn once the lock is free
 * (WhatsApp), told it will be answered. Safety first, on every message, even this one.
 */
export function lockedTurnReply(text: string, assessSafety: AssessSafety, profile: CouncilProfile, keepsTheMessage = false): string {
  return [...safetyNow(text, assessSafety, profile), keepsTheMessage ? stillBusyWillAnswer : stillBusyWithLastMessage].join('\n\n');
}

/** What to do now and the numbers, from the safety rules alone, for a message whose turn cannot run; nothing when it needs none. */
export function safetyNow(text: string, assessSafety: AssessSafety, profile: CouncilProfile): string[] {
  const safety = assessSafety(text);
  return safety.emergency ? [whatToDoNow(safety.emergency, profile)] : safety.safeguarding ? helplines(safety.safeguarding, profile) : [];
}

/**
 * For a message whose turn failed (its database connection ended mid-turn, say): what to do now and the numbers first, when it
 * needs them, then the apology. The apology alone had answered "there is a fire in the kitchen and my son is still upstairs"
 * on WhatsApp during a database restart, and the message was not run again (two-instance trial 23, PG23-02). A message its
 * channel `runsAgain` is not asked to be sent again: "please try again" had ended a disclosure whose turn then ran again.
 */
export function failedTurnReply(text: string, assessSafety: AssessSafety, profile: CouncilProfile, runsAgain = false): string {
  return (runsAgain && safetyWhileSlow(text, assessSafety, profile)) || [...safetyNow(text, assessSafety, profile), apologyForFailedTurn].join('\n\n');
}

/**
 * For an emergency or a disclosure whose turn has not answered in time (a stalled database, a queue of other residents' messages):
 * what to do now and the numbers, and that the rest will follow; undefined for a message that needs none. WhatsApp sends it from
 * the webhook's words alone, so nothing in it waits for storage.
 */
export function safetyWhileSlow(text: string, assessSafety: AssessSafety, profile: CouncilProfile): string | undefined {
  return safetyNowThen(text, assessSafety, profile, slowToAnswer);
}

/** For a message past the sending limits: what to do now and the numbers, and to wait before the next; undefined when it needs none. */
export function safetyOverLimits(text: string, assessSafety: AssessSafety, profile: CouncilProfile): string | undefined {
  return safetyNowThen(text, assessSafety, profile, sendingTooFast);
}

/** For a message past the sending limits, after an emergency or a disclosure in the same conversation: 999 now, and to wait. */
export function stillInDangerOverLimits(profile: CouncilProfile): string {
  return `If you or anyone with you is in danger, call **${profile.national.emergency}** now: the call handler will tell you what to do until help comes.\n\n${sendingTooFast}`;
}

/** What to do now and the numbers, then `then`; undefined for a message that needs none. */
function safetyNowThen(text: string, assessSafety: AssessSafety, profile: CouncilProfile, then: string): string | undefined {
  const now = safetyNow(text, assessSafety, profile);
  return now.length > 0 ? [...now, then].join('\n\n') : undefined;
}
