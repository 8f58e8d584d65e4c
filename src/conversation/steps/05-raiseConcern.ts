import { detectLanguage } from '../../triage/language.js';
import { safetyQuestion } from '../../triage/safetyReplies.js';
import { aboutSomeoneElse } from '../../triage/triage.js';
import { continueForm } from '../formTurns.js';
import { startHandoff, stopForm } from '../handoffStart.js';
import type { ConversationMemory } from '../memory.js';
import { rememberTurn, storySoFar } from '../memory.js';
import { callBackChoice } from '../../reply.js';
import { dangerIsNear, helpIsComing } from '../safetyFollowUp.js';
import { adviceAgain, dangerNear, firstAidFor, helpOnItsWay } from '../../triage/safetyFollowUpReplies.js';
import { asksWhatToDo, concernStillLive, hoursNow, isConcern, raisedRecently } from '../safetyConcern.js';
import type { Step, Turn } from '../turn.js';

/**
 * 5. An emergency or a disclosure interrupts whatever was happening: a form stops (its details kept
 * for the advisor), the safety reply goes out, and in opening hours a disclosure brings in a person.
 * A worrying sign below a flag (the grey zone) gets one calm question first, with buttons; a form
 * in progress waits for the answer.
 */
/**
 * The grey-zone question would only repeat what the conversation has dealt with: its sign comes
 * from earlier messages alone (a disclosure read again beside "Request a call back"), and the
 * safety reply for a concern has already been given in this conversation; or the resident has
 * already answered the same question without a yes, and only a reading asks it again.
 */
const alreadyAnswered = ({ memory, safety }: Parameters<Step>[0]): boolean => {
  const signs = safety.evidence.filter((id) => !id.startsWith('human.'));
  if (memory.raisedConcern !== undefined && signs.every((id) => id.startsWith('context.'))) return true;
  // "Talk to someone" read with the messages before it, whose sign none had alone: the person asked for reads the
  // conversation; a question first only delays them (the heating off, told in Polish, then asked on the way to an advisor).
  if (safety.wantsHuman && signs.every((id) => id.startsWith('context.'))) return true;
  const readingOnly = signs.every((id) => readingsOnly.some((layer) => id.startsWith(layer)));
  // After a disclosure's reply (999 first), a reading alone of "please don't tell anyone I called" is the
  // same worry, not a new danger: it is answered (step 7), not met with "are you in danger right now?".
  if (memory.raisedConcern?.safeguarding && safety.safetyCheck === 'danger' && readingOnly) return true;
  // The reply to the question just asked ("yes my son is in the bedroom with me now") is its answer (step 7), not a reason to ask again.
  if (memory.awaiting?.kind === 'safety-check' && readingOnly) return true;
  // While someone's danger or a disclosure is live, a reading alone of the next message is about it ("should I
  // just leave him to sleep"): answered with that concern (step 9), never a new question aimed at the caller (caller trial 14, C4).
  // A sign beside the reading still asks, about them if the message is (below): inside a form, step 9 would not hear it.
  if (concernStillLive(memory.raisedConcern) && readingOnly) return true;
  // Just after gas, carbon monoxide or any emergency, a reading alone of "I'm still in the lounge, just a bit of a headache"
  // as suicidal is the emergency's symptoms, for its advice to answer (caller trial 15, C5: the suicide question, then Samaritans).
  if (memory.raisedConcern?.emergency !== undefined && raisedRecently(memory) && safety.safetyCheck === 'self-harm' && readingOnly) return true;
  // A sick child told of twice on a call was asked twice whether anyone was in danger: once answered,
  // the same question waits for a sign the detectors name, not another reading of the same worry.
  // The self-harm question is asked again whenever a message reads that way: a "no" then is not a "no" now.
  return safety.safetyCheck === 'danger' && (memory.safetyQuestionsAnswered ?? []).includes('danger') && readingOnly;
};
/** The layers that read a message as a whole (the classifier, the nearest examples, the conversation so far), rather than name a sign. */
const readingsOnly = ['classifier.', 'example.', 'context.'];

/**
 * A read-back confirmed in the same breath as a new emergency or disclosure ("Confirm. Oh, my mum's
 * just said she feels sick"): the report the resident confirmed was dropped with the form, and "did
 * the report go through?" then got an article (caller trial 15, H3, a carbon monoxide report for a
 * home with an 80-year-old in it).
 */
