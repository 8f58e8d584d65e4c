/** What every slot parser returns: the value, or a re-prompt that says what was wrong and how to fix it. */
export type SlotResult<T> = { ok: true; value: T } | { ok: false; reprompt: string };

export const accept = <T>(value: T): SlotResult<T> => ({ ok: true, value });
export const reprompt = <T = never>(text: string): SlotResult<T> => ({ ok: false, reprompt: text });

/** Trims and collapses runs of whitespace, as residents' typing varies. */
export const tidy = (text: string): string => text.trim().replace(/\s+/g, ' ');
