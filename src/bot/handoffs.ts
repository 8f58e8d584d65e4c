import { EventFactory, type Activity, type TranscriptStore, type TurnContext } from 'botbuilder';
import { renderReply } from '../channels/render.js';
import type { HandoffEntry, HandoffHub, HandoffPriority, HandoffReason, HandoffRequest, SuggestedArticle, TranscriptLine } from '../handoff/handoffHub.js';
import { sentimentForHandoff } from '../handoff/handoffSummary.js';
import type { HandoffSummaryRequest } from '../llm/handoffSummariser.js';
import { isWithinOpeningHours, nextOpening, whenWeOpen } from '../handoff/openingHours.js';
import type { CouncilProfile } from '../profile/councilProfile.js';
import { firstPart } from '../knowledge/textTokens.js';
import type { ConversationTelemetry } from '../telemetry/conversationEvents.js';
import { readLimit } from '../triage/messageLimits.js';
import type { ConversationMemory } from './conversationMemory.js';
import { handoffLeads, handoffOutOfHours, handoffQueued, handoffStillWaiting } from './phrases.js';
import { safetyOutOfHoursReply } from '../triage/safetyReplies.js';

export interface HandoffParts {
  hub: HandoffHub;
  profile: CouncilProfile;
  /** Every activity of the conversation so far (botbuilder's transcript logger writes it). */
  transcripts: TranscriptStore;
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

/** Earlier messages are stored whole: the briefing and the article suggestions read each as the bot did, its opening only. */
const transcriptLine = (activity: Partial<Activity>): TranscriptLine => ({
  from: activity.from?.role === 'user' ? 'resident' : 'bot',
  text: firstPart(activity.text ?? '', readLimit),
  at: new Date(activity.timestamp ?? Date.now()).toISOString(),
});

/**
 * The bot's side of a handoff: builds the advisor's context, queues the conversation, sends the
 * Bot Framework `handoff.initiate` event (so an engagement hub such as Omnichannel can take it
 * instead of the embedded queue), and keeps the resident told where they stand.
 */
export function createHandoffs(parts: HandoffParts) {
  const { hub, profile } = parts;

  async function conversationSoFar(context: TurnContext): Promise<Activity[]> {
    const { channelId, conversation } = context.activity;
    const activities: Activity[] = [];
    let continuationToken: string | undefined;
    do {
      const page = await parts.transcripts.getTranscriptActivities(channelId, conversation.id, continuationToken);
      activities.push(...page.items);
      continuationToken = page.continuationToken;
    } while (continuationToken);
    // The logger writes at the end of a turn, so this turn's message is added here.
    return [...activities, context.activity].filter((activity) => activity.type === 'message' && activity.text);
  }

  return {
    /** The waiting or active handoff of this conversation. */
    current(conversationId: string): Promise<HandoffEntry | undefined> {
      return hub.current(conversationId);
    },

    async start(context: TurnContext, memory: ConversationMemory, reason: HandoffReason, topic: { id: string; label: string }): Promise<HandoffStart> {
      const now = parts.now();
      if (!isWithinOpeningHours(profile, now)) {
        // An emergency or a disclosure: 999, the category's out-of-hours line and a priority call back, never the repairs line for a disclosure.
        if (priorityFor(reason, memory) !== 'normal') {
          await context.sendActivity(renderReply({ text: safetyOutOfHoursReply(memory.raisedConcern ?? {}, profile), choices: [{ label: 'Request a call back' }] }));
          return 'out-of-hours';
        }
        const opening = nextOpening(profile, now);
        await context.sendActivity(renderReply(handoffOutOfHours(profile, opening && whenWeOpen(opening))));
        return 'out-of-hours';
      }
      const activities = await conversationSoFar(context);
      const transcript = activities.map(transcriptLine);
      const residentWords = transcript.filter((line) => line.from === 'resident').map((line) => line.text);
      const details = {
        collected: Object.fromEntries(memory.detailsCollected.map((line) => [line.label, line.value])),
        caseReferences: memory.caseReferences,
        articlesRead: memory.articlesShown,
      };
      const request: HandoffRequest = {
        conversationId: context.activity.conversation.id,
        channel: context.activity.channelId,
        reason,
        priority: priorityFor(reason, memory),
        topic: topic.label,
        summary: await parts.summarise({ topic: topic.label, transcript, details }),
        sentiment: sentimentForHandoff(memory.sentiment),
        details,
        suggestedArticles: await parts.suggestArticles(residentWords.slice(-3).join('\n')),
        transcript,
      };
      const { entry, position } = await hub.initiate(request);
      const { transcript: _lines, ...handoffContext } = request;
      await context.sendActivity(EventFactory.createHandoffInitiation(context, handoffContext, { activities }));
      parts.onHandoff(request.channel, reason);
      parts.telemetry.record({ name: 'handoff', conversationId: request.conversationId, channel: request.channel, topic: topic.id, reason, priority: entry.priority });
      await context.sendActivity(renderReply(handoffQueued(handoffLeads[reason], position)));
      return 'queued';
    },

    /** The resident left the queue, or an engagement hub reported the handoff over. */
    close(conversationId: string): Promise<void> {
      return hub.close(conversationId);
    },

    /** While a handoff is open the resident is talking to a person: messages go to the advisor. */
    async relay(context: TurnContext, entry: HandoffEntry, text: string): Promise<void> {
      await hub.residentMessage(entry.conversationId, text);
      if (entry.status !== 'waiting') return;
      const position = (await hub.queue()).findIndex((waiting) => waiting.id === entry.id) + 1;
      await context.sendActivity(handoffStillWaiting(position));
    },
  };
}

export type Handoffs = ReturnType<typeof createHandoffs>;
