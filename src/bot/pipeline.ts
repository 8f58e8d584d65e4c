import { ActivityTypes, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import type { DialogContext, DialogSet } from 'botbuilder-dialogs';
import { isPhoto, mediaIn, type MediaMetadata } from '../channels/inboundMedia.js';
import { openLiveStream, type LiveStream } from '../channels/liveStream.js';
import { renderReply } from '../channels/render.js';
import { choicePickedKey } from '../channels/rendering/numberedChoices.js';
import type { ServiceDialogId, ServiceDialogResult, ServiceDialogs, ServiceDialogTurn } from '../dialogs/serviceDialogs.js';
import { combineEvidence, evidenceIn, withEvidenceNote, type SharedEvidence } from '../dialogs/sharedEvidence.js';
import type { HandoffReason } from '../handoff/handoffHub.js';
import type { Logger } from '../logger.js';
import type { CouncilProfile } from '../profile/councilProfile.js';
import { noSentiment, type SentimentAnalyser } from '../sentiment/sentiment.js';
import type { ConversationTelemetry, MessageRoute } from '../telemetry/conversationEvents.js';
import { boundMessage } from '../triage/messageLimits.js';
import type { AssessSafety, SafetyAssessment } from '../triage/safety.js';
import { withLlmReading } from '../triage/safety/llmAddition.js';
import type { SafetyReading } from '../llm/safetyCheck.js';
import { emergencyReply, abuseBoundaryReply, safeguardingReply, safetyAnsweredNo, safetyQuestion, type Hours } from '../triage/safetyReplies.js';
import { parseYesNo } from '../serviceRequests/slots/yesNo.js';
import { isWithinOpeningHours } from '../handoff/openingHours.js';
import { safetyChoices, safetyChoicesFor, type Triage } from '../triage/triage.js';
import { topicLabel, type TopicId } from '../triage/topics.js';
import { freshMemory, rememberForSafety, rememberSentiment, rememberTurn, type ConversationMemory } from './conversationMemory.js';
import { answerAwaited, helpfulPrompt } from './followUps.js';
import type { Handoffs } from './handoffs.js';
import {
  advisorJoined,
  caseLookupsStopped,
  endsConversation,
  cannotOpen,
  evidenceKept,
  goodbyeAfterRepeatedAbuse,
  locationKept,
  goodbyeSurvey,
  handoffEndedSurvey,
  leftQueue,
  noAdvisorAvailable,
  partReadNote,
  unreadableNote,
} from './phrases.js';
import { flowForChoice, flowForMessage, flowTopics } from './serviceIntents.js';

export interface PipelineParts {
  assessSafety: AssessSafety;
  triage: Triage;
  memory: StatePropertyAccessor<ConversationMemory>;
  dialogs: DialogSet;
  serviceDialogs: ServiceDialogs;
  handoffs: Handoffs;
  sentiment: SentimentAnalyser;
  /** Contractors from the council profile named in a message, for the service manager's theme table. */
  contractorsNamed: (text: string) => string[];
  telemetry: ConversationTelemetry;
  profile: CouncilProfile;
  logger: Logger;
  /** The clock for opening hours (a safety reply out of hours promises no advisor). */
  now?: () => Date;
  /** With an LLM: its reading for risk, which can only add a flag or a safety question. */
  readSafety?: (text: string) => Promise<SafetyReading | undefined>;
}

/** Repeated abuse after the first boundary message ends the conversation. */
const abusiveTurnsBeforeEnding = 3;
/** Two unsure answers in a row: a person rather than a third guess. */
const lowConfidenceTurnsBeforeHandoff = 2;
/** This many negative messages in a row, each at or below the threshold, bring in a person. */
const negativeTurnsBeforeHandoff = 3;
const negativeThreshold = -0.4;
/** Case checks that showed nothing before the conversation stops offering them: a script cannot walk references through one chat. */
const failedCaseLookupsAllowed = 3;

/** The ids every telemetry event carries. */
const conversationOf = (context: TurnContext) => ({ conversationId: context.activity.conversation.id, channel: context.activity.channelId });

const isConcern = (safety: SafetyAssessment): boolean => safety.emergency !== null || safety.safeguarding !== null;
const leaveQueue = /^(cancel|leave( the)? queue|stop waiting|never ?mind)$/i;

/**
 * One resident message, top to bottom:
 *   0. bounded work: safety triage reads up to a ceiling, everything else the message's opening
 *      (src/triage/messageLimits.ts); the resident is told, before the reply, when part went unread
 *   1. safety triage (deterministic, every message, before anything else) and sentiment; a caption
 *      is the message's words, so media with words are triaged like text. Media with no words that
 *      the assistant cannot open (a voice note, a video, a file) get a short reply with the numbers
 *   2. an open handoff? relay to the advisor (after any safety reply)
 *   3. an emergency or disclosure? interrupt any dialog, safety reply, a person for safeguarding;
 *      signals below a flag (the grey zone)? one calm question first, with buttons
 *   4. abuse? a calm boundary
 *   5. an answer to the bot's own question (the safety question: yes → the safety reply and a person with
 *      priority, no → noted for the advisor and on with what was asked; was this helpful? a rating)?
 *   6. a service request in progress? continue it
 *   7. route: a flow to start (with any photos or location sent), a person, small talk, or a grounded
 *      answer ("not sure" below confidence), streamed sentence by checked sentence where the channel can
 *   8. telemetry for the turn
 * Replies are channel-neutral; the channel rendering middleware shapes them per channel.
 */
export function createPipeline(parts: PipelineParts) {
  const { profile, serviceDialogs, handoffs, telemetry } = parts;

  return {
    async handle(context: TurnContext): Promise<void> {
      const message = boundMessage((context.activity.text ?? '').trim());
      const text = message.read;
      // The forms and the advisor's transcript read the activity itself: they too get only the part that is read.
      if (message.unread !== 'none') context.activity.text = text;
      // A photo or a location may come with no words; a voice note, video or file with none cannot be read.
      const shared = evidenceIn(context.activity);
      const unreadable = text ? undefined : mediaIn(context.activity).find((media) => !isPhoto(media));
      if (!text && !shared && !unreadable) {
        // Nothing at all (a bare @mention in a Teams chat): not a wrong answer; a form asks its question again.
        const dc = await parts.dialogs.createContext(context);
        if (serviceDialogs.isRunning(dc)) await dc.repromptDialog();
        return;
      }
      const conversation = conversationOf(context);
      const memory = await parts.memory.get(context, freshMemory());
      await context.sendActivity({ type: ActivityTypes.Typing });

      // 1. Safety first, on as much of the message as it reads and the last few before it, then how the message reads.
      const offline = parts.assessSafety(message.checked, { recent: memory.residentMessages ?? [] });
      rememberForSafety(memory, message.checked);
      const [reading, sentiment] = await Promise.all([text ? parts.readSafety?.(message.checked) : undefined, text ? parts.sentiment.analyse(text) : noSentiment]);
      const safety = withLlmReading(offline, reading);
      if (text) rememberSentiment(memory, sentiment.score);
      if (isConcern(safety)) {
        memory.priority = safety.safeguarding ? 'safeguarding' : 'emergency';
        memory.raisedConcern = { ...(safety.emergency && { emergency: safety.emergency }), ...(safety.safeguarding && { safeguarding: safety.safeguarding }) };
        telemetry.record({ name: 'safety', ...conversation, ...(safety.emergency && { emergency: safety.emergency }), ...(safety.safeguarding && { safeguarding: safety.safeguarding }) });
      }
      // Before the reply, so the reply's buttons stay the last thing on screen.
      if (message.unread !== 'none') await context.sendActivity(renderReply({ text: partReadNote(message.unread) }));
      const { route, topic } = unreadable ? await cannotRead(context, unreadable, memory) : await act(context, text, shared, safety, memory);
      parts.logger.info({ ...conversation, topic, route, emergency: safety.emergency, safeguarding: safety.safeguarding, evidence: safety.evidence }, 'message handled');
      telemetry.record({ name: 'message', ...conversation, topic, route, sentiment, contractors: parts.contractorsNamed(text) });
    },

    /** An advisor picked up the conversation (embedded console or an engagement hub's status event). */
    async handoffAccepted(context: TurnContext, advisor: string): Promise<void> {
      await context.sendActivity(advisorJoined(advisor));
    },

    /** The advisor finished: the bot takes the conversation back and asks for a rating. */
    async handoffEnded(context: TurnContext): Promise<void> {
      await handoffs.close(context.activity.conversation.id);
      const memory = await parts.memory.get(context, freshMemory());
      memory.awaiting = { kind: 'satisfaction' };
      memory.lowConfidenceTurns = 0;
      memory.sentiment = [];
      await context.sendActivity(renderReply(handoffEndedSurvey));
    },

    /** An engagement hub could not find an advisor: close our record and offer a call back. */
    async handoffFailed(context: TurnContext): Promise<void> {
      await handoffs.close(context.activity.conversation.id);
      await context.sendActivity(renderReply(noAdvisorAvailable(profile)));
    },
  };

  /**
   * Media the assistant cannot open, with no words (those are triaged like text): the resident is
   * told, with the council's numbers, and a form in progress asks its question again. The advisor
   * in an open handoff is told that something arrived. Recorded as evidence: shown, not asked.
   */
  async function cannotRead(context: TurnContext, media: MediaMetadata, memory: ConversationMemory): Promise<{ route: MessageRoute; topic: TopicId }> {
    await context.sendActivity(renderReply({ text: cannotOpen(media.kind, profile) }));
    const topic = memory.lastTopic ?? 'contact-human';
    const handoff = await handoffs.current(context.activity.conversation.id);
    if (handoff) {
      await handoffs.relay(context, handoff, unreadableNote(media.kind));
      return { route: 'handoff', topic };
    }
    const dc = await parts.dialogs.createContext(context);
    if (serviceDialogs.isRunning(dc)) await dc.repromptDialog();
    return { route: 'evidence', topic };
  }

  async function act(
    context: TurnContext,
    text: string,
    shared: SharedEvidence | undefined,
    safety: SafetyAssessment,
    memory: ConversationMemory,
  ): Promise<{ route: MessageRoute; topic: TopicId }> {
    const hours = (): Hours => (isWithinOpeningHours(profile, (parts.now ?? (() => new Date()))()) ? 'open' : 'closed');
    const dc = await parts.dialogs.createContext(context);
    const currentTopic = (): TopicId => memory.lastTopic ?? 'contact-human';

    // 2. Talking to a person: safety replies still go out, everything else is relayed.
    const handoff = await handoffs.current(context.activity.conversation.id);
    if (handoff) {
      if (isConcern(safety)) {
        // The advice without its buttons: the resident is talking to a person now.
        const { reply } = await parts.triage(text, safety);
        await context.sendActivity(renderReply({ text: reply.text, ...(reply.urgent && { urgent: reply.urgent }) }));
      }
      if (handoff.status === 'waiting' && leaveQueue.test(text)) {
        await handoffs.close(handoff.conversationId);
        await context.sendActivity(renderReply(leftQueue));
        return { route: 'handoff', topic: currentTopic() };
      }
      await handoffs.relay(context, handoff, withEvidenceNote(text, shared));
      return { route: 'handoff', topic: currentTopic() };
    }

    // 3. An emergency or a disclosure interrupts whatever was happening.
    if (isConcern(safety)) {
      if (memory.awaiting?.kind === 'safety-check') memory.awaiting = undefined;
      const decision = await parts.triage(text, safety);
      await keepDetailsAndStopFlow(dc, memory);
      memory.reportableText = text;
      await context.sendActivity(renderReply(decision.reply));
      // Out of hours the reply itself gives the out-of-hours line and a call back: nobody can join.
      if (safety.safeguarding && hours() === 'open') await startHandoff(context, memory, 'safeguarding', decision.topic);
      return { route: 'safety', topic: decision.topic };
    }
    // A worrying sign below a flag: ask before anything else; a form in progress waits for the answer.
    if (safety.safetyCheck) {
      memory.awaiting = { kind: 'safety-check', check: safety.safetyCheck, text };
      await context.sendActivity(renderReply(safetyQuestion(safety.safetyCheck)));
      return { route: 'safety-check', topic: currentTopic() };
    }

    // 4. Abuse gets a boundary; a form in progress stays where it was.
    if (safety.abusive) {
      memory.abusiveTurns += 1;
      if (memory.abusiveTurns >= abusiveTurnsBeforeEnding) {
        await context.sendActivity(renderReply({ text: goodbyeAfterRepeatedAbuse(profile) }));
        await context.sendActivity({ type: ActivityTypes.EndOfConversation, code: 'completedSuccessfully' });
      } else {
        await context.sendActivity(renderReply({ text: abuseBoundaryReply(memory.abusiveTurns > 1) }));
      }
      return { route: 'abuse', topic: currentTopic() };
    }

    // 5. The bot's own question outside a form: the safety question, a thumbs answer or a rating.
    if (memory.awaiting?.kind === 'safety-check') {
      const { check, text: asked } = memory.awaiting;
      memory.awaiting = undefined;
      const answer = parseYesNo(text);
      const question = check === 'self-harm' ? 'Asked whether they are thinking of ending their life' : 'Asked whether they or anyone with them is in danger';
      if (answer.ok && answer.value) {
        const selfHarm = check === 'self-harm';
        memory.priority = selfHarm ? 'safeguarding' : 'emergency';
        memory.raisedConcern = selfHarm ? { safeguarding: 'self-harm' } : { emergency: 'danger-to-life' };
        memory.detailsCollected = [...memory.detailsCollected, { label: 'Safety question', value: `${question}: yes` }];
        const open = hours() === 'open';
        await context.sendActivity(
          renderReply({
            text: selfHarm ? safeguardingReply('self-harm', profile, hours()) : emergencyReply('danger-to-life', profile, 'report', hours()),
            urgent: selfHarm ? 'safeguarding' : 'emergency',
            ...(selfHarm && !open && { choices: safetyChoicesFor('closed', false) }),
          }),
        );
        // A person with priority; out of hours the handoff gives the out-of-hours line and a call back instead.
        if (open || !selfHarm) await startHandoff(context, memory, selfHarm ? 'safeguarding' : 'emergency', currentTopic());
        return { route: 'safety', topic: currentTopic() };
      }
      memory.detailsCollected = [...memory.detailsCollected, { label: 'Safety question', value: `${question}: ${answer.ok ? 'no' : 'no clear answer'}` }];
      // "No": on with what they asked, as if the question had not been needed.
      if (answer.ok) {
        await context.sendActivity(renderReply({ text: safetyAnsweredNo }));
        text = asked;
        context.activity.text = asked;
        safety = { ...safety, safetyCheck: null };
      }
    }
    if (memory.awaiting) {
      const followUp = answerAwaited(text, memory.awaiting);
      memory.awaiting = undefined;
      if (followUp) {
        const conversation = conversationOf(context);
        telemetry.record({ ...conversation, ...followUp.event });
        if (followUp.event.name === 'feedback' && followUp.event.helpful) telemetry.record({ name: 'resolved', ...conversation });
        if (followUp.event.name === 'feedback' && !followUp.event.helpful) memory.lowConfidenceTurns += 1;
        await context.sendActivity(renderReply(followUp.reply));
        return { route: 'feedback', topic: currentTopic() };
      }
    }

    // 6. A service request in progress.
    if (serviceDialogs.isRunning(dc)) {
      const flow = serviceDialogs.activeFlow(dc);
      await finishFlowTurn(context, memory, await serviceDialogs.continueFlow(dc));
      return { route: 'dialog', topic: (flow && flowTopics[flow]) ?? currentTopic() };
    }

    // 7. Route. Where the channel shows replies as they are written, a model's answer streams while it is checked.
    const stream = openLiveStream(context);
    try {
      return await route(context, dc, text, shared, safety, memory, stream);
    } finally {
      await stream.end();
    }
  }

  async function route(
    context: TurnContext,
    dc: DialogContext,
    text: string,
    shared: SharedEvidence | undefined,
    safety: SafetyAssessment,
    memory: ConversationMemory,
    stream: LiveStream,
  ): Promise<{ route: MessageRoute; topic: TopicId }> {
    // Photos and a location outside a form wait for the report they belong to.
    memory.sharedEvidence = combineEvidence(memory.sharedEvidence, shared);
    if (!text) {
      await context.sendActivity(renderReply(shared?.media.length ? evidenceKept : locationKept));
      return { route: 'evidence', topic: memory.lastTopic ?? 'contact-human' };
    }
    const picked = flowForChoice(text, memory.offeredActions);
    // A button that starts a form or asks for a person needs no routing: nothing is retrieved or embedded for it.
    if (picked) {
      rememberTurn(memory, 'resident', text);
      memory.offeredActions = [];
      const topic = (picked !== 'talk-to-someone' && flowTopics[picked]) || (memory.lastTopic ?? 'contact-human');
      if (picked === 'talk-to-someone') {
        await startHandoff(context, memory, memory.priority === 'emergency' ? 'emergency' : 'asked-for-person', topic);
        return { route: 'human', topic };
      }
      // A button carries no details; the emergency's own words fill a "Report it" repair.
      return startForm(context, dc, memory, picked, topic, picked === 'report-repair' && memory.priority === 'emergency' ? memory.reportableText : undefined);
    }
    const formFor = (topic: TopicId, confident: boolean) => flowForMessage(text, topic, confident, profile.council.referencePrefix);
    const decision = await parts.triage(text, safety, {
      history: memory.recentTurns ?? [],
      onAnswerText: (textSoFar) => stream.show(textSoFar),
      // A message that starts a form is not answered: no model answer is drafted for it.
      startsForm: (topic, confident) => formFor(topic, confident) !== undefined,
      choicePicked: context.turnState.get(choicePickedKey) === true,
    });
    rememberTurn(memory, 'resident', text);
    const topic = decision.topic;
    const confident = decision.route.kind === 'answer' && decision.route.answer.kind === 'answer';
    const flow = formFor(topic, confident);
    memory.offeredActions = [];
    if (flow) return startForm(context, dc, memory, flow, topic, text);
    if (decision.route.kind === 'human') {
      await startHandoff(context, memory, memory.priority === 'emergency' ? 'emergency' : 'asked-for-person', topic);
      return { route: 'human', topic };
    }
    if (decision.route.kind === 'smalltalk') {
      if (endsConversation(text)) {
        telemetry.record({ name: 'resolved', ...conversationOf(context) });
        memory.awaiting = { kind: 'satisfaction' };
        await context.sendActivity(renderReply(goodbyeSurvey));
      } else {
        await context.sendActivity(renderReply(decision.reply));
      }
      return { route: 'smalltalk', topic };
    }
    if (sustainedNegative(memory)) {
      await startHandoff(context, memory, 'negative-sentiment', topic);
      // A fresh start, so the next bad message alone does not trigger another handoff.
      memory.sentiment = [];
      return { route: 'human', topic };
    }
    if (decision.route.kind !== 'answer') return { route: decision.route.kind, topic };

    const { answer } = decision.route;
    const conversation = conversationOf(context);
    memory.lastTopic = topic;
    if (answer.kind === 'unsure') {
      telemetry.record({ name: 'unanswered', ...conversation, topic, question: text, confidence: answer.confidence });
      memory.lowConfidenceTurns += 1;
      if (memory.lowConfidenceTurns >= lowConfidenceTurnsBeforeHandoff) {
        memory.lowConfidenceTurns = 0;
        await startHandoff(context, memory, 'low-confidence', topic);
        return { route: 'human', topic };
      }
      await context.sendActivity(renderReply(decision.reply));
      return { route: 'unsure', topic };
    }
    memory.lowConfidenceTurns = 0;
    memory.articlesShown = [...memory.articlesShown, answer.articleId].slice(-5);
    memory.offeredActions = answer.actions.flatMap((action) => (action.dialog ? [{ label: action.label, dialog: action.dialog }] : []));
    memory.awaiting = { kind: 'helpful', articleId: answer.articleId };
    telemetry.record({ name: 'answer', ...conversation, topic, articleId: answer.articleId, confidence: answer.confidence });
    rememberTurn(memory, 'bot', answer.text);
    await context.sendActivity(await stream.finish(renderReply(helpfulPrompt(decision.reply))));
    return { route: 'answer', topic };
  }

  /** Starts a form, filled from `initialText` where it says enough; a case check stops after too many lookups. */
  async function startForm(
    context: TurnContext,
    dc: DialogContext,
    memory: ConversationMemory,
    flow: ServiceDialogId,
    topic: TopicId,
    initialText: string | undefined,
  ): Promise<{ route: MessageRoute; topic: TopicId }> {
    if (flow === 'check-case' && lookupsUsedUp(memory)) {
      await context.sendActivity(renderReply(caseLookupsStopped(profile)));
      return { route: 'dialog', topic };
    }
    memory.lastTopic = flowTopics[flow] ?? memory.lastTopic;
    const evidence = memory.sharedEvidence;
    memory.sharedEvidence = undefined;
    const turn = await serviceDialogs.startFlow(dc, flow, { ...(initialText && { initialText }), ...(memory.priority && { priority: memory.priority }), ...(evidence && { evidence }) });
    await finishFlowTurn(context, memory, turn);
    return { route: 'dialog', topic: flowTopics[flow] ?? topic };
  }

  async function startHandoff(context: TurnContext, memory: ConversationMemory, reason: HandoffReason, topic: TopicId): Promise<void> {
    const dc = await parts.dialogs.createContext(context);
    await keepDetailsAndStopFlow(dc, memory);
    await handoffs.start(context, memory, reason, { id: topic, label: topicLabel(topic) });
  }

  async function keepDetailsAndStopFlow(dc: DialogContext, memory: ConversationMemory): Promise<void> {
    if (!serviceDialogs.isRunning(dc)) return;
    memory.detailsCollected = serviceDialogs.detailsCollectedSoFar(dc);
    await dc.cancelAllDialogs();
  }

  /** What an ended flow says, and where it leads: a case, an emergency, or a person. */
  async function finishFlowTurn(context: TurnContext, memory: ConversationMemory, turn: ServiceDialogTurn): Promise<void> {
    if (turn.status !== 'ended') return;
    const result: ServiceDialogResult = turn.result;
    const conversation = conversationOf(context);
    switch (result.kind) {
      case 'submitted':
        memory.caseReferences = [...memory.caseReferences, result.reference];
        memory.detailsCollected = [];
        telemetry.record({ name: 'case-raised', ...conversation, topic: flowTopics[result.flow] ?? 'contact-human', caseType: result.caseKind, reference: result.reference });
        await context.sendActivity(renderReply({ ...result.reply, caseReference: result.reference }));
        return;
      case 'emergency':
        memory.priority = 'emergency';
        memory.detailsCollected = result.details;
        memory.reportableText = result.details.find((line) => line.label === 'What is wrong')?.value ?? memory.reportableText;
        await context.sendActivity(renderReply({ text: emergencyReply(result.emergency, profile, 'report'), choices: safetyChoices, urgent: 'emergency' }));
        return;
      case 'needs-advisor':
        memory.detailsCollected = result.details;
        await startHandoff(context, memory, result.reason === 'asked-for-person' ? 'asked-for-person' : 'dialog-failed', flowTopics[result.flow] ?? 'contact-human');
        return;
      case 'case-status':
        await context.sendActivity(renderReply(result.reply));
        if (result.shown) return;
        memory.failedCaseLookups = (memory.failedCaseLookups ?? 0) + 1;
        if (lookupsUsedUp(memory)) await context.sendActivity(renderReply(caseLookupsStopped(profile)));
        return;
      default:
        await context.sendActivity(renderReply(result.reply));
    }
  }
}

/** Memory saved before the count existed has none. */
const lookupsUsedUp = (memory: ConversationMemory): boolean => (memory.failedCaseLookups ?? 0) >= failedCaseLookupsAllowed;

function sustainedNegative(memory: ConversationMemory): boolean {
  const recent = memory.sentiment.slice(-negativeTurnsBeforeHandoff);
  return recent.length === negativeTurnsBeforeHandoff && recent.every((score) => score <= negativeThreshold);
}

export type Pipeline = ReturnType<typeof createPipeline>;
