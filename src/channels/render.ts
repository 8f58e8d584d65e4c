import { ActionTypes, type Activity } from 'botbuilder';
import type { BotReply } from '../reply.js';
import { linkBareDomains } from './rendering/bareDomains.js';

/**
 * Turns a channel-neutral reply into an activity with suggested actions: `imBack` for a choice the
 * resident sends back, `openUrl` for one that opens a page. Channels that show choices differently
 * get it rewritten on the way out (src/channels/rendering/).
 */
export function renderReply(reply: BotReply): Partial<Activity> {
  const activity: Partial<Activity> = { type: 'message', text: linkBareDomains(reply.text), textFormat: 'markdown' };
  if (reply.urgent || reply.caseReference) {
    activity.channelData = { ...(reply.urgent && { urgent: reply.urgent }), ...(reply.caseReference && { caseReference: reply.caseReference }) };
  }
  if (reply.choices && reply.choices.length > 0) {
    activity.suggestedActions = {
      to: [],
      actions: reply.choices.map((choice) =>
        choice.url
          ? { type: ActionTypes.OpenUrl, title: choice.label, value: choice.url }
          : { type: ActionTypes.ImBack, title: choice.label, value: choice.value ?? choice.label },
      ),
    };
  }
  return activity;
}
