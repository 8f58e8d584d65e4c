import { CardFactory, type Attachment } from 'botbuilder';
import type { Choice } from '../../reply.js';

/**
 * An Adaptive Card with the text and one button per choice, for Teams group chats and channels,
 * where suggested actions are not shown. Each button is a messageBack: Teams posts the choice's
 * value to the bot as a message (no @mention needed) and shows its label in the chat; a choice
 * with a page is an Action.OpenUrl, which opens it and posts nothing. With no text (the links of a
 * personal-chat message, whose suggested actions cannot open a page) the card is its buttons alone.
 */
export function choiceCard(text: string, choices: readonly Choice[]): Attachment {
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    // Teams renders Adaptive Cards up to 1.5 on every client; 1.4 has everything used here.
    version: '1.4',
    body: text === '' ? [] : [{ type: 'TextBlock', text, wrap: true }],
    actions: choices.map((choice) =>
      choice.url
        ? { type: 'Action.OpenUrl', title: choice.label, url: choice.url }
        : { type: 'Action.Submit', title: choice.label, data: { msteams: { type: 'messageBack', text: choice.value ?? choice.label, displayText: choice.label } } },
    ),
  });
}
