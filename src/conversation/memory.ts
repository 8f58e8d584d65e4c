import type { FormState } from '../forms/formRunner.js';
import type { ConversationConcern, DetailLine } from '../forms/formResult.js';
import type { FormId } from '../forms/formIds.js';
import type { SharedEvidence } from '../forms/sharedEvidence.js';
import type { ConversationTurn } from '../llm/modelInput.js';
import type { SafetyCheck } from '../triage/safety.js';
import type { RaisedConcern } from '../triage/safetyReplies.js';
import type { TopicId } from '../triage/topics.js';
import type { ReportForm } from './formIntents.js';

/** A question the bot asked outside a form, answered (or ignored) by the resident's next message. */
export type AwaitedAnswer =
  | { kind: 'helpful'; articleId: string }
  | { kind: 'satisfaction' }
  /** The grey zone's safety question; `text` is the message that raised it, answered once the resident says no. */
  | { kind: 'safety-check'; check: SafetyCheck; text: string }
  /** A single offer ("I can ask someone to call you back"): "yes please" takes it as if its button were picked. */
  | { kind: 'offer'; choice: string }
  /** "Is there anything else I can help with?": a plain "no" ends the conversation (it got "not sure" and the menu). */
  | { kind: 'anything-else' }
  /**
   * Emergency or safety advice was just given with its buttons: a reply the bot cannot place gets
   * them again, not "not sure". `offer` is the one thing the advice offered in words (out of hours:
   * a call back, or logging the emergency), which "yes" takes. Gas and carbon monoxide:
   * `askedOutside` once the bot has asked whether everyone is out, `outside` once they are;
   * `reportWhenOutside` when they asked for the report first, so their "yes, we're out" logs it.
   */
  | { kind: 'safety-advice'; offer?: string; askedOutside?: boolean; outside?: boolean; reportWhenOutside?: boolean };

/** What the assistant remembers about a conversation between turns (persisted with the conversation). */
export interface ConversationMemory {
  /** Another language the resident wrote in or asked for (ISO 639-3): handoffs and call backs say to book an interpreter. */
  language?: string;
  /** The resident has rated this conversation: a goodbye after it is not asked for a rating again. */
  rated?: boolean;
  /** The advisor the resident was last told had joined: an accept sent again (a lost response, another instance) is not announced twice. */
  advisorAnnounced?: string;
  lowConfidenceTurns: number;
  abusiveTurns: number;
  lastTopic?: TopicId;
  /** Set once an emergency or safeguarding concern is raised: later cases and handoffs are priority. */
  priority?: ConversationConcern;
  /** The emergency or safeguarding category raised, so an out-of-hours reply gives its numbers. */
  raisedConcern?: RaisedConcern;
  /** The resident's messages since that concern was raised or told again (0: this one raised it); unset before any. */
  messagesSinceConcern?: number;
  /** Sentiment scores of the resident's recent messages, oldest first. */
  sentiment: number[];
  awaiting?: AwaitedAnswer;
  /** Buttons of the last answer that start a form or a handoff, so picking one starts it. */
  offeredActions: { label: string; start: FormId | 'talk-to-someone' }[];
  /** The form in progress, if any. */
  form?: FormState;
  /** What the last answer was about (its article's title): a short follow-up ("and over the winter?") is read with it. */
  lastSubject?: string;
  /** Articles the bot answered with, newest last: the advisor sees what the resident has read. */
  articlesShown: string[];
  /** References of cases raised in this conversation. */
  caseReferences: string[];
  /** Case checks that showed nothing (unknown reference, or details that did not match); bounded so references cannot be walked here. */
  failedCaseLookups: number;
  /** The message that raised an emergency: its words describe the repair if the resident picks "Report it". */
  reportableText?: string;
  /** The last few messages each way, so a follow-up ("what about the garden one?") can be understood. */
  recentTurns: ConversationTurn[];
  /** Details of a form cut short (by an emergency, or to reach a person), kept for the advisor. */
  detailsCollected: DetailLine[];
  /** The form cut short, as it stood: started again (after an emergency, a change of mind), it is not asked again for what it had. */
  stoppedForm?: FormState;
  /**
   * Another report asked for while a form was in progress, kept until that form ends: it is offered then, and its words fill it
   * ("oh and my recycling got missed again, 3rd time!" was "tell me about it again" and never came back: caller trial 29, H29-09).
   */
  laterReport?: { form: ReportForm; said: string };
  /** The resident's last few messages (as safety read them), so safety sees a concern told across messages. */
  residentMessages?: string[];
  /** The resident said the service had let them down before: their report ends with a complaint route. */
  frustrated?: boolean;
  /** Photos or a location sent outside a form: the next report started takes them. */
  sharedEvidence?: SharedEvidence;
  /** Safety questions the resident has answered without a yes: a reading alone does not ask "are you in danger?" again. */
  safetyQuestionsAnswered?: SafetyCheck[];
  /**
   * The resident said we must not call them ("he checks my phone", "don't ring me"): no call back is
   * offered or taken for the rest of the conversation, and other ways to reach us are given (`noCallBack.ts`).
   */
  noCalls?: true;
  /**
   * Something swallowed or fuel burning wrong, told and then answered "no" to the danger question: a later sign
   * in the body ("he's talking funny and wants to sleep") is read with it however many messages later, not only
   * within the few messages safety reads together.
   */
  signsTold?: 'swallowed' | 'fumes';
}

export const freshMemory = (): ConversationMemory => ({
  lowConfidenceTurns: 0,
  abusiveTurns: 0,
  sentiment: [],
  offeredActions: [],
  articlesShown: [],
  caseReferences: [],
  failedCaseLookups: 0,
  detailsCollected: [],
  recentTurns: [],
});

/** Sentiment scores kept for the trend: enough to see a run of bad turns, no more. */
const sentimentWindow = 6;

const turnWindow = 6;
/** Long answers are cut: the history only has to say what was talked about. */
const turnCharacters = 300;

export function rememberTurn(memory: ConversationMemory, from: ConversationTurn['from'], text: string): void {
  memory.recentTurns = [...(memory.recentTurns ?? []), { from, text: text.slice(0, turnCharacters) }].slice(-turnWindow);
}

export function rememberSentiment(memory: ConversationMemory, score: number): void {
  memory.sentiment = [...memory.sentiment, score].slice(-sentimentWindow);
}

/** Messages safety reads with the next one, each cut to what the detectors read of it. */
const safetyContextMessages = 3;
const safetyContextCharacters = 2000;

/** What the resident has said so far, as the safety rules keep it, this message included: what a first-aid answer reads ("can I give her some juice?" after a hypo). */
export const storySoFar = (memory: ConversationMemory, text: string): string => (memory.residentMessages ?? [text]).join('\n');

/** Keeps the resident's message for the next turn's safety context. */
export function rememberForSafety(memory: ConversationMemory, text: string): void {
  memory.residentMessages = [...(memory.residentMessages ?? []), text.slice(0, safetyContextCharacters)].slice(-safetyContextMessages);
}