const confirmsFirst = /^\W*(?:confirm(?:ed)?|yes|yeah|yep|that'?s (?:right|correct|it|all correct)|correct)\b/i;

async function sendConfirmed(turn: Turn, form: NonNullable<ConversationMemory['form']>): Promise<void> {
  const { memory } = turn;
  const [stoppedForm, detailsCollected] = [memory.stoppedForm, memory.detailsCollected];
  memory.form = form;
  const sent = await continueForm({ ...turn, text: 'Confirm' }, async () => false);
  // Not sent after all (the form asked again): the report stays stopped, its details kept for the advisor.
  if (sent.status === 'waiting') [memory.form, memory.stoppedForm, memory.detailsCollected] = [undefined, stoppedForm, detailsCollected];
}

export const raiseConcern: Step = async (turn, next) => {
  const { memory, ports, out, text, safety } = turn;
  // After a disclosure, "he's coming back", "I can't talk now" in the middle of the call back form:
  // 999 in a few words, and the form waits; it is never the name an advisor will ask for (caller trial 11).
  if (!isConcern(safety) && memory.raisedConcern?.safeguarding && memory.form && dangerIsNear.test(text)) {
    await out.say(dangerNear(memory.raisedConcern, ports.profile));
    turn.outcome = { route: 'safety', topic: memory.lastTopic ?? 'contact-human' };
    return;
  }
  if (isConcern(safety)) {
    if (memory.awaiting?.kind === 'safety-check') memory.awaiting = undefined;
    const decision = await ports.triage(text, safety, { earlier: memory.residentMessages ?? [], ...(turn.message.spoken && { spoken: true }), ...(turn.message.advisorsAway && { advisorsAway: true }) });
    if (decision.language && decision.language !== 'eng') memory.language = decision.language;
    // "Confirm. Oh, my mum's just said she feels sick" to a report's read-back: the report is sent too, after the safety reply.
    const confirmed = memory.form?.step.kind === 'confirming' && confirmsFirst.test(text) ? memory.form : undefined;
    stopForm(turn);
    // The leak is still what would be logged, not "the baby won't wake".
    if (!turn.worseAfterAdvice) memory.reportableText = text;
    // Part of what the resident has said: a form started later ("I just want the mould sorted") is not asked it again.
    rememberTurn(memory, 'resident', text);
    // "I've already rung 999 and they said it could be hours… can I lift her?": what to do while help comes, not "call 999 now" (caller trial 19, C18-10).
    const story = storySoFar(memory, text);
    const helpCalled = safety.emergency === 'danger-to-life' && !safety.safeguarding && helpIsComing.test(text);
    await out.say(helpCalled ? { ...helpOnItsWay(ports.profile, text, true, story), ...(decision.reply.choices && { choices: decision.reply.choices }) } : decision.reply);
    // "He's bleeding a lot, should I press a towel on it?": its first-aid "do" or "don't" straight after the 999 (caller trial 18, H18-09).
    const aid = safety.emergency === 'danger-to-life' && !helpCalled ? firstAidFor(text, story) : undefined;
    if (aid) await out.say({ text: aid, urgent: 'emergency' });
    turn.outcome = { route: 'safety', topic: decision.topic };
    if (confirmed) await sendConfirmed(turn, confirmed);
    if (turn.worseAfterAdvice) {
      await out.say(adviceAgain({ emergency: turn.worseAfterAdvice }, ports.profile, hoursNow(turn), turn.message.spoken === true));
      memory.awaiting = { kind: 'safety-advice', ...(hoursNow(turn) !== 'open' && { offer: 'Report it' }) };
      return;
    }
    // Out of hours the reply itself gives the out-of-hours line and a call back: nobody can join. On a call, a person joins by
    // transfer, on hold: not while the caller must first act on an emergency: get out of gas, fumes or a fire (caller trial 26,
    // C26-14: put through, on hold, with gas hissing in the building), or call 999 and cut someone down or start CPR (caller trial
    // 27, N-4 and C25-12: put through on hold beside someone hanging). They can ask for a person once safe.
    const mustActFirst = turn.message.spoken === true && safety.emergency !== null;
    if (safety.safeguarding && hoursNow(turn) === 'open' && !mustActFirst) {
      await startHandoff(turn, 'safeguarding', decision.topic);
      return;
    }
    // Out of hours the advice offers one thing in words ("I can log this as an emergency", "I can ask one to call you back"): "yes" takes it.
    const reportable = decision.reply.choices?.some((choice) => choice.label === 'Report it') === true;
    const offer = hoursNow(turn) === 'open' ? undefined : safety.emergency ? (reportable ? 'Report it' : undefined) : callBackChoice.label;
    memory.awaiting = { kind: 'safety-advice', ...(offer && { offer }) };
    return;
  }
  // Straight after emergency advice, a worry read in the next message ("my husband's got a headache") is the advice's to answer (step 7), not "are you in danger?".
  // So is "should I jump in and get her?" after someone fell in the canal: a question about what to do now, not a worry to ask about (caller trial 22).
  const afterEmergencyAdvice =
    memory.awaiting?.kind === 'safety-advice' && memory.raisedConcern?.emergency !== undefined && (safety.safetyCheck === 'danger' || (concernStillLive(memory.raisedConcern) && asksWhatToDo(text)));
  if (safety.safetyCheck && !alreadyAnswered(turn) && !afterEmergencyAdvice) {
    // The message waits for the answer: its language is noted now, so a person brought in instead knows which interpreter to book.
    const language = turn.message.choicePicked ? 'eng' : detectLanguage(text, Object.keys(ports.profile.interpreterLines));
    if (language !== 'eng') memory.language = language;
    // Suicidal thinking read in a message about someone else asks whether anyone is in danger, not about the resident's own life.
    const check = safety.safetyCheck === 'self-harm' && aboutSomeoneElse(text, memory.residentMessages) ? 'danger' : safety.safetyCheck;
    memory.awaiting = { kind: 'safety-check', check, text };
    await out.say(safetyQuestion(check, ports.profile));
    turn.outcome = { route: 'safety-check', topic: memory.lastTopic ?? 'contact-human' };
    return;
  }
  // A question already dealt with is not asked later either: the message is answered as it is (it went unanswered).
  if (safety.safetyCheck) turn.safety = { ...safety, safetyCheck: null };
  await next();
};
