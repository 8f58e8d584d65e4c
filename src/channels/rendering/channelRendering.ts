import type { Activity } from 'botbuilder';
import { choiceCard } from '../teams/choiceCard.js';
import { numberedText } from './numberedText.js';
import { offeredChoices, withoutSuggestedActions } from './offeredChoices.js';

/** Where a turn is happening: the channel, and for Teams whether it is a personal chat. */
export interface ChannelSurface {
  channelId: string;
  conversationType?: string;
}

/** Channels that show suggested actions as buttons. WhatsApp's adapter turns them into its own buttons and lists. */
const showsSuggestedActions = new Set(['webchat', 'directline', 'emulator', 'test', 'whatsapp']);

/**
 * How an outgoing message shows its choices on a channel: suggested actions where they are shown,
 * an Adaptive Card in Teams group chats and channels, numbered text anywhere else.
 */
export function renderForChannel(activity: Partial<Activity>, surface: ChannelSurface): Partial<Activity> {
  const choices = offeredChoices(activity);
  if (activity.type !== 'message' || choices.length === 0) return activity;
  if (showsSuggestedActions.has(surface.channelId)) return activity;
  if (surface.channelId === 'msteams') {
    // Teams shows suggested actions only in personal (one-to-one) chats.
    if (surface.conversationType === 'personal') return activity;
    const { text: _inTheCard, ...rest } = withoutSuggestedActions(activity);
    return { ...rest, attachments: [...(activity.attachments ?? []), choiceCard(activity.text ?? '', choices)] };
  }
  return { ...withoutSuggestedActions(activity), text: numberedText(activity.text ?? '', choices) };
}
