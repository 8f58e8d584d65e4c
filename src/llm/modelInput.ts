import type { TranscriptLine } from '../handoff/handoffHub.js';
import { redactPersonalData } from '../privacy/redact.js';

/** One line of the conversation so far, as the features read it (a transcript line fits). */
export type ConversationTurn = Pick<TranscriptLine, 'from' | 'text'>;

/** Recent lines are enough to resolve "what about the garden one?"; older ones only cost tokens. */
const historyTurns = 6;
const turnCharacters = 500;

/**
 * Text placed between data tags in a prompt. Angle brackets become look-alikes, so neither a
 * resident nor an article can close the tag and have what follows read as instructions.
 */
export const asData = (text: string): string => text.replace(/</g, '‹').replace(/>/g, '›');

/** What the model may see of a resident's words: redacted when configured, then made safe as data. */
export const residentData = (text: string, redact: boolean): string => asData(redact ? redactPersonalData(text) : text);

const speakers: Record<ConversationTurn['from'], string> = { resident: 'Resident', bot: 'Assistant', advisor: 'Advisor' };

/** The last few turns, one per line, each treated as resident data (a bot line can echo what was typed). */
export function conversationData(history: readonly ConversationTurn[], redact: boolean, turns = historyTurns): string {
  const recent = history.slice(-turns);
  if (recent.length === 0) return '(none)';
  return recent.map((turn) => `${speakers[turn.from]}: ${residentData(turn.text.slice(0, turnCharacters), redact).replace(/\s+/g, ' ')}`).join('\n');
}
