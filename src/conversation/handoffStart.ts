import type { HandoffReason } from '../handoff/handoffHub.js';
import { topicLabel, type TopicId } from '../triage/topics.js';
import type { Turn } from './turn.js';

/** A form in progress stops, its details kept for whoever reads the conversation next (an advisor). */
export function stopForm({ memory, ports }: Turn): void {
  if (!memory.form) return;
  memory.detailsCollected = ports.forms.detailsSoFar(memory.form);
  memory.stoppedForm = memory.form;
  memory.form = undefined;
}

/** Hands the conversation to a person: any form stops with its details kept for the advisor. */
export async function startHandoff(turn: Turn, reason: HandoffReason, topic: TopicId): Promise<void> {
  stopForm(turn);
  await turn.ports.handoffs.start(turn.message, turn.memory, turn.out, reason, { id: topic, label: topicLabel(topic) });
}

/** A person for a resident who asked: with emergency priority when the conversation raised one. */
export const handoffReasonForRequest = (turn: Turn): HandoffReason => (turn.memory.priority === 'emergency' ? 'emergency' : 'asked-for-person');
