import { combineEvidence } from '../../forms/sharedEvidence.js';
import { topicLabel, type TopicId } from '../../triage/topics.js';
import type { RetrievedArticle } from '../../knowledge/hybridRetriever.js';
import type { BotReply } from '../../reply.js';
import { helpfulPrompt } from '../followUps.js';
import { actionForChoice, asksForARepair, asksToReport, formForMessage, isQuestion, isReportForm, namesSubjectOf, reportForms } from '../formIntents.js';
import { startForm } from '../formTurns.js';
import { closeConversation } from '../goodbye.js';
import { handoffReasonForRequest, startHandoff, stopForm } from '../handoffStart.js';
import { rememberTurn } from '../memory.js';
import { asksAnotherQuestion, asksForMore, leavingNow, nothingMore, whatToAsk, changesMind, offerDeclined, endsConversation, evidenceKept, finishThisFirst, formStopped, frustrationHeard, locationKept, reportThatNext } from '../phrases.js';
import { asksWhatToDo, concernIsRecent, concernStillLive, raisedRecently, remindOfDanger } from '../safetyConcern.js';
import { namesTopArticle } from '../../triage/conversationCues.js';
import { asksUsToCall, dangerNear, leavingWhileInDanger } from '../../triage/safetyFollowUpReplies.js';
import { asksHowToReachUs } from '../../triage/triage.js';
import { findHealthEffects, findRepeatedFailure } from '../../serviceRequests/slots.js';
import { mouldHealthAdvice } from '../../serviceRequests/rules.js';
import { globalCommand, saysGoodbye } from '../../forms/globalCommands.js';
import type { Step, Turn } from '../turn.js';

/** Two unsure answers in a row: a person rather than a third guess. */
const lowConfidenceTurnsBeforeHandoff = 2;
/** This many negative messages in a row, each at or below the threshold, bring in a person. */
const negativeTurnsBeforeHandoff = 3;
const negativeThreshold = -0.4;

/**
 * 9. Route: a button that starts a form or asks for a person; otherwise triage decides between a
 * form to start (filled from what the resident has said), a person, small talk, or a grounded
 * answer ("not sure" below confidence), streamed sentence by checked sentence where the channel can.
 * A message a form gave back is answered without starting anything new, and the form resumes.
 */
export const route: Step = async (turn) => {
  const { memory, out, text, message } = turn;
  // Photos and a location outside a form wait for the report they belong to.
  memory.sharedEvidence = combineEvidence(memory.sharedEvidence, turn.formWaiting ? undefined : message.evidence);
  if (!text) {
    await out.say(message.evidence?.media.length ? evidenceKept : locationKept);
    turn.outcome = { route: 'evidence', topic: memory.lastTopic ?? 'contact-human' };
    return;
  }
  rememberTurn(memory, 'resident', text);
  const picked = actionForChoice(text, memory.offeredActions);
  memory.offeredActions = [];
  // A button that starts a form or asks for a person needs no routing: nothing is retrieved or embedded for it.
  if (picked === 'talk-to-someone') return handOver(turn, memory.lastTopic ?? 'contact-human');
  if (picked && !turn.formWaiting) {
    // A button carries no details; the emergency's own words fill the report "Report it" starts (damp and mould when they name it).
    const reportable = picked === 'report-repair' && memory.priority === 'emergency' ? memory.reportableText : undefined;
    const form = reportable && (namesSubjectOf('report-damp-mould', reportable) || memory.raisedConcern?.emergency === 'damp-health') ? 'report-damp-mould' : picked;
    // Words that took the offer ("yes, but ring in the morning") fill what they say; the emergency's own words come last, so they give the problem.
    // The report asked for while another was being made: its own words fill it (H29-09).
    const laterSaid = memory.laterReport?.form === form ? memory.laterReport.said : undefined;
    memory.laterReport = undefined;
    const said = [...(laterSaid ? [laterSaid] : []), ...(turn.tookOfferWith ? [turn.tookOfferWith] : []), ...(reportable ? [reportable] : [])];
    turn.outcome = await startForm(turn, form, memory.lastTopic ?? 'contact-human', said);
    return;
  }
  // Offered once: anything else said to the offer lets it go.
  if (!turn.formWaiting) memory.laterReport = undefined;
  if (!turn.formWaiting && (await leaving(turn))) return;
  if (asksAnotherQuestion(text) && !turn.formWaiting) {
    await out.say(whatToAsk);
    turn.outcome = { route: 'smalltalk', topic: memory.lastTopic ?? 'contact-human' };
    return;
  }
  await decide(turn);
  if (turn.formWaiting && memory.form) await out.say(resumeForm(turn));
};

