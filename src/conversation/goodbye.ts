import { goodbyeAfterRating, goodbyeSurvey } from './phrases.js';
import type { Turn } from './turn.js';

/**
 * The resident is going: the conversation counts as resolved and closes with the rating question
 * (a phone call hangs up after it). Said from the menu ("no, that's all, bye") and from inside a
 * form ("no thanks, bye", "I'll ring back tomorrow"), where the form has already stopped. A resident
 * who has rated the conversation already (after an advisor ended it) is only thanked.
 */
export async function closeConversation({ memory, ports, message, out }: Turn): Promise<void> {
  ports.telemetry.record({ name: 'resolved', conversationId: message.conversationId, channel: message.channel });
  if (memory.rated) {
    await out.say({ text: goodbyeAfterRating });
    return;
  }
  memory.awaiting = { kind: 'satisfaction' };
  await out.say(goodbyeSurvey);
}
