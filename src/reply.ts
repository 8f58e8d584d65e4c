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
