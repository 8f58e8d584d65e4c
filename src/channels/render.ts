import { ActionTypes, type Activity } from 'botbuilder';
import type { BotReply } from '../bot/reply.js';

/**
 * Turns a channel-neutral reply into an activity with suggested actions. Channels that show
 * choices differently get it rewritten on the way out (src/channels/rendering/).
 */
export function renderReply(reply: BotReply): Partial<Activity> {
  const activity: Partial<Activity> = { type: 'message', text: reply.text, textFormat: 'markdown' };
  if (reply.emergency || reply.caseReference) {
    activity.channelData = { ...(reply.emergency && { emergency: true }), ...(reply.caseReference && { caseReference: reply.caseReference }) };
  }
  if (reply.choices && reply.choices.length > 0) {
    activity.suggestedActions = {
      to: [],
      actions: reply.choices.map((choice) => ({
        type: ActionTypes.ImBack,
        title: choice.label,
        value: choice.value ?? choice.label,
      })),
    };
  }
  return activity;
}
