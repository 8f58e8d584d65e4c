import { cannotOpen, unreadableNote } from '../phrases.js';
import type { Step } from '../turn.js';

/**
 * 3. Media the assistant cannot open, with no words (those are triaged like text): the resident is
 * told, with the council's numbers, and a form in progress asks its question again. The advisor in
 * an open handoff is told that something arrived.
 */
export const unreadableMedia: Step = async (turn, next) => {
  const { message, memory, ports, out } = turn;
  if (!message.unreadable) return next();
  await out.say({ text: cannotOpen(message.unreadable, ports.profile) });
  const topic = memory.lastTopic ?? 'contact-human';
  const handoff = await ports.handoffs.current(message.conversationId);
  if (handoff) {
    await ports.handoffs.relay(out, handoff, unreadableNote(message.unreadable));
    turn.outcome = { route: 'handoff', topic };
    return;
  }
  if (memory.form) await out.say(ports.forms.question(memory.form));
  turn.outcome = { route: 'evidence', topic };
};
