import type { Middleware, TurnContext } from 'botbuilder';
import type { Choice } from '../../reply.js';
import { choiceByNumber, choiceByValue } from '../../forms/choiceMatcher.js';
import { postableChoices } from './offeredChoices.js';
import { conversationKeyOf, type OfferedChoicesStore } from './offeredChoicesStore.js';

const sameWords = (text: string, phrase: string): boolean => text.trim().toLowerCase() === phrase.trim().toLowerCase();

/**
 * The value of the offered choice a reply picks: a button's own value as it was posted, its number
 * ("2", "option 2"; the label's number when the labels are numbered) or exactly its label. Only
 * whole-message answers count: a longer message ("no, but I can smell gas") must reach the bot word
 * for word, so safety triage still sees it.
 */
export function pickedChoiceValue(text: string, offered: readonly Choice[]): string | undefined {
  // Only the choices that send something back are numbered; a link's label still names it.
  const postable = postableChoices(offered);
  const choice = choiceByValue(text, postable) ?? choiceByNumber(text, postable) ?? offered.find((candidate) => sameWords(text, candidate.label));
  return choice && (choice.value ?? choice.label);
}

/**
 * Set in the turn state when the message is an offered choice (a button pressed, its label or
 * number typed): the bot's own words coming back, so nothing reads them as the resident's
 * language ("Pay or set up a Direct Debit" is not Portuguese).
 */
export const choicePickedKey = Symbol('choicePicked');

/**
 * Incoming side of numbered options: turns a typed "2" into the value of the second choice last
 * offered in the conversation, so bot logic sees the same text a button press would send.
 */
export class NumberedChoiceAnswers implements Middleware {
  constructor(private readonly store: OfferedChoicesStore) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { activity } = context;
    if (activity.type === 'message' && activity.text && activity.conversation?.id) {
      const offered = await this.store.offered(conversationKeyOf(activity.channelId, activity.conversation.id));
      const value = offered.length > 0 ? pickedChoiceValue(activity.text, offered) : undefined;
      if (value !== undefined) {
        activity.text = value;
        context.turnState.set(choicePickedKey, true);
      }
    }
    await next();
  }
}