/**
 * With no form open, "hang up", "end the call", "stop", "cancel" or "never mind" end the
 * conversation at once, and a goodbye ("no thank you, that is everything", "I will call back
 * later") closes it with the rating question; "more" with no cut answer waiting (a call continues
 * one before the bot hears it) says so. A caller who said these heard "I'm not sure I've
 * understood", a garages article, or the call back form.
 */
/**
 * "Hang up", "end the call": not "if I hang up, will they still come?" (caller trial 24, N24-C1: the call was ended on it), nor
 * "I don't want to end the call in case no one comes", which ended a call beside an unconscious partner.
 */
const asksToHangUp = (text: string): boolean =>
  /\b(hang up|end (the|this) (call|chat|conversation))\b/i.test(text) &&
  !/\?|\bin case\b|\b(?:if|when|before|after|once|should|shall|can|do|then)\s+(?:i|we|you)\s+(?:\w+\s+)?(?:hang up|end)\b|\b(?:can'?t|cannot|won'?t|don'?t|do not|not|never)\s+(?:[\w']+\s+){0,3}(?:hang up|end)\b/i.test(text);

async function leaving(turn: Turn): Promise<boolean> {
  const { memory, out, text } = turn;
  const topic = memory.lastTopic ?? 'contact-human';
  if (asksForMore(text)) {
    await out.say(nothingMore);
    turn.outcome = { route: 'smalltalk', topic };
    return true;
  }
  if (globalCommand(text) === 'cancel' || asksToHangUp(text)) {
    // Someone in danger a message or two ago: the way to 999 before the call ends (caller trial 24, N24-C1).
    const inDanger = raisedRecently(memory) && (memory.raisedConcern?.emergency || memory.raisedConcern?.safeguarding);
    await out.say(inDanger ? leavingWhileInDanger(turn.ports.profile) : leavingNow);
    turn.outcome = { route: 'smalltalk', topic };
    return true;
  }
  if (!saysGoodbye(text)) return false;
  await closeConversation(turn);
  turn.outcome = { route: 'smalltalk', topic };
  return true;
}

