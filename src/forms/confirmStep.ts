import type { BotReply, Choice } from '../reply.js';
import { parseYesNo } from '../serviceRequests/slots.js';
import { choiceMentioned, matchChoice } from './choiceMatcher.js';
import { commandsHint } from './slotPrompt.js';
import type { DetailLine } from './formResult.js';

/** A detail the resident may change from the summary. */
export interface ChangeOption {
  slot: string;
  label: string;
}

const confirmChoice: Choice = { label: 'Confirm' };
const changeChoice: Choice = { label: 'Change' };
const keepChoice: Choice = { label: 'Nothing to change' };

const bulleted = (lines: DetailLine[]): string => lines.map((line) => `- ${line.label}: ${line.value}`).join('\n');

export function summaryReply(lines: DetailLine[]): BotReply {
  return {
    text: `Please check these details:\n\n${bulleted(lines)}\n\nChoose Confirm to send them, or Change to correct something.`,
    choices: [confirmChoice, changeChoice],
  };
}

export function summaryReprompt(lines: DetailLine[]): BotReply {
  return { text: `Sorry, I didn't catch that. Please choose Confirm to send these details, or Change to correct one of them.\n\n${bulleted(lines)}`, choices: [confirmChoice, changeChoice] };
}

export function summaryHelp(lines: DetailLine[]): BotReply {
  const summary = summaryReply(lines);
  return { ...summary, text: `Nothing is sent until you confirm. ${summary.text}\n\n${commandsHint}` };
}

type ConfirmAnswer = { decision: 'confirm' } | { decision: 'change'; slot?: string };

const slotMentioned = (text: string, options: ChangeOption[]): string | undefined => {
  const label = choiceMentioned(text, options.map(({ label }) => ({ label })))?.label;
  return options.find((option) => option.label === label)?.slot;
};

/**
 * "That's it", "that's everything", "that's all correct" to the read-back: it is all there. Read
 * before anything else, as a goodbye it stopped a call back the caller had just heard read back
 * (caller re-trial 13b).
 */
const allOfIt = /^(?:(?:yes|yeah|yep|ok|okay|right|great|lovely|perfect)[,.!]? )?(?:that'?s|that is|thats) (?:it|all|everything|all of it|all correct|all right|all good|spot on)(?:[,.!]? (?:thanks|thank you|ta|cheers|love))?[.!]*$/i;

/** "Confirm", "yes", "2", "change the postcode", "no, the date is wrong". */
export function readConfirmAnswer(text: string, options: ChangeOption[]): ConfirmAnswer | undefined {
  if (allOfIt.test(text.trim())) return { decision: 'confirm' };
  const slot = slotMentioned(text, options);
  const change: ConfirmAnswer = slot ? { decision: 'change', slot } : { decision: 'change' };
  const picked = matchChoice(text, [confirmChoice, changeChoice]);
  if (picked) return picked === confirmChoice ? { decision: 'confirm' } : change;
  const yesNo = parseYesNo(text);
  if (yesNo.ok) return yesNo.value ? { decision: 'confirm' } : change;
  return slot ? change : undefined;
}

const changeMenuChoices = (options: ChangeOption[]): Choice[] => [...options.map(({ label }) => ({ label })), keepChoice];

export function changeMenuReply(options: ChangeOption[]): BotReply {
  return { text: 'Which detail would you like to change?', choices: changeMenuChoices(options) };
}

export function changeMenuReprompt(options: ChangeOption[]): BotReply {
  return { text: 'Sorry, I didn\'t catch which detail. Please choose one of these, or "Nothing to change".', choices: changeMenuChoices(options) };
}

export function changeMenuHelp(options: ChangeOption[]): BotReply {
  return { text: `Pick the detail that is wrong and I'll ask for it again. ${changeMenuReply(options).text}\n\n${commandsHint}`, choices: changeMenuChoices(options) };
}

/** The slot picked from the change menu, or 'keep' when nothing needs changing. */
export function readChangeChoice(text: string, options: ChangeOption[]): { slot: string } | 'keep' | undefined {
  const picked = matchChoice(text, changeMenuChoices(options));
  if (picked === keepChoice) return 'keep';
  const option = options.find(({ label }) => label === picked?.label);
  if (option) return { slot: option.slot };
  const yesNo = parseYesNo(text);
  return yesNo.ok && !yesNo.value ? 'keep' : undefined;
}
