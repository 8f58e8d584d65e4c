import type { WindowedCounts } from '../../storage/windowedCounts.js';

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
  /** Seconds before the conversation may send another message; 0 = go ahead (and it is counted). */
  message(conversationId: string): Promise<number>;
}

export interface ResidentLimitSettings {
  /** New conversations one client address may start per 10 minutes; a library or office shares one address. */
  conversationsPerTenMinutes: number;
  /** Messages one conversation may send per minute. */
  messagesPerMinute: number;
}

export const defaultResidentLimits: ResidentLimitSettings = { conversationsPerTenMinutes: 60, messagesPerMinute: 30 };

export function residentLimits(counts: WindowedCounts, { conversationsPerTenMinutes, messagesPerMinute }: ResidentLimitSettings = defaultResidentLimits): ResidentLimits {
  return {
    newConversation: (client) => counts.take([{ key: `new-conversation/${client}`, limit: conversationsPerTenMinutes }], 10 * 60 * 1000),
    message: (conversationId) => counts.take([{ key: `message/${conversationId}`, limit: messagesPerMinute }], 60 * 1000),
  };
}
