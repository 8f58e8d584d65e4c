import { withEvidenceNote } from '../../forms/sharedEvidence.js';
import { leftQueue } from '../phrases.js';
import { dangerNear, dangerNowReminder } from '../../triage/safetyFollowUpReplies.js';
import { storySoFar } from '../memory.js';
import { hoursNow, isConcern, raisedRecently } from '../safetyConcern.js';
import { dangerIsNear, followUpToSafetyAdvice, resolvedToAct } from '../safetyFollowUp.js';
import type { Step } from '../turn.js';

const leaveQueue = /^(cancel|leave( the)? queue|stop waiting|never ?mind)$/i;

/**
 * Asking something, or for help, while waiting: "is anyone there", "who can help me tonight", "i don't know where she is", and
 * a question without its mark ("do I cut the rope" got only its place in the queue: caller trial 27, N-4).
 */
const asksWhileWaiting = /\?|\b(?:help|what|who|how|where|when|anyone|anybody|someone|somebody|don'?t know|dont know|do not know|please)\b|^(?:do|does|did|should|shall|can|could|would|will|is|are|am|must|have|has) (?:i|we|he|she|they|you|it|my|the)\b/i;

/** 4. Talking to a person: safety advice still goes out, everything else is relayed to the advisor. */
export const relayToAdvisor: Step = async (turn, next) => {
  const { message, memory, ports, out, text } = turn;
  const handoff = await ports.handoffs.current(message.conversationId);
  // The very message whose turn queued this handoff, run again because its instance died before
  // saving the turn: it runs as it did the first time (queuing finds the handoff there, and the
  // channel does not send a reply twice), not relayed to the advisor as a second, new message
  // (PostgreSQL trial 13: the disclosure twice in the advisor's transcript, the safety text twice).
  if (!handoff || (message.messageId !== undefined && handoff.startedBy === message.messageId)) return next();
  const topic = memory.lastTopic ?? 'contact-human';
  turn.outcome = { route: 'handoff', topic };
  let concern: { reason: 'safeguarding' | 'emergency'; advice: string } | undefined;
  if (isConcern(turn.safety)) {
    // The advice without its buttons: the resident is talking to a person now.
    const { reply } = await ports.triage(text, turn.safety);
    await out.say({ text: reply.text, ...(reply.urgent && { urgent: reply.urgent }) });
    concern = { reason: turn.safety.safeguarding ? 'safeguarding' : 'emergency', advice: reply.text };
  } else if (memory.raisedConcern?.safeguarding && raisedRecently(memory) && dangerIsNear.test(text)) {
    // "He's coming up the stairs" after a disclosure: 999 and the silent way to call, before the advisor has it (outside attack 25, A25-3).
    await out.say(dangerNear(memory.raisedConcern, ports.profile));
  } else if (memory.raisedConcern?.safeguarding === 'self-harm' && raisedRecently(memory) && resolvedToAct.test(text)) {
    // "No, I've made my mind up" while waiting: 999 now before the advisor has it (caller trial 25, C25-14).
    await out.say(dangerNowReminder(memory.raisedConcern, ports.profile, text, text));
  } else if (handoff.status === 'waiting' && memory.raisedConcern && raisedRecently(memory) && !turn.safety.wantsHuman && asksWhileWaiting.test(text)) {
    // Queued, nobody has it yet, and a question or a plea: "what do I do" during a cardiac arrest got only its place in the queue
    // (caller trial 26, C26-8). Its next steps, as without a handoff (CPR, first aid), or else the advice's reminder.
    const given = memory.awaiting?.kind === 'safety-advice' ? memory.awaiting : { kind: 'safety-advice' as const };
    const story = storySoFar(memory, text);
    const followUp = followUpToSafetyAdvice(text, given, memory.raisedConcern, ports.profile, hoursNow(turn), message.spoken === true, story);
    if (followUp && 'say' in followUp) memory.awaiting = followUp.awaiting;
    await out.say(followUp && 'say' in followUp ? followUp.say : dangerNowReminder(memory.raisedConcern, ports.profile, text, story));
  }
  if (handoff.status === 'waiting' && leaveQueue.test(text)) {
    await ports.handoffs.close(handoff.conversationId);
    await out.say(leftQueue);
    return;
  }
  await ports.handoffs.relay(out, handoff, withEvidenceNote(text, message.evidence), concern);
};
