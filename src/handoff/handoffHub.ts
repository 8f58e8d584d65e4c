/**
 * The handoff port: the bot hands a conversation to customer services through `HandoffHub`,
 * the advisor console works the queue through `AdvisorDesk`, and replies travel back to the
 * resident through `ResidentChannel`. No botbuilder types here, so the hub can be swapped
 * for an engagement hub that speaks `handoff.initiate`.
 */

export type HandoffReason = 'asked-for-person' | 'safeguarding' | 'emergency' | 'low-confidence' | 'negative-sentiment' | 'dialog-failed';
/** Queue order: safeguarding, emergency, then normal; within each, longest waiting first. */
export type HandoffPriority = 'safeguarding' | 'emergency' | 'normal';

export interface TranscriptLine {
  from: 'resident' | 'bot' | 'advisor';
  text: string;
  /** ISO 8601 */
  at: string;
}

export interface SuggestedArticle {
  id: string;
  title: string;
  url: string;
}

export interface HandoffRequest {
  conversationId: string;
  channel: string;
  reason: HandoffReason;
  priority: HandoffPriority;
  topic: string;
  summary: string;
  sentiment: { average: number /* -1..1 */; trend: 'improving' | 'steady' | 'worsening'; label: string };
  /** Slots collected so far, case references. */
  details: Record<string, unknown>;
  /** Articles for the advisor (agent assist). */
  suggestedArticles: SuggestedArticle[];
  /** The conversation before the handoff. */
  transcript: TranscriptLine[];
}

export const handoffStatuses = ['waiting', 'active', 'completed'] as const;
export type HandoffStatus = (typeof handoffStatuses)[number];

export interface HandoffEntry extends HandoffRequest {
  id: string;
  status: HandoffStatus;
  waitingSince: string;
  advisor?: string;
  acceptedAt?: string;
  completedAt?: string;
  /** The channel's id of the message whose turn queued it (`initiate`'s `startedBy`). */
  startedBy?: string;
}

/** What the bot uses. */
export interface HandoffHub {
  /**
   * Queues the conversation; if it is already waiting or active, returns that entry unchanged.
   * `startedBy` is the channel's id of the message whose turn queues it.
   */
  initiate(request: HandoffRequest, startedBy?: string): Promise<{ entry: HandoffEntry; position: number /* 1-based place in the queue, 0 once active */ }>;
  /** The waiting or active handoff for this conversation. */
  current(conversationId: string): Promise<HandoffEntry | undefined>;
  /**
   * An emergency or a disclosure told in an open handoff: its priority and reason become that concern, never a lower one, so the
   * queue and the console's alert see it (outside attack 25, A25-2: a child's disclosure stayed last of 34, at normal priority).
   */
  escalate(conversationId: string, concern: 'safeguarding' | 'emergency'): Promise<void>;
  /** Appended to the transcript and pushed live to advisors. Throws `HandoffStateError('not-found')` when no handoff is open. */
  residentMessage(conversationId: string, text: string): Promise<void>;
  /** Bot lines during the handoff (e.g. queue updates). Same error as `residentMessage`. */
  botMessage(conversationId: string, text: string): Promise<void>;
  /** This conversation's 1-based place in the waiting queue, 0 when it is not waiting. */
  placeInQueue(conversationId: string): Promise<number>;
  /** Ends the open handoff from the bot's side: the resident left the queue, or an engagement hub reported it over. */
  close(conversationId: string): Promise<void>;
}

/** Pushed live to signed-in advisors. */
export type HandoffEvent =
  | { type: 'queue' }
  | { type: 'message'; conversationId: string; line: TranscriptLine }
  | { type: 'status'; conversationId: string; status: HandoffStatus; advisor?: string };

/** What the advisor console and the staff API use. */
export interface AdvisorDesk {
  /** Waiting in priority order; active by acceptance; completed most recent first: the first 200 of each, and for waiting the 20 newest too. */
  list(status: HandoffStatus): Promise<HandoffEntry[]>;
  /** How many handoffs have this status, listed or not. */
  count(status: HandoffStatus): Promise<number>;
  /** The open handoff, or else the most recent completed one. */
  latest(conversationId: string): Promise<HandoffEntry | undefined>;
  /** waiting → active, held by `advisor`. Accepting one's own active handoff again is a no-op. */
  accept(conversationId: string, advisor: string): Promise<HandoffEntry>;
  /**
   * Calls `deliver` and records the line only once the resident has it, so the transcript
   * never shows a reply the resident did not receive. With `replyKey` (the console's own id for
   * one reply, kept when the advisor sends it again after an error), a reply already delivered
   * is not delivered again: its line is returned; one still being delivered is `reply-in-progress`
   * (for at most a minute: a claim left by an instance that died delivering it runs out, and the
   * resend delivers); the key with other text is `reply-key-reused`.
   */
  advisorMessage(conversationId: string, advisor: string, text: string, deliver: () => Promise<void>, replyKey?: string): Promise<TranscriptLine>;
  /** waiting|active → completed. Only the advisor holding an active handoff may end it. */
  complete(conversationId: string, advisor: string): Promise<HandoffEntry>;
  subscribe(listener: (event: HandoffEvent) => void): () => void;
}

/** Implemented by the bot: how the console reaches the resident. */
export interface ResidentChannel {
  /**
   * Proactive message through the adapter, from the advisor's display name (`from.name`) so the
   * chat can show who wrote it. `replyKey` (the console's key for the reply) goes with it: a channel
   * that can (the local Direct Line) shows one reply per key, so a resend after the instance
   * delivering it died is not shown twice.
   */
  sendToResident(conversationId: string, text: string, advisorName: string, replyKey?: string): Promise<void>;
  /** The bot takes back the conversation and asks for feedback. */
  handoffEnded(conversationId: string): Promise<void>;
  /** `advisorName` is the display name residents see, never the sign-in name. */
  handoffAccepted?(conversationId: string, advisorName: string): Promise<void>;
}

export type HandoffStateProblem = 'not-found' | 'not-active' | 'held-by-another-advisor' | 'reply-in-progress' | 'reply-key-reused';

/** An action that does not fit the handoff's current state. */
export class HandoffStateError extends Error {
  constructor(
    readonly problem: HandoffStateProblem,
    conversationId: string,
  ) {
    super(`handoff for conversation ${conversationId}: ${problem}`);
    this.name = 'HandoffStateError';
  }
}
