import type { Choice } from '../../bot/reply.js';
import { labelsAreNumbered } from '../../dialogs/choiceMatcher.js';

/**
 * Choices as a numbered list under the text, for channels without buttons; "2" then picks the
 * second. Labels that carry their own numbers (a 5-to-1 rating) are listed as they are, so a typed
 * "5" means "5 Very good", never the fifth line.
 */
export function numberedText(text: string, choices: readonly Choice[]): string {
  const ownNumbers = labelsAreNumbered(choices);
  const list = choices.map((choice, index) => (ownNumbers ? choice.label : `${index + 1}. ${choice.label}`)).join('\n');
  return [text.trim(), list, 'Reply with a number or the words of your choice.'].filter((part) => part !== '').join('\n\n');
}
