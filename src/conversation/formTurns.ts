import { caseTypeCodes } from '../cases/caseSystem.js';
import type { FormTurn, ReadsAsSomethingElse } from '../forms/formRunner.js';
import type { FormId } from '../forms/formIds.js';
import { adviceFor, emergencyReply } from '../triage/safetyReplies.js';
import { safetyChoicesFor } from '../triage/triage.js';
import { hoursNow } from './safetyConcern.js';
import { untilWeCallBack } from '../triage/safetyFollowUpReplies.js';
import type { TopicId } from '../triage/topics.js';
import { formTopics } from './formIntents.js';
import { startHandoff } from './handoffStart.js';
import { caseLookupsStopped, complaintChoice, laterReportOffer, withAnythingElse } from './phrases.js';
import { callBackSubject, concernLines } from './concernForStaff.js';
import type { Turn, TurnOutcome } from './turn.js';
import { interpreterNote } from '../triage/language.js';

/** Case checks that showed nothing before the conversation stops offering them: a script cannot walk references through one chat. */
const failedCaseLookupsAllowed = 3;

const lookupsUsedUp = (turn: Turn): boolean => (turn.memory.failedCaseLookups ?? 0) >= failedCaseLookupsAllowed;

const callerOf = ({ message }: Turn) => ({
  channel: message.channel,
  conversationId: message.conversationId,
  userId: message.userId,
  ...(message.messageId && { messageId: message.messageId }),
  ...(message.spoken && { spoken: true }),
});

/** Words that name a kind of case, and its code in a reference ("NBC-REP-…"). */
const caseWords: readonly [RegExp, string][] = [
  [/\b(?:repairs?|leak\w*|tap|boiler|heating|door|window|toilet)\b/i, caseTypeCodes.repair],
  [/\b(?:damp|mould|mold|condensation)\b/i, caseTypeCodes['damp-mould']],
  [/\b(?:bins?|collection|recycling|rubbish)\b/i, caseTypeCodes['missed-bin']],
  [/\bcall ?back\b/i, caseTypeCodes.callback],
];

/**
 * The case "what's happening with my repair?" asks after in the conversation that raised it: the latest of the kind it names, or
 * the latest. Asked for its reference minutes after it was given, "the one you just gave me" was refused (caller trial 29, H29-03);
 * the conversation that raised a case is shown its status without one.
 */
function raisedHere(references: readonly string[], asked: string): string {
  const code = caseWords.find(([words]) => words.test(asked))?.[1];
  return [...references].reverse().find((reference) => code !== undefined && reference.includes(`-${code}-`)) ?? references.at(-1)!;
}

/**
 * Starts a form, filled from what the resident has said so far (`said`, oldest first), with any
 * photos or location sent before it; a case check stops after too many lookups that showed nothing.
 */
export async function startForm(turn: Turn, form: FormId, topic: TopicId, said: readonly string[]): Promise<TurnOutcome> {
  const { memory, ports } = turn;
  const formTopic = formTopics[form] ?? topic;
  if (form === 'check-case' && lookupsUsedUp(turn)) {
    await turn.out.say(caseLookupsStopped(ports.profile));
    return { route: 'form', topic: formTopic };
  }
  const topicBefore = memory.lastTopic;
  memory.lastTopic = formTopics[form] ?? memory.lastTopic;
  const evidence = memory.sharedEvidence;
  memory.sharedEvidence = undefined;
  // A repair cut short by an emergency and started again had forgotten "kitchen tap… three days".
  const stopped = memory.stoppedForm?.form === form ? memory.stoppedForm : undefined;
  memory.stoppedForm = undefined;
  // A call back for a resident who said we must not call them (asked for, or taken after a transfer nobody answered) starts
  // knowing it: no number is asked, nobody is to call, and the concern is logged (caller trial 17, P2).
  const earlier =
    form === 'request-callback' && memory.noCalls
      ? { details: { ...stopped?.details, safeToCall: 'not-safe' }, noticed: stopped?.noticed ?? [] }
      : form === 'check-case' && memory.caseReferences.length > 0
        ? { details: { reference: raisedHere(memory.caseReferences, said.at(-1) ?? '') }, noticed: [] }
        : stopped;
  // A call back carries what the caller will need: the concern in the resident's words, and a report a handoff stopped (a 78-year-old's
  // half-told heating repair became a name, a number and a time: caller trial 29, H29-08).
  const forStaff = form === 'request-callback' ? [...callBackSubject(topic, topicBefore, said), ...concernLines(memory), ...memory.detailsCollected] : [];
  const formTurn = await ports.forms.start(
    form,
    { said, ...(memory.priority && { priority: memory.priority }), ...(evidence && { evidence }), ...(earlier && { earlier }), ...(memory.language && { notes: [interpreterNote(memory.language)] }), ...(forStaff.length > 0 && { forStaff }) },
    callerOf(turn),
  );
  await finishFormTurn(turn, formTurn);
  return { route: 'form', topic: formTopic };
}

