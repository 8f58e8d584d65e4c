import type { Choice } from '../reply.js';

/** Lower case, punctuation dropped, spaces collapsed: "Confirm!" and "confirm" are the same answer. */
const normalise = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const numberedPattern = /^(?:option |number |no )?(\d{1,2})$/;

/** The number a label starts with ("5 Very good" → 5), if it starts with one. */
const labelNumber = (choice: Choice): number | undefined => {
  const number = /^(\d{1,2})\b/.exec(choice.label.trim());
  return number ? Number(number[1]) : undefined;
};

/** Every label carries its own number (a 5-to-1 rating): a typed number then means that label, not a position. */
export const labelsAreNumbered = (choices: readonly Choice[]): boolean => choices.length > 0 && choices.every((choice) => labelNumber(choice) !== undefined);

/**
 * "2", "2." or "option 2": the choice whose label carries that number when the labels are numbered
 * ("5" is "5 Very good" wherever it is listed), otherwise the second choice, as channels without
 * buttons show numbered options.
 */
export function choiceByNumber(text: string, choices: readonly Choice[]): Choice | undefined {
  const numbered = numberedPattern.exec(normalise(text));
  if (!numbered) return undefined;
  const number = Number(numbered[1]);
  return labelsAreNumbered(choices) ? choices.find((choice) => labelNumber(choice) === number) : choices[number - 1];
}

/** The choice a button posted: its exact value, which wins over any reading of it as a number. */
export const choiceByValue = (text: string, choices: readonly Choice[]): Choice | undefined =>
  choices.find((choice) => choice.value !== undefined && choice.value === text.trim());

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

/** The choice a resident picked, by a button's value, by number or by its words; anything ambiguous matches nothing. */
export const matchChoice = (text: string, choices: readonly Choice[]): Choice | undefined =>
  choiceByValue(text, choices) ?? choiceByNumber(text, choices) ?? choiceMentioned(text, choices);
