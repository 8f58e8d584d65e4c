import type { Activity } from 'botbuilder';
import { choiceCard } from '../teams/choiceCard.js';
import { numberedText } from './numberedText.js';
import { isLink, offeredChoices, postableChoices, withoutSuggestedActions } from './offeredChoices.js';
import { renderForVoice } from './speech.js';

/** The phone channel (src/channels/voice/): every message is rendered for speech, with or without choices. */
export const voiceChannelId = 'voice';

/** Where a turn is happening: the channel, and for Teams whether it is a personal chat. */
export interface ChannelSurface {
  channelId: string;
  conversationType?: string;
}

/** Channels that show suggested actions as buttons. WhatsApp's adapter turns them into its own buttons and lists. */
const showsSuggestedActions = new Set(['webchat', 'directline', 'emulator', 'test', 'whatsapp']);

/**
 * How an outgoing message shows its choices on a channel: suggested actions where they are shown
 * (an `openUrl` one opens its page in Web Chat; WhatsApp's adapter makes it a link in the text),
 * an Adaptive Card in Teams group chats and channels, words and keypad numbers on a phone call,
 * numbered text and links anywhere else.
 */
export function renderForChannel(activity: Partial<Activity>, surface: ChannelSurface): Partial<Activity> {
  if (activity.type === 'message' && surface.channelId === voiceChannelId) return renderForVoice(activity);
  const choices = offeredChoices(activity);
  if (activity.type !== 'message' || choices.length === 0) return activity;
  if (showsSuggestedActions.has(surface.channelId)) return activity;
  if (surface.channelId === 'msteams') {
    // Teams shows suggested actions only in personal (one-to-one) chats, and they cannot open a page: links go in a card.
    if (surface.conversationType === 'personal') {
      const links = choices.filter(isLink);
      if (links.length === 0) return activity;
      const postable = postableChoices(choices);
      return {
        ...withoutSuggestedActions(activity),
        ...(postable.length > 0 && { suggestedActions: { to: [], actions: activity.suggestedActions!.actions.filter((action) => action.type !== 'openUrl') } }),
        attachments: [...(activity.attachments ?? []), choiceCard('', links)],
      };
    }
    const { text: _inTheCard, ...rest } = withoutSuggestedActions(activity);
    return { ...rest, attachments: [...(activity.attachments ?? []), choiceCard(activity.text ?? '', choices)] };
  }
  return { ...withoutSuggestedActions(activity), text: numberedText(activity.text ?? '', choices) };
}
