/** What every slot parser returns: the value, or a re-prompt that says what was wrong and how to fix it. */
export type SlotResult<T> = { ok: true; value: T } | { ok: false; reprompt: string };

export const accept = <T>(value: T): SlotResult<T> => ({ ok: true, value });
export const reprompt = <T = never>(text: string): SlotResult<T> => ({ ok: false, reprompt: text });

/** Trims and collapses runs of whitespace, as residents' typing varies. */
export const tidy = (text: string): string => text.trim().replace(/\s+/g, ' ');

/** A correction's lead-in, said before the right answer: "sorry, no, I meant …", "actually it's …". */
const correctionLeadIn = /^(?:(?:oh|ah|er|erm|um|no(?!\.?\s*\d)|nope|sorry|oops|actually|wait|hang on|correction|i mean|i meant|it'?s|it is|that'?s|that should be|should be|the postcode is|postcode)\b[\s,.!:-]*)+/i;

/** The answer without a correction's lead-in: on a call, residents correct themselves as they answer (caller trial 12). */
export const withoutCorrection = (text: string): string => tidy(text).replace(correctionLeadIn, '');

/** Words that say an answer corrects one given before ("sorry, I meant …"), not a new one. */
export const saysCorrection = (text: string): boolean => /\b(?:sorry|i meant|i mean|actually|correction|should (?:have )?be(?:en)?|wrong|not that)\b/i.test(text);
