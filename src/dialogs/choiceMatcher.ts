import type { Choice } from '../bot/reply.js';

/** Lower case, punctuation dropped, spaces collapsed: "Confirm!" and "confirm" are the same answer. */
const normalise = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const numberedPattern = /^(?:option |number |no )?(\d{1,2})$/;

/** "2", "2." or "option 2": the second choice, as channels without buttons show numbered options. */
export function choiceByNumber(text: string, choices: readonly Choice[]): Choice | undefined {
  const numbered = numberedPattern.exec(normalise(text));
  return numbered ? choices[Number(numbered[1]) - 1] : undefined;
}

const phrasesOf = (choice: Choice): string[] => [choice.label, choice.value ?? choice.label].map(normalise);

/** The choice whose words are the reply, or the only choice whose words the reply contains ("yes, confirm it"). */
export function choiceMentioned(text: string, choices: readonly Choice[]): Choice | undefined {
  const answer = normalise(text);
  const exact = choices.find((choice) => phrasesOf(choice).includes(answer));
  if (exact) return exact;
  const padded = ` ${answer} `;
  const mentioned = choices.filter((choice) => phrasesOf(choice).some((phrase) => phrase !== '' && padded.includes(` ${phrase} `)));
  return mentioned.length === 1 ? mentioned[0] : undefined;
}

/** The choice a resident picked, by number or by its words; anything ambiguous matches nothing. */
export const matchChoice = (text: string, choices: readonly Choice[]): Choice | undefined =>
  choiceByNumber(text, choices) ?? choiceMentioned(text, choices);