/** Hands the message to the form in progress; `not-an-answer` leaves the form waiting for the conversation to take the message. */
export async function continueForm(turn: Turn, somethingElse: ReadsAsSomethingElse): Promise<FormTurn> {
  const { memory, ports, message } = turn;
  if (!memory.form) throw new Error('continueForm called with no form in progress');
  const formTurn = await ports.forms.continue(memory.form, { text: turn.text, ...(message.evidence && { evidence: message.evidence }) }, callerOf(turn), somethingElse);
  await finishFormTurn(turn, formTurn);
  return formTurn;
}

/** What a form's turn says, and where an ended form leads: a case, an emergency, or a person. */
async function finishFormTurn(turn: Turn, formTurn: FormTurn): Promise<void> {
  const { memory, out, ports } = turn;
  if (formTurn.status === 'not-an-answer') return;
  for (const reply of formTurn.replies) await out.say(reply);
  if (formTurn.status === 'waiting') {
    memory.form = formTurn.state;
    return;
  }
  memory.form = undefined;
  const { result } = formTurn;
  switch (result.kind) {
    case 'submitted':
      memory.caseReferences = [...memory.caseReferences, result.reference];
      // "How do I check on it later?" is about this report.
      memory.lastSubject = ports.forms.nameOf(result.form);
      memory.detailsCollected = [];
      ports.telemetry.record({
        name: 'case-raised',
        conversationId: turn.message.conversationId,
        channel: turn.message.channel,
        topic: formTopics[result.form] ?? 'contact-human',
        caseType: result.caseKind,
        reference: result.reference,
      });
      if (memory.frustrated) {
        memory.frustrated = undefined;
        await out.say({ ...result.reply, caseReference: result.reference, choices: [complaintChoice], offer: complaintChoice.label });
        return;
      }
      await out.say({ ...result.reply, caseReference: result.reference });
      if (memory.laterReport) {
        await out.say(laterReportOffer(memory.laterReport.said, memory.laterReport.form));
        return;
      }
      // Nobody calls this minute (out of hours, not tonight): the lines open now, said again before the conversation ends.
      if (result.form === 'request-callback' && memory.raisedConcern?.safeguarding) await out.say(untilWeCallBack(memory.raisedConcern.safeguarding, ports.profile, hoursNow(turn)));
      return;
    case 'emergency': {
      memory.priority = 'emergency';
      memory.raisedConcern = { emergency: result.emergency };
      // As after any emergency advice: an answer to it ("ok I am outside now") is taken as one, and out of hours "yes" logs it.
      memory.awaiting = { kind: 'safety-advice', ...(hoursNow(turn) !== 'open' && { offer: 'Report it' }) };
      memory.detailsCollected = result.details;
      memory.reportableText = result.details.find((line) => line.label === 'What is wrong')?.value ?? memory.reportableText;
      await out.say({ text: emergencyReply(result.emergency, ports.profile, 'report', hoursNow(turn), turn.message.spoken === true), choices: safetyChoicesFor(hoursNow(turn), true), urgent: 'emergency' });
      return;
    }
    case 'needs-advisor':
      memory.detailsCollected = result.details;
      await startHandoff(turn, result.reason === 'asked-for-person' ? 'asked-for-person' : 'dialog-failed', formTopics[result.form] ?? 'contact-human');
      return;
    case 'case-status':
      // A status read out, or "I can't show a case…", is not where a conversation stops: there is something to answer.
      memory.failedCaseLookups = (memory.failedCaseLookups ?? 0) + (result.shown ? 0 : 1);
      if (!result.shown && lookupsUsedUp(turn)) {
        await out.say(result.reply);
        await out.say(caseLookupsStopped(ports.profile));
        return;
      }
      await out.say(withAnythingElse(result.reply));
      return;
    case 'cancelled':
      await out.say(withAnythingElse(result.reply));
      // A call back given up after a disclosure: nobody will ring, so the lines open to them now (caller trial 11, F24).
      if (result.form === 'request-callback' && memory.raisedConcern?.safeguarding) {
        await out.say({ text: adviceFor(memory.raisedConcern.safeguarding, ports.profile, memory.raisedConcern.about).join('\n\n'), urgent: 'safeguarding' });
      }
      return;
    default:
      // A report refused ("the last day to report was…") or answered ("a wrong items sticker…") asks what else.
      await out.say(withAnythingElse(result.reply));
  }
}
