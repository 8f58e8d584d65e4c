import { ActivityTypes, EventFactory, type Activity, type TranscriptStore, type TurnContext } from 'botbuilder';
import { openLiveStream } from '../channels/liveStream.js';
import { renderReply } from '../channels/render.js';
import type { TurnOutput } from '../conversation/turn.js';
import type { TranscriptLine } from '../handoff/handoffHub.js';
import { firstPart } from '../knowledge/textTokens.js';
import { readLimit } from '../triage/messageLimits.js';

/** The conversation's output for one Bot Framework turn, with `end()` to close a live stream that no reply concluded. */
export interface BotFrameworkOutput extends TurnOutput {
  /** After the turn: concludes a stream that was started but not finished by a reply. */
  close(): Promise<void>;
}

/**
 * Speaks the conversation's replies as Bot Framework activities: rendered for the channel by the
 * rendering middleware, a draft streamed where the channel can, and the `handoff.initiate` event
 * with the conversation's transcript for an engagement hub.
 */
export function botFrameworkOutput(context: TurnContext, transcripts: TranscriptStore): BotFrameworkOutput {
  const stream = openLiveStream(context);
  // The reply after a draft concludes its stream; replies before one are plain messages.
  let drafting = false;
  return {
    async say(reply) {
      const activity = renderReply(reply);
      await context.sendActivity(drafting ? await stream.finish(activity) : activity);
      drafting = false;
    },
    async typing() {
      await context.sendActivity({ type: ActivityTypes.Typing });
    },
    draft(textSoFar) {
      drafting = true;
      stream.show(textSoFar);
    },
    async end() {
      await context.sendActivity({ type: ActivityTypes.EndOfConversation, code: 'completedSuccessfully' });
    },
    async handoffStarted(handoff) {
      const activities = await transcriptOf(context, transcripts);
      await context.sendActivity(EventFactory.createHandoffInitiation(context, handoff, { activities }));
    },
    close: () => stream.end(),
  };
}

/** The stored messages of a conversation, oldest first (botbuilder's transcript logger writes them at the end of each turn). */
async function storedMessages(transcripts: TranscriptStore, channelId: string, conversationId: string): Promise<Activity[]> {
  const activities: Activity[] = [];
  let continuationToken: string | undefined;
  do {
    const page = await transcripts.getTranscriptActivities(channelId, conversationId, continuationToken);
    activities.push(...page.items);
    continuationToken = page.continuationToken;
  } while (continuationToken);
  return activities.filter((activity) => activity.type === 'message' && activity.text);
}

/** Every message of the conversation so far, this turn's included (the logger has not written it yet). */
async function transcriptOf(context: TurnContext, transcripts: TranscriptStore): Promise<Activity[]> {
  const { channelId, conversation } = context.activity;
  return [...(await storedMessages(transcripts, channelId, conversation.id)), context.activity];
}

/** The handoff's transcript port: earlier messages as the advisor reads them, each its read opening only. */
export function storedTranscript(transcripts: TranscriptStore) {
  return async ({ channel, conversationId }: { channel: string; conversationId: string }): Promise<TranscriptLine[]> =>
    (await storedMessages(transcripts, channel, conversationId)).map((activity) => ({
      from: activity.from?.role === 'user' ? 'resident' : 'bot',
      text: firstPart(activity.text ?? '', readLimit),
      at: new Date(activity.timestamp ?? Date.now()).toISOString(),
    }));
}
