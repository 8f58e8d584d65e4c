import type { WindowedCounts } from '../../storage/windowedCounts.js';
import { safetyCeiling } from '../../triage/messageLimits.js';

/**
 * How fast the public chat can be driven: new conversations per client address, messages per
 * conversation. A person starts a chat now and then and types a message every few seconds at
 * most; a script that opens hundreds of conversations a second, or floods one with messages,
 * would otherwise raise cases in the council's CRM and fill the database as fast as it likes.
 * The counts are shared by every instance, so two instances behind a load balancer do not
 * double the limits.
 */
export interface ResidentLimits {
  /** Seconds the client must wait before starting another conversation; 0 = go ahead (and it is counted). */
  newConversation(client: string): Promise<number>;
  /**
   * Seconds before the conversation may send another message of `text`, or the client send more
   * text; 0 = go ahead (and both are counted).
   */
  message(conversationId: string, client: string, text: string): Promise<number>;
  /**
   * Seconds before a message past those limits that reads as an emergency or a disclosure (`concern`), or follows one
   * (`follow-up`), may be answered with the safety advice again in this conversation; 0 = go ahead (and it is counted).
   * Bounded too: "I can smell gas" put in front of every message let one address send 158 messages a second, 7 GB of text
   * an hour (outside attack 22, A22-2). Counted apart, so follow-ups cannot use up what a new emergency needs.
   */
  concernOverLimits(conversationId: string, reading: 'concern' | 'follow-up'): Promise<number>;
}

export interface ResidentLimitSettings {
  /** New conversations one client address may start per 10 minutes; a library or office shares one address. */
  conversationsPerTenMinutes: number;
  /** Messages one conversation may send per minute. */
  messagesPerMinute: number;
  /**
   * Messages one client address may send per minute in all its conversations: short messages at
   * every conversation's limit from ten addresses filled the turn queue and residents' messages failed
   * (outside attack 14, H4). A busy office or library sharing one address stays well within it.
   */
  messagesPerMinutePerClient: number;
  /**
   * Characters one client address may send per minute, in all its conversations: each read by the
   * safety rules costs the one thread that serves everyone about 5 ms a thousand characters. Only
   * what is read counts (up to `safetyCeiling` a message).
   */
  charactersPerMinute: number;
}

/**
 * Three of the longest messages that are read whole a minute, or a person typing flat out in all
 * of them: 10,000-character messages from five addresses, within the message limits, had frozen
 * every resident's chat for 10–25 s (outside attack 13, H1).
 */
export const defaultResidentLimits: ResidentLimitSettings = { conversationsPerTenMinutes: 60, messagesPerMinute: 30, messagesPerMinutePerClient: 120, charactersPerMinute: 3 * safetyCeiling };

/**
 * Past the limits, the safety advice is given again this often in one conversation in ten minutes: for messages that follow
 * an emergency or a disclosure ("please help", "he is not breathing"), and apart from them for messages that read as one
 * themselves. Never counted per address: an attacker who used up an address's allowance for these had every resident there
 * refused, a gas leak included (outside re-check 22b, R22-3). Ten follow-ups, not three or six: "what do I do he is not
 * breathing" and "I want to kill myself tonight" came fourth and seventh (outside attacks 23 and 27). Counted apart: after
 * ten follow-ups, "fire in the kitchen" got a bare 429 (outside attack 28, A28-02). New conversations are limited per
 * address, so one address still stores at most 1,800 of these, of 1,000 characters, in ten minutes.
 */
const overLimitsPerConversationPerTenMinutes = { 'follow-up': 10, concern: 20 } as const;

export function residentLimits(counts: WindowedCounts, { conversationsPerTenMinutes, messagesPerMinute, messagesPerMinutePerClient, charactersPerMinute }: ResidentLimitSettings = defaultResidentLimits): ResidentLimits {
  return {
    newConversation: (client) => counts.take([{ key: `new-conversation/${client}`, limit: conversationsPerTenMinutes }], 10 * 60 * 1000),
    message: (conversationId, client, text) =>
      counts.take(
        [
          { key: `message/${conversationId}`, limit: messagesPerMinute },
          { key: `messages/${client}`, limit: messagesPerMinutePerClient },
          { key: `characters/${client}`, limit: charactersPerMinute, amount: Math.min(text.length, safetyCeiling) },
        ],
        60 * 1000,
      ),
    concernOverLimits: (conversationId, reading) =>
      counts.take([{ key: `${reading}-over-limits/${conversationId}`, limit: overLimitsPerConversationPerTenMinutes[reading] }], 10 * 60 * 1000),
  };
}