async function decide(turn: Turn): Promise<void> {
  const { memory, ports, out, text, message } = turn;
  const formFor = (topic: TopicId, confident: boolean) => formForMessage(text, topic, confident, ports.profile.council.referencePrefix);
  const decision = await ports.triage(text, turn.safety, {
    history: memory.recentTurns ?? [],
    onAnswerText: (textSoFar) => out.draft(textSoFar),
    // A message that starts a form is not answered: no model answer is drafted for it.
    startsForm: (topic, confident) => !turn.formWaiting && formFor(topic, confident) !== undefined,
    ...(message.choicePicked && { choicePicked: true }),
    ...(subjectOf(turn) && { subject: subjectOf(turn) }),
    ...(turn.formWaiting && { withinForm: true }),
    ...(message.spoken && { spoken: true }),
  });
  const { topic } = decision;
  if (decision.language && decision.language !== 'eng') memory.language = decision.language;
  if (decision.route.kind === 'smalltalk' && asksHowToReachUs(text)) return answerHowToReachUs(turn, decision.reply, topic);
  // While a disclosure or a danger to life is live, a sentence that nothing here answers is about it; in
  // the few messages after it was raised, any message is, unless it asks for a report or a person.
  const words = text.split(/\s+/).length;
  const offSubject = !namesTopArticle(text, decision.articles);
  const live = concernStillLive(memory.raisedConcern);
  const asksWhatToDoNow = live && raisedRecently(memory) && asksWhatToDo(text);
  // "Will someone come?", "please just get someone here" beside someone not breathing: nobody from here can come, 999 now; never
  // an advisor's line or the office hours (caller trial 25, C25-12).
  const asksUsToSend = memory.raisedConcern?.emergency === 'danger-to-life' && !memory.raisedConcern.safeguarding && raisedRecently(memory) && asksUsToCall.test(text);
  const confident = decision.route.kind === 'answer' && decision.route.answer.kind === 'answer';
  // After their own thoughts of ending their life, a resident asking about what brought them there (the eviction, the bailiffs,
  // the debt) is answered, with the helplines said again first: the same reminder to every question left them stuck, and the
  // answer is itself protective (caller trial 30, C30-16). Not while pills are taken or a plan is told (`resolvedToAct`, step 2's follow-ups).
  const concern = memory.raisedConcern;
  const asksAboutWhatLedThere =
    concern?.safeguarding === 'self-harm' && concern.about === undefined && !concern.emergency && confident && !offSubject && (!turn.formWaiting || isQuestion(text)) && !asksWhatToDoNow && !asksUsToSend;
  const aboutTheConcern =
    !asksAboutWhatLedThere && (concernIsRecent(memory) || asksWhatToDoNow || (live && words >= 3 && (turn.formWaiting ? !isQuestion(text) || offSubject : offSubject)));
  // "Should we get out?", "what do I do with her?" in a live emergency: what to do now, whatever article or
  // form its words name (caller trial 16, C5: the gas safety check article, the emergency repairs article).
  if ((asksWhatToDoNow && decision.route.kind !== 'human') || asksUsToSend) {
    turn.outcome = { route: 'safety', topic };
    await remindOnce(turn);
    if (memory.form && turn.formWaiting) await out.say(ports.forms.question(memory.form));
    return;
  }
  let form = formFor(topic, confident);
  if (form && turn.formWaiting) {
    // "Actually no, forget the bin, I want to report damp": the resident changed their mind. A case
    // check asked for in the middle of a report is one too: they would not ask if they meant to go on.
    if (!changesMind(text) && form !== 'check-case') {
      const later = !aboutTheConcern || isQuestion(text);
      if (later && isReportForm(form)) memory.laterReport = { form, said: text };
      await out.say(!later ? remindOfDanger(turn) : isReportForm(form) ? reportThatNext : finishThisFirst);
      turn.outcome = { route: 'form', topic };
      return;
    }
    const stopped = memory.form!;
    stopForm(turn);
    memory.detailsCollected = [];
    turn.formWaiting = false;
    await out.say(formStopped(ports.forms.nameOf(stopped.form)));
    // "Forget the bin, I want to report damp" names both: the new report is the one not just stopped.
    if (form === stopped.form) form = reportForms.find((other) => other !== stopped.form && namesSubjectOf(other, text));
    if (!form) {
      await out.say(offerDeclined);
      turn.outcome = { route: 'form', topic };
      return;
    }
  }
  // "I've been knocking on his bedroom door and nothing" after a parent's disclosure names a door, not a repair (caller trial 13);
  // "he's broken the lock" while a man with a knife is at her door is the attack, told again, unless a repair is asked for in
  // words (caller trial 18, H18-04: an emergency repair form).
  const asksForIt = memory.raisedConcern?.scene === 'attack' && raisedRecently(memory) ? asksToReport(text) : asksForARepair(text);
  if (form === 'report-repair' && concernStillLive(memory.raisedConcern) && words >= 3 && !isQuestion(text) && !asksForIt) {
    turn.outcome = { route: 'safety', topic };
    await remindOnce(turn);
    return;
  }
  if (form) {
    // "Can I still get the tap booked in?" just after taking too many tablets: what to do now first, then the report.
    if (concernIsRecent(memory) && !turn.dangerReminded) await out.say(remindOfDanger(turn, true));
    // Repeated failure or anger is heard before the report is taken, with a complaint route alongside.
    if (findRepeatedFailure(text) || turn.sentiment.emotions.includes('angry')) {
      memory.frustrated = true;
      await out.say(frustrationHeard);
    }
    turn.outcome = await startForm(turn, form, topic, saidSoFar(turn));
    return;
  }
  if (decision.route.kind === 'human') return handOver(turn, topic);
  const menu = decision.route.kind === 'answer' && !turn.formWaiting ? topicMenu(text, topic, decision.articles) : undefined;
  if (menu) {
    memory.lastTopic = topic;
    turn.outcome = { route: 'answer', topic };
    await out.say(menu);
    return;
  }
  if (decision.route.kind === 'smalltalk') {
    turn.outcome = { route: 'smalltalk', topic };
    if ((turn.afterSafetyAdvice || aboutTheConcern) && !endsConversation(text)) {
      await remindOnce(turn);
      return;
    }
    if (!endsConversation(text)) {
      await out.say(decision.reply);
      return;
    }
    // Leaving in the middle of a form: nothing is sent.
    stopForm(turn);
    await closeConversation(turn);
    return;
  }
  if (!turn.formWaiting && sustainedNegative(turn)) {
    await startHandoff(turn, 'negative-sentiment', topic);
    // A fresh start, so the next bad message alone does not trigger another handoff.
    memory.sentiment = [];
    turn.outcome = { route: 'human', topic };
    return;
  }
  if (decision.route.kind !== 'answer') {
    turn.outcome = { route: decision.route.kind, topic };
    return;
  }
  const { answer } = decision.route;
  const ids = { conversationId: message.conversationId, channel: message.channel };
  if (answer.kind === 'unsure') {
    ports.telemetry.record({ name: 'unanswered', ...ids, topic, question: text, confidence: answer.confidence });
    turn.outcome = { route: 'unsure', topic };
    if (turn.afterSafetyAdvice || aboutTheConcern) {
      // Straight after emergency advice, or while a disclosure is live, a reply the bot cannot place is not a new question.
      await remindOnce(turn);
      return;
    }
    if (!turn.formWaiting) {
      memory.lastTopic = topic;
      memory.lowConfidenceTurns += 1;
      if (memory.lowConfidenceTurns >= lowConfidenceTurnsBeforeHandoff) {
        memory.lowConfidenceTurns = 0;
        await startHandoff(turn, 'low-confidence', topic);
        turn.outcome = { route: 'human', topic };
        return;
      }
    }
    await adviseOnHealth(turn, topic);
    await out.say(turn.formWaiting ? { text: decision.reply.text } : decision.reply);
    return;
  }
  // Straight after safety advice, something told rather than asked ("we've gone round to my sister's",
  // "she's still not answering") is about the emergency, not a question an article answers: on a call
  // such messages got the roads, noise or bins article (caller trials 12 and 12b).
  if (((turn.afterSafetyAdvice && !isQuestion(text)) || aboutTheConcern) && !asksAboutWhatLedThere) {
    turn.outcome = { route: 'safety', topic };
    await remindOnce(turn);
    return;
  }
  if (asksAboutWhatLedThere) await remindOnce(turn);
  await adviseOnHealth(turn, topic);
  ports.telemetry.record({ name: 'answer', ...ids, topic, articleId: answer.articleId, confidence: answer.confidence });
  memory.articlesShown = [...memory.articlesShown, answer.articleId].slice(-5);
  memory.lastSubject = answer.articleTitle;
  rememberTurn(memory, 'bot', answer.text);
  turn.outcome = { route: 'answer', topic };
  if (turn.formWaiting) {
    // The form's question comes next, so its buttons stay last; the answer's own buttons wait.
    await out.say({ text: decision.reply.text });
    return;
  }
  memory.lastTopic = topic;
  memory.lowConfidenceTurns = 0;
  memory.offeredActions = answer.actions.flatMap((action) => (action.start ? [{ label: action.label, start: action.start }] : []));
  memory.awaiting = { kind: 'helpful', articleId: answer.articleId };
  await out.say(helpfulPrompt(decision.reply));
}

