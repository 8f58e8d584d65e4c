import { isQuestion } from '../formIntents.js';
import { continueForm } from '../formTurns.js';
import type { Step, Turn } from '../turn.js';
import { formTopics } from '../formIntents.js';

/**
 * 8. A form in progress takes the message. One that fills nothing the form asks, and reads as a
 * question or a new subject, goes on to routing and is answered; the form then asks its question
 * again (step 9). Only a real wrong answer counts toward the two strikes that bring in a person.
 */
export const continueFormInProgress: Step = async (turn, next) => {
  const { memory } = turn;
  if (!memory.form) return next();
  const topic = formTopics[memory.form.form] ?? memory.lastTopic ?? 'contact-human';
  const formTurn = await continueForm(turn, (text) => readsAsSomethingElse(turn, text, topic));
  if (formTurn.status !== 'not-an-answer') {
    turn.outcome = { route: 'form', topic };
    return;
  }
  turn.formWaiting = true;
  await next();
};

/** A question, or a message that is confidently about another service, belongs to the conversation. */
async function readsAsSomethingElse(turn: Turn, text: string, formTopic: string): Promise<boolean> {
  if (isQuestion(text)) return true;
  // A word or two ("no", "kitchen?") is an attempt at the answer, not a new subject.
  if (text.split(/\s+/).length < 3) return false;
  const decision = await turn.ports.triage(text, turn.safety, { startsForm: () => true });
  const confident = decision.route.kind === 'answer' && decision.route.answer.kind === 'answer';
  return (confident && decision.topic !== formTopic) || decision.route.kind === 'human';
}
