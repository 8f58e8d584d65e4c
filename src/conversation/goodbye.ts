import { goodbyeAfterDisclosure, goodbyeAfterRating, goodbyeSurvey } from './phrases.js';
import type { Turn } from './turn.js';

/**
 * The resident is going: the conversation counts as resolved and closes with the rating question
 * (a phone call hangs up after it). Said from the menu ("no, that's all, bye") and from inside a
 * form ("no thanks, bye", "I'll ring back tomorrow"), where the form has already stopped. A resident
 * who has rated the conversation already (after an advisor ended it) is only thanked, and one who
 * told of abuse or of harming themselves is let go at once: "ok thanks, he's coming, bye" was asked
 * to rate the call out loud (caller trial 17, P2).
 */
export async function closeConversation({ memory, ports, message, out }: Turn): Promise<void> {
  ports.telemetry.record({ name: 'resolved', conversationId: message.conversationId, channel: message.channel });
  if (memory.raisedConcern?.safeguarding) {
    await out.say({ text: goodbyeAfterDisclosure(ports.profile) });
    return;
  }
  if (memory.rated) {
    await out.say({ text: goodbyeAfterRating });
    return;
  }
  memory.awaiting = { kind: 'satisfaction' };
  await out.say(goodbyeSurvey);
}
