import type { Activity } from 'botbuilder';
import type { Choice } from '../../reply.js';
import { numberedText } from '../rendering/numberedText.js';
import { linkLines, offeredChoices, postableChoices } from '../rendering/offeredChoices.js';
import { splitText } from '../rendering/splitText.js';
import { toWhatsAppText } from './whatsAppText.js';

/** A Cloud API message body, without `messaging_product` and `to`, which the sender adds. */
export type WhatsAppMessage = { type: 'text'; text: { body: string; preview_url: boolean } } | { type: 'interactive'; interactive: Record<string, unknown> };

// Limits from Meta's Cloud API reference.
const textLimit = 4096;
const buttonBodyLimit = 1024;
const listBodyLimit = 4096;
const maxButtons = 3;
const buttonTitleLimit = 20;
const buttonIdLimit = 256;
const maxListRows = 10;
const rowTitleLimit = 24;
const rowIdLimit = 200;

/** Interactive messages must have a body, even when the bot sent only choices. */
const defaultPrompt = 'Please choose:';

const textMessage = (body: string): WhatsAppMessage => ({ type: 'text', text: { body, preview_url: false } });

const valueOf = (choice: Choice): string => choice.value ?? choice.label;

/** Meta refuses a button or list whose titles are too long or empty, or whose titles or ids repeat. */
const fits = (choices: readonly Choice[], titleLimit: number, idLimit: number): boolean =>
  choices.every((choice) => choice.label.trim() !== '' && choice.label.length <= titleLimit && valueOf(choice).length <= idLimit) &&
  new Set(choices.map((choice) => choice.label)).size === choices.length &&
  new Set(choices.map(valueOf)).size === choices.length;

/** Text pieces under `bodyLimit` for the last one, which becomes the interactive message's body. */
function withBody(text: string, bodyLimit: number): { before: string[]; body: string } {
  const pieces = splitText(text, textLimit);
  const last = pieces.pop() ?? defaultPrompt;
  const tail = splitText(last, bodyLimit);
  const body = tail.pop() ?? defaultPrompt;
  return { before: [...pieces, ...tail], body };
}

function buttons(text: string, choices: readonly Choice[]): WhatsAppMessage[] {
  const { before, body } = withBody(text, buttonBodyLimit);
  const action = { buttons: choices.map((choice) => ({ type: 'reply', reply: { id: valueOf(choice), title: choice.label } })) };
  return [...before.map(textMessage), { type: 'interactive', interactive: { type: 'button', body: { text: body }, action } }];
}

function list(text: string, choices: readonly Choice[]): WhatsAppMessage[] {
  const { before, body } = withBody(text, listBodyLimit);
  const rows = choices.map((choice) => ({ id: valueOf(choice), title: choice.label }));
  const action = { button: 'Choose', sections: [{ title: 'Options', rows }] };
  return [...before.map(textMessage), { type: 'interactive', interactive: { type: 'list', body: { text: body }, action } }];
}

/**
 * The WhatsApp messages for one outgoing message activity: up to 3 short choices as reply buttons,
 * up to 10 as a list, anything else as numbered text; long text split at paragraph or sentence ends.
 * Reply buttons cannot open a page, so a choice with one is a link in the text.
 */
export function outboundMessages(activity: Partial<Activity>): WhatsAppMessage[] {
  const offered = offeredChoices(activity);
  const text = [toWhatsAppText(activity.text ?? ''), linkLines(offered)].filter((part) => part !== '').join('\n\n');
  const choices = postableChoices(offered);
  if (choices.length > 0 && choices.length <= maxButtons && fits(choices, buttonTitleLimit, buttonIdLimit)) return buttons(text, choices);
  if (choices.length > 0 && choices.length <= maxListRows && fits(choices, rowTitleLimit, rowIdLimit)) return list(text, choices);
  const plain = choices.length > 0 ? numberedText(text, choices) : text;
  return splitText(plain, textLimit).map(textMessage);
}
