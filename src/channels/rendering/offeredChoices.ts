import { ActionTypes, type Activity, type CardAction } from 'botbuilder';
import type { Choice } from '../../reply.js';

/** The choices an outgoing activity offers as suggested actions (what `renderReply` makes of `BotReply.choices`). */
export function offeredChoices(activity: Partial<Activity>): Choice[] {
  const actions: CardAction[] = activity.suggestedActions?.actions ?? [];
  return actions.map((action) => {
    const label = action.title ?? String(action.value ?? '');
    if (action.type === ActionTypes.OpenUrl) return { label, url: String(action.value ?? '') };
    return { label, value: typeof action.value === 'string' && action.value !== '' ? action.value : label };
  });
}

/** A choice that opens a page rather than sending an answer back. */
export const isLink = (choice: Choice): boolean => choice.url !== undefined;

/** The choices a resident answers by sending something back: the ones a typed number counts through. */
export const postableChoices = (choices: readonly Choice[]): Choice[] => choices.filter((choice) => !isLink(choice));

/** Links as lines of text ("Pay online: https://…"), for channels whose buttons cannot open a page. */
export const linkLines = (choices: readonly Choice[]): string =>
  choices
    .filter(isLink)
    .map((choice) => `${choice.label}: ${choice.url}`)
    .join('\n');

/** A copy of the activity without its suggested actions, for channels that show choices another way. */
export function withoutSuggestedActions(activity: Partial<Activity>): Partial<Activity> {
  const { suggestedActions: _shownElsewhere, ...rest } = activity;
  return rest;
}
