import type { Choice } from '../../reply.js';
import { labelsAreNumbered } from '../../forms/choiceMatcher.js';
import { linkLines, postableChoices } from './offeredChoices.js';

/**
 * Choices as a numbered list under the text, for channels without buttons; "2" then picks the
 * second. Labels that carry their own numbers (a 5-to-1 rating) are listed as they are, so a typed
 * "5" means "5 Very good", never the fifth line. A choice that opens a page is a link in the text,
 * not numbered: there is nothing to send back for it.
 */
export function numberedText(text: string, choices: readonly Choice[]): string {
  const postable = postableChoices(choices);
  const ownNumbers = labelsAreNumbered(postable);
  const list = postable.map((choice, index) => (ownNumbers ? choice.label : `${index + 1}. ${choice.label}`)).join('\n');
  const prompt = postable.length > 0 ? 'Reply with a number or the words of your choice.' : '';
  return [text.trim(), linkLines(choices), list, prompt].filter((part) => part !== '').join('\n\n');
}
