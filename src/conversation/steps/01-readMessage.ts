import { saysNoSafeCall } from '../../serviceRequests/slots.js';
import { boundMessage } from '../../triage/messageLimits.js';
import type { Step } from '../turn.js';

/**
 * 1. Bounded work: safety reads up to a ceiling, everything else the message's opening
 * (src/triage/messageLimits.ts). A message with nothing in it at all (a bare @mention in a Teams
 * chat) is not a wrong answer: a form asks its question again, and nothing else happens. That we
 * must not call the resident is noted first, so no reply of this turn (a safety reply included) offers a call back.
 */
export const readMessage: Step = async (turn, next) => {
  const { message, memory, ports, out } = turn;
  turn.bounded = boundMessage(message.text.trim());
  turn.text = turn.bounded.read;
  if (saysNoSafeCall(turn.text)) memory.noCalls = true;
  if (!turn.text && !message.evidence && !message.unreadable) {
    if (memory.form) await out.say(ports.forms.question(memory.form));
    return;
  }
  await out.typing();
  await next();
};