/**
 * "Can I e-mail instead? Where's your office?": how to reach us is answered whatever else is live,
 * and a call back being taken stops, as the resident cannot or will not be called; after a
 * disclosure, how to call 999 in silence and the helpline follow (caller re-trial 15b, H2: four
 * callers who could not be phoned were each sent back into the call back form).
 */
async function answerHowToReachUs(turn: Turn, reply: BotReply, topic: TopicId): Promise<void> {
  const { memory, out, ports } = turn;
  if (turn.formWaiting && memory.form?.form === 'request-callback') {
    const stopped = memory.form;
    stopForm(turn);
    turn.formWaiting = false;
    await out.say(formStopped(ports.forms.nameOf(stopped.form)));
  }
  await out.say(reply);
  if (memory.raisedConcern?.safeguarding) await out.say(dangerNear(memory.raisedConcern, ports.profile));
  turn.outcome = { route: 'smalltalk', topic };
}

/** Most article titles a topic's menu offers: a short list, read out on a call. */
const topicMenuLength = 5;

/**
 * A message that is only a topic's name ("Council tax", the welcome menu's choice or pressed on a
 * call) asks about the whole topic: its articles to choose from, not the one retrieval ranked first
 * (a caller pressing "Council tax" was read Council Tax Reduction).
 */
