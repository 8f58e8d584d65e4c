import { goodbyeSurvey } from './phrases.js';
import type { Turn } from './turn.js';

/**
 * The resident is going: the conversation counts as resolved and closes with the rating question
 * (a phone call hangs up after it). Said from the menu ("no, that's all, bye") and from inside a
 * form ("no thanks, bye", "I'll ring back tomorrow"), where the form has already stopped.
 */
export async function closeConversation({ memory, ports, message, out }: Turn): Promise<void> {
  ports.telemetry.record({ name: 'resolved', conversationId: message.conversationId, channel: message.channel });
  memory.awaiting = { kind: 'satisfaction' };
  await out.say(goodbyeSurvey);
}
