import type { TurnContext } from 'botbuilder';
import { evidenceIn, mediaIn } from '../channels/inboundMedia.js';
import { voiceChannelId } from '../channels/rendering/channelRendering.js';
import { choicePickedKey } from '../channels/rendering/numberedChoices.js';
import { advisorsAwayKey, type ResidentMessage } from '../conversation/turn.js';
import { isPhoto } from '../forms/sharedEvidence.js';

/** The conversation's view of a Bot Framework message activity: words, what came with them, who sent them. */
export function residentMessageOf(context: TurnContext): ResidentMessage {
  const { activity } = context;
  const text = (activity.text ?? '').trim();
  const evidence = evidenceIn(activity);
  // A photo or a location may come with no words; a voice note, video or file with none cannot be read.
  const unreadable = text ? undefined : mediaIn(activity).find((media) => !isPhoto(media))?.kind;
  return {
    conversationId: activity.conversation.id,
    channel: activity.channelId,
    userId: activity.from?.id ?? '',
    ...(activity.id && { messageId: activity.id }),
    text,
    ...(evidence && { evidence }),
    ...(unreadable && { unreadable }),
    ...(context.turnState.get(choicePickedKey) === true && { choicePicked: true }),
    ...(activity.channelId === voiceChannelId && { spoken: true }),
    ...((activity.channelData as Record<string, unknown> | undefined)?.[advisorsAwayKey] === true && { advisorsAway: true }),
  };
}
