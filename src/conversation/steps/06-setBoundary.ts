import { abuseBoundaryReply } from '../../triage/safetyReplies.js';
import { goodbyeAfterRepeatedAbuse } from '../phrases.js';
import type { Step } from '../turn.js';

/** Repeated abuse after the first boundary message ends the conversation. */
const abusiveTurnsBeforeEnding = 3;

/** 6. Abuse gets a calm boundary; a form in progress stays where it was. */
export const setBoundary: Step = async (turn, next) => {
  const { memory, ports, out } = turn;
  if (!turn.safety.abusive) return next();
  memory.abusiveTurns += 1;
  turn.outcome = { route: 'abuse', topic: memory.lastTopic ?? 'contact-human' };
  if (memory.abusiveTurns >= abusiveTurnsBeforeEnding) {
    await out.say({ text: goodbyeAfterRepeatedAbuse(ports.profile) });
    await out.end();
    return;
  }
  await out.say({ text: abuseBoundaryReply(memory.abusiveTurns > 1) });
};
