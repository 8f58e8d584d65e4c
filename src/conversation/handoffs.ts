import type { HandoffEntry, HandoffHub, HandoffPriority, HandoffReason, HandoffRequest, SuggestedArticle, TranscriptLine } from '../handoff/handoffHub.js';
import { sentimentForHandoff } from '../handoff/handoffSummary.js';
import type { HandoffSummaryRequest } from '../llm/handoffSummariser.js';
import { isWithinOpeningHours, nextOpening, whenWeOpen } from '../handoff/openingHours.js';
import type { CouncilProfile } from '../profile/councilProfile.js';
import { firstPart } from '../knowledge/textTokens.js';
import type { ConversationTelemetry } from '../telemetry/conversationEvents.js';
import { readLimit } from '../triage/messageLimits.js';
import type { ConversationMemory } from './memory.js';
import { handoffLeads, handoffOutOfHours, handoffQueued, handoffStillWaiting } from './phrases.js';
import { callBackChoice } from '../reply.js';
import { hoursFor, safetyOutOfHoursReply } from '../triage/safetyReplies.js';
import type { ResidentMessage, TurnOutput } from './turn.js';
import { interpreterNote } from '../triage/language.js';
import { concernLines, concernName } from './concernForStaff.js';

export interface HandoffParts {
  hub: HandoffHub;
  profile: CouncilProfile;
  /** The conversation's messages before this turn, oldest first, each at most its read opening (the channel edge reads its transcript store). */
  conversationSoFar: (message: Pick<ResidentMessage, 'conversationId' | 'channel'>) => Promise<TranscriptLine[]>;
  /** Knowledge articles for the advisor, found from what the resident said (agent assist). */
  suggestArticles: (query: string) => Promise<SuggestedArticle[]>;
  /** The advisor's briefing: the model's, or the deterministic one when no LLM is configured or it fails. */
  summarise: (request: HandoffSummaryRequest) => Promise<string>;
  telemetry: ConversationTelemetry;
  /** Counted for operations (Prometheus). */
  onHandoff: (channel: string, reason: HandoffReason) => void;
  now: () => Date;
}

export type HandoffStart = 'queued' | 'out-of-hours';

const priorityFor = (reason: HandoffReason, memory: ConversationMemory): HandoffPriority =>
  reason === 'safeguarding' || memory.priority === 'safeguarding' ? 'safeguarding' : reason === 'emergency' || memory.priority === 'emergency' ? 'emergency' : 'normal';

/**
 * The bot's side of a handoff: builds the advisor's context, queues the conversation, tells the
 * channel's edge (which sends Bot Framework's `handoff.initiate`, so an engagement hub such as
 * Omnichannel can take it instead of the embedded queue), and keeps the resident told where they stand.
 */
export function createHandoffs(parts: HandoffParts) {
  const { hub, profile } = parts;

  return {
    /** The waiting or active handoff of this conversation. */
    current(conversationId: string): Promise<HandoffEntry | undefined> {
      return hub.current(conversationId);
    },

    async start(message: ResidentMessage, memory: ConversationMemory, out: TurnOutput, reason: HandoffReason, topic: { id: string; label: string }): Promise<HandoffStart> {
      const now = parts.now();
      const hours = hoursFor(isWithinOpeningHours(profile, now), message.advisorsAway === true);
      if (hours !== 'open') {
        // An emergency or a disclosure: 999, the category's out-of-hours line and a priority call back, never the repairs line for a disclosure.
        if (priorityFor(reason, memory) !== 'normal') {
          await out.say({ text: safetyOutOfHoursReply(memory.raisedConcern ?? {}, profile, hours), choices: [callBackChoice] });
          return 'out-of-hours';
        }
        const opening = nextOpening(profile, now);
        await out.say(handoffOutOfHours(profile, opening && whenWeOpen(opening)));
        return 'out-of-hours';
      }
      const current: TranscriptLine = { from: 'resident', text: firstPart(message.text, readLimit), at: now.toISOString() };
      const transcript = [...(await parts.conversationSoFar(message)), ...(message.text ? [current] : [])];
      const residentWords = transcript.filter((line) => line.from === 'resident').map((line) => line.text);
      const details = {
        collected: Object.fromEntries([...concernLines(memory), ...memory.detailsCollected, ...(memory.language ? [interpreterNote(memory.language)] : [])].map((line) => [line.label, line.value])),
        caseReferences: memory.caseReferences,
        articlesRead: memory.articlesShown,
      };
      // The concern first, the service the conversation was about after it: "Damp and mould" for a child left alone misled (H29-07).
      const concern = priorityFor(reason, memory) === 'normal' ? undefined : concernName(memory);
      const topicShown = concern ? `${concern} (${topic.label})` : topic.label;
      const request: HandoffRequest = {
        conversationId: message.conversationId,
        channel: message.channel,
        reason,
        priority: priorityFor(reason, memory),
        topic: topicShown,
        summary: await parts.summarise({ topic: topicShown, transcript, details }),
        sentiment: sentimentForHandoff(memory.sentiment),
        details,
        suggestedArticles: await parts.suggestArticles(residentWords.slice(-3).join('\n')),
        transcript,
      };
      const { entry, position } = await hub.initiate(request, message.messageId);
      const { transcript: _lines, ...handoffContext } = request;
      await out.handoffStarted(handoffContext);
      parts.onHandoff(request.channel, reason);
      parts.telemetry.record({ name: 'handoff', conversationId: request.conversationId, channel: request.channel, topic: topic.id, reason, priority: entry.priority });
      await out.say(handoffQueued(handoffLeads[reason], position));
      return 'queued';
    },

    /** The resident left the queue, or an engagement hub reported the handoff over. */
    close(conversationId: string): Promise<void> {
      return hub.close(conversationId);
    },

    /**
     * While a handoff is open the resident is talking to a person: messages go to the advisor. An emergency or a disclosure told
     * there (`concern`) puts the advice given into the transcript after the message and raises the handoff's priority, before
     * the resident is told their place (outside attack 25, A25-2: a child's disclosure stayed last of 34 at normal priority, after
     * "as a priority"; operations trial 24, PG21-07: the advisor saw no trace of the 999 advice).
     */
    async relay(out: TurnOutput, entry: HandoffEntry, text: string, concern?: { reason: 'safeguarding' | 'emergency'; advice: string }): Promise<void> {
      await hub.residentMessage(entry.conversationId, text);
      if (concern) {
        await hub.botMessage(entry.conversationId, concern.advice);
        await hub.escalate(entry.conversationId, concern.reason);
      }
      if (entry.status !== 'waiting') return;
      const position = await hub.placeInQueue(entry.conversationId);
      await out.say({ text: handoffStillWaiting(position) });
    },
  };
}

export type Handoffs = ReturnType<typeof createHandoffs>;
