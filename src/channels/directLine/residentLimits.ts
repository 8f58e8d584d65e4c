import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * How fast the public chat can be driven: new conversations per client address, messages per
 * conversation. A person starts a chat now and then and types a message every few seconds at
 * most; a script that opens hundreds of conversations a second, or floods one with messages,
 * would otherwise raise cases in the council's CRM and fill the database as fast as it likes.
 * In memory: a limit per instance is enough to turn a flood into a trickle.
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

const waitFor = (limiter: RateLimiterMemory) => async (key: string): Promise<number> => {
  try {
    await limiter.consume(key);
    return 0;
  } catch (refused) {
    if (refused instanceof RateLimiterRes) return Math.max(1, Math.ceil(refused.msBeforeNext / 1000));
    throw refused;
  }
};

export function residentLimits({ conversationsPerTenMinutes, messagesPerMinute }: ResidentLimitSettings = defaultResidentLimits): ResidentLimits {
  return {
    newConversation: waitFor(new RateLimiterMemory({ points: conversationsPerTenMinutes, duration: 600 })),
    message: waitFor(new RateLimiterMemory({ points: messagesPerMinute, duration: 60 })),
  };
}
