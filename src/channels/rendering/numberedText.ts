import type { Choice } from '../../bot/reply.js';

/** Choices as a numbered list under the text, for channels without buttons; "2" then picks the second. */
export function numberedText(text: string, choices: readonly Choice[]): string {
  const list = choices.map((choice, index) => `${index + 1}. ${choice.label}`).join('\n');
  return [text.trim(), list, 'Reply with a number or the words of your choice.'].filter((part) => part !== '').join('\n\n');
}
