/**
 * What the bot wants to show, said once and channel-neutral. The channel renderer turns it
 * into suggested actions, cards, WhatsApp buttons or numbered text.
 */
export interface Choice {
  /** What the resident sees on the button. */
  label: string;
  /** What comes back when it is picked (defaults to the label). */
  value?: string;
  /** A page the choice opens instead of sending anything back (a button that opens it, or a link in the text). */
  url?: string;
}

/**
 * The choice that starts the call back form. Every offer of a call back uses it, so the channels and
 * the no-call guard (`src/conversation/noCallBack.ts`) know it by this label wherever it was offered.
 */
export const callBackChoice: Choice = { label: 'Request a call back' };

export interface BotReply {
  text: string;
  choices?: Choice[];
  /**
   * Safety advice, for an emergency or a disclosure: a channel that can makes it stand out and
   * announces it at once (a resident with someone at the door needs 999 as visibly as a gas leak).
   */
  urgent?: 'emergency' | 'safeguarding';
  /** The reference of a case this reply confirms, so a channel can show it where it is easy to copy. */
  caseReference?: string;
  /** The one choice a plain "yes please" takes, when the reply makes an offer ("I can ask someone to call you back"). */
  offer?: string;
}

/**
 * Whether a reply's words ask the resident something ("…?") or tell them what to give ("Please
 * give a UK number", "say yes or press 1"): one that does neither leaves them not knowing what to
 * answer, so forms follow it with their question and a call with "What else can I help you with?".
 */
export const asksOrTells = (text: string): boolean => /\?|\b(?:please|say|tell (?:me|us)|give|press)\b/i.test(text);
