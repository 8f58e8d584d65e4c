import type { FormRunner } from '../forms/formRunner.js';
import type { MediaKind, SharedEvidence } from '../forms/sharedEvidence.js';
import type { HandoffRequest } from '../handoff/handoffHub.js';
import type { SafetyReading } from '../llm/safetyCheck.js';
import type { Logger } from '../logger.js';
import type { CouncilProfile } from '../profile/councilProfile.js';
import type { BotReply } from '../reply.js';
import type { SentimentAnalyser, SentimentReading } from '../sentiment/sentiment.js';
import type { ConversationTelemetry, MessageRoute } from '../telemetry/conversationEvents.js';
import type { BoundedMessage } from '../triage/messageLimits.js';
import type { EmergencyKind } from '../triage/safety.js';
import type { AssessSafety, SafetyAssessment } from '../triage/safety.js';
import type { Triage } from '../triage/triage.js';
import type { TopicId } from '../triage/topics.js';
import type { Handoffs } from './handoffs.js';
import type { ConversationMemory } from './memory.js';

/** One message from a resident, as a channel's edge hands it to the conversation. */
export interface ResidentMessage {
  conversationId: string;
  channel: string;
  /** The channel's id for the resident. */
  userId: string;
  /** The channel's id for this message (activity.id): what a case raised in its turn is keyed by. */
  messageId?: string;
  text: string;
  /** Photos and a location sent with the message. */
  evidence?: SharedEvidence;
  /** Media the assistant cannot open, sent with no words (a voice note, a video, a file). */
  unreadable?: MediaKind;
  /** The words are a choice picked from a numbered list: never language-detected. */
  choicePicked?: boolean;
  /** The words were heard on a phone call, not typed: an answer that cannot be used may have been misheard. */
  spoken?: boolean;
  /** Nobody answered when this call was put through: advisors count as away (a call back, not the same line again). */
  advisorsAway?: boolean;
}

/** Where a channel's edge marks `advisorsAway` on an activity (its channelData). */
export const advisorsAwayKey = 'advisorsAway';

/** The advisor's context a handoff carries to an engagement hub, without the transcript (the edge adds the channel's own). */
export type HandoffContext = Omit<HandoffRequest, 'transcript'>;

/**
 * How the conversation speaks. The channel's edge turns each call into its own activities
 * (botbuilder's TurnContext today), so the core never sees an SDK type.
 */
export interface TurnOutput {
  say(reply: BotReply): Promise<void>;
  /** The typing indicator while the reply is worked out. */
  typing(): Promise<void>;
  /** Shows an answer while it is being written, where the channel can; the next `say` concludes it. */
  draft(textSoFar: string): void;
  /** Closes the conversation (after repeated abuse). */
  end(): Promise<void>;
  /** Tells an engagement hub (such as Omnichannel) that a handoff began, with the advisor's context. */
  handoffStarted(handoff: HandoffContext): Promise<void>;
}

/** What the conversation works with: each an interface, chosen once in src/app.ts. */
export interface ConversationPorts {
  assessSafety: AssessSafety;
  /** With an LLM: its reading for risk, which can only add a flag or a safety question. */
  readSafety?: (text: string) => Promise<SafetyReading | undefined>;
  /** A reading by the nearest labelled examples (src/triage/safety/byExample.ts), which can only add the safety question. */
  readSafetyByExample?: (text: string) => Promise<SafetyReading | undefined>;
  triage: Triage;
  forms: FormRunner;
  handoffs: Handoffs;
  sentiment: SentimentAnalyser;
  /** Contractors from the council profile named in a message, for the service manager's theme table. */
  contractorsNamed: (text: string) => string[];
  telemetry: ConversationTelemetry;
  profile: CouncilProfile;
  logger: Logger;
  /** The clock: opening hours, dates in forms. */
  now: () => Date;
}

/** Where a turn went and what it was about, for telemetry and the log. */
export interface TurnOutcome {
  route: MessageRoute;
  topic: TopicId;
}

/**
 * One turn as the steps see it: the message, the conversation's memory (changed in place and saved
 * by the edge after the turn), the ports and the output. Steps fill in what they learn.
 */
export interface Turn {
  readonly message: ResidentMessage;
  readonly memory: ConversationMemory;
  readonly ports: ConversationPorts;
  readonly out: TurnOutput;
  /** The message as read: safety reads up to a ceiling, everything else its opening. */
  bounded: BoundedMessage;
  /** The words the rest of the turn works on (the safety question's "no" swaps in the message it held back). */
  text: string;
  safety: SafetyAssessment;
  sentiment: SentimentReading;
  /** A form gave this message back: once it is answered, the form asks its question again. */
  formWaiting?: boolean;
  /** The last reply was emergency or safety advice: a message the bot cannot place gets it again. */
  afterSafetyAdvice?: boolean;
  /** The resident's own words that took an offer ("yes please, but ring in the morning"): the form it starts reads them too. */
  tookOfferWith?: string;
  /**
   * Gas or carbon monoxide advised, and now someone has collapsed or will not wake: 999 comes first,
   * then that advice again, which stays the conversation's concern (the leak is still to be logged).
   */
  worseAfterAdvice?: EmergencyKind;
  /** What to do now for a recent concern has gone out this turn already: it is not said twice. */
  dangerReminded?: boolean;
  outcome?: TurnOutcome;
}

/** A step of the conversation: handles the turn (setting its outcome), or passes it on with `next`. */
export type Step = (turn: Turn, next: () => Promise<void>) => Promise<void>;
