import type { Activity, CardAction } from 'botbuilder';
import type { Choice } from '../../bot/reply.js';

/** The choices an outgoing activity offers as suggested actions (what `renderReply` makes of `BotReply.choices`). */
export function offeredChoices(activity: Partial<Activity>): Choice[] {
  const actions: CardAction[] = activity.suggestedActions?.actions ?? [];
  return actions.map((action) => {
    const label = action.title ?? String(action.value ?? '');
    return { label, value: typeof action.value === 'string' && action.value !== '' ? action.value : label };
  });
}

/** A copy of the activity without its suggested actions, for channels that show choices another way. */
export function withoutSuggestedActions(activity: Partial<Activity>): Partial<Activity> {
  const { suggestedActions: _shownElsewhere, ...rest } = activity;
  return rest;
}