function topicMenu(text: string, topic: TopicId, articles: readonly RetrievedArticle[]): BotReply | undefined {
  const name = topicLabel(topic);
  if (text.trim().toLowerCase().replace(/[.!?]+$/, '') !== name.toLowerCase()) return undefined;
  const titles = [...new Set(articles.filter((hit) => hit.article.topic === topic).map((hit) => hit.article.title))].slice(0, topicMenuLength);
  if (titles.length < 2) return undefined;
  return { text: `What would you like to know about ${name.toLowerCase()}?`, choices: titles.map((label) => ({ label })) };
}

/**
 * What the conversation is about now: the form that gave the message back, or the last answer. A
 * message that names another report's subject ("also my boiler has stopped working") is about that,
 * not read with the form's subject.
 */
function subjectOf({ memory, formWaiting, ports, text }: Turn): string | undefined {
  if (!formWaiting || !memory.form) return memory.lastSubject;
  const form = memory.form.form;
  return reportForms.some((other) => other !== form && namesSubjectOf(other, text)) ? undefined : ports.forms.nameOf(form);
}

/**
 * Damp or mould told as harming someone's health, outside a report (whose own notice says it): a GP or NHS 111, and 999 if
 * breathing is hard, before the answer or the not-sure reply. In Polish, children coughing got the article alone (caller trial 30, C30-48).
 */
async function adviseOnHealth({ formWaiting, text, out }: Turn, topic: TopicId): Promise<void> {
  const health = topic === 'damp-mould' && !formWaiting ? findHealthEffects(text) : undefined;
  if (health) await out.say({ text: mouldHealthAdvice(health.severe) });
}

/**
 * What to do now, said once a turn: a call back form's step had said it for an answer that said more ("i just want the letters
 * to stop"), and the conversation said it again beneath it (caller trial 31, C31-16: the same paragraph twice, twice).
 */
async function remindOnce(turn: Turn): Promise<void> {
  if (!turn.dangerReminded) await turn.out.say(remindOfDanger(turn));
}

/** A person, asked for by button or in words. */
async function handOver(turn: Turn, topic: TopicId): Promise<void> {
  await startHandoff(turn, handoffReasonForRequest(turn), topic);
  turn.outcome = { route: 'human', topic };
}

/** What the resident has said so far that a starting form may fill details from: the recent messages, this one last. */
function saidSoFar({ memory, text }: Turn): string[] {
  const earlier = (memory.recentTurns ?? []).filter((line) => line.from === 'resident').map((line) => line.text);
  // rememberTurn has already added this message (cut to the history's length): the whole of it is used instead.
  return [...earlier.slice(0, -1), text];
}

/** "Back to your repair: which room?" with the question's own buttons. */
function resumeForm({ memory, ports }: Turn) {
  const form = memory.form!;
  const question = ports.forms.question(form);
  return { ...question, text: `Back to ${ports.forms.nameOf(form.form)}: ${question.text}` };
}

function sustainedNegative({ memory }: Turn): boolean {
  const recent = memory.sentiment.slice(-negativeTurnsBeforeHandoff);
  return recent.length === negativeTurnsBeforeHandoff && recent.every((score) => score <= negativeThreshold);
}
