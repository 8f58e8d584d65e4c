import type { FormId } from '../../forms/formIds.js';
import { anotherReportAfter, asksForCaseCheck, backToTheForm, formSubjects, formTopics, isQuestion } from '../formIntents.js';
import { globalCommand, saysGoodbye } from '../../forms/globalCommands.js';
import { saidDuringCallBack, saysWhatItIsAbout } from '../concernForStaff.js';
import { continueForm } from '../formTurns.js';
import { closeConversation } from '../goodbye.js';
import { stopForm } from '../handoffStart.js';
import { formStopped, reportThatNext } from '../phrases.js';
import { namesTopArticle } from '../../triage/conversationCues.js';
import { concernIsRecent, concernStillLive, remindOfDanger } from '../safetyConcern.js';
import type { Step, Turn } from '../turn.js';

/**
 * 8. A form in progress takes the message. One that fills nothing the form asks, and reads as a
 * question or a new subject, goes on to routing and is answered; the form then asks its question
 * again (step 9). Only a real wrong answer counts toward the two strikes that bring in a person. A
 * goodbye that answers nothing stops the form and closes the conversation.
 */
export const continueFormInProgress: Step = async (turn, next) => {
  const { memory } = turn;
  if (!memory.form) return next();
  const topic = formTopics[memory.form.form] ?? memory.lastTopic ?? 'contact-human';
  const form = memory.form.form;
  // Just after someone's danger to life or an overdose, an answer that says more than the answer ("any time, I'm
  // feeling a bit dizzy actually", "it won't matter after Sunday") hears what to do now before the next question:
  // the form took its answer and the rest went unheard (caller trial 15, C3).
  // "Cancel. Is there an office I can just walk into?": the form stops, and the rest is answered as any message is. The
  // form took it for an answer and asked its question again (caller trial 17, P2).
  const [, first, rest] = /^\s*([^.!?]+)[.!?]+\s+(\S[\s\S]*)$/.exec(turn.text) ?? [];
  if (first && rest && globalCommand(first) === 'cancel') {
    stopForm(turn);
    await turn.out.say(formStopped(turn.ports.forms.nameOf(form)));
    turn.text = rest;
    return next();
  }
  if (backToTheForm(turn.text)) {
    const question = turn.ports.forms.question(memory.form);
    await turn.out.say({ ...question, text: `We were on ${turn.ports.forms.nameOf(form)}. ${question.text}` });
    turn.outcome = { route: 'form', topic };
    return;
  }
  const another = anotherReportAfter(turn.text, form);
  if (another) {
    memory.laterReport = another.later;
    await turn.out.say(reportThatNext);
    turn.text = another.answer;
  }
  const { raisedConcern } = memory;
  const medical = raisedConcern?.emergency === 'danger-to-life' || (raisedConcern?.safeguarding === 'self-harm' && raisedConcern.about === undefined);
  if (medical && concernIsRecent(memory) && turn.text.split(/\s+/).length >= saysMoreFrom) await turn.out.say(remindOfDanger(turn, true));
  const formTurn = await continueForm(turn, (text, answered) => readsAsSomethingElse(turn, text, form, answered));
  if (formTurn.status !== 'not-an-answer') {
    turn.outcome = { route: 'form', topic };
    return;
  }
  if (saysGoodbye(turn.text)) {
    // "no thanks, bye" or "I'll ring back tomorrow" to a question it does not answer: the resident is going.
    stopForm(turn);
    await turn.out.say(formStopped(turn.ports.forms.nameOf(form)));
    await closeConversation(turn);
    turn.outcome = { route: 'smalltalk', topic };
    return;
  }
  if (form === 'request-callback' && saysWhatItIsAbout(turn.text)) memory.form.forStaff = saidDuringCallBack(memory.form.forStaff, turn.text);
  turn.formWaiting = true;
  await next();
};

/** An answer this long says more than a form's answer (a name, a time, a yes). */
const saysMoreFrom = 6;

/**
 * A question, a case check, a request for a person, or a message confidently about another service
 * belongs to the conversation; so does a sentence that answers nothing while a disclosure or a danger
 * to life is live ("he's at the window, he's seen me" to "what name should we ask for?"), which the
 * conversation meets with 999 now (step 9).
 */
async function readsAsSomethingElse(turn: Turn, text: string, form: FormId, answered: boolean): Promise<boolean> {
  if (isQuestion(text) || saysGoodbye(text)) return true;
  // "Check case N B C…" half way through a bin report was asked "which bin was it?" again.
  if (form !== 'check-case' && asksForCaseCheck(text, turn.ports.profile.council.referencePrefix)) return true;
  // A word or two ("no", "kitchen?") is an attempt at the answer, not a new subject.
  if (text.split(/\s+/).length < 3) return false;
  if (!answered && concernStillLive(turn.memory.raisedConcern)) return true;
  const decision = await turn.ports.triage(text, turn.safety, { startsForm: () => true });
  if (decision.route.kind === 'human') return true;
  const confident = decision.route.kind === 'answer' && decision.route.answer.kind === 'answer';
  // A vague reply ("I really do not know") can land near an article by chance: a new subject names it.
  return confident && namesTopArticle(text, decision.articles) && !formSubjects[form].includes(decision.topic);
}
