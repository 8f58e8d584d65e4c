import type { BotReply } from '../reply.js';
import type { SlotResult } from '../serviceRequests/slots.js';
import { choiceByNumber } from './choiceMatcher.js';
import type { FormContext, SlotDefinition } from './formDefinition.js';

/** Wrong answers to one question before the flow hands over to an advisor rather than asking a third time. */
export const failedAnswersBeforeAdvisor = 2;

/** The offer a caller hears before the last try at a question: a person, or the answer once more. */
export const personOrAgain = 'I can put you through to someone: say talk to someone, or say the answer again.';

export const commandsHint = 'You can type "help", "start again", "cancel" or "talk to someone" at any time.';

/**
 * Reads an answer to a slot's question. A number picks that choice (channels without buttons show
 * numbered options); the choice's words, or anything else, go to the slot's own parser.
 */
export function readSlotAnswer<Details, Value>(
  slot: SlotDefinition<Details, Value>,
  text: string,
  details: Partial<Details>,
  context: FormContext,
): SlotResult<Value> {
  const picked = choiceByNumber(text, slot.ask(details, context).choices ?? []);
  if (picked) return slot.parse(picked.value ?? picked.label, context);
  // "The general rubbish, no wait, it was the recycling": the words after the correction are the answer.
  const corrected = slot.inOwnWords ? undefined : afterCorrection(text);
  const read = corrected === undefined ? undefined : slot.parse(corrected, context);
  return read?.ok ? read : slot.parse(text, context);
}

/** Words that take back what came before them in the same answer. */
const correction = /\b(?:no,? wait|wait,? no|oh,? wait|sorry,? i mean|i mean|i meant|no,? sorry|sorry,? no|no,? actually|actually,? no|scratch that|correction)\b[\s,:;.-]*/gi;

/** What an answer says after its last correction, or undefined when it corrects nothing. */
function afterCorrection(text: string): string | undefined {
  const parts = text.split(correction);
  const last = parts.at(-1)?.trim();
  return parts.length > 1 && last ? last : undefined;
}

/** The parser's specific re-prompt, with the question's choices kept on screen. */
export function repromptSlot<Details, Value>(
  slot: SlotDefinition<Details, Value>,
  reprompt: string,
  details: Partial<Details>,
  context: FormContext,
): BotReply {
  const { choices } = slot.ask(details, context);
  return choices ? { text: reprompt, choices } : { text: reprompt };
}

/** "help": why we ask, the question again, and the commands that work at every step. */
export function slotHelp<Details, Value>(slot: SlotDefinition<Details, Value>, details: Partial<Details>, context: FormContext): BotReply {
  const question = slot.ask(details, context);
  return { ...question, text: `${slot.help}\n\n${question.text}\n\n${commandsHint}` };
}
