import { LRUCache } from 'lru-cache';

/** Polls one conversation may make in a burst, and how many a second after it: Web Chat polls about once a second. */
const burst = 10;
const perSecond = 3;
/** Conversations whose polls are counted; one pushed out starts again with a full burst, which costs little. */
const conversationsKept = 50_000;

interface Bucket {
  polls: number;
  at: number;
}

/**
 * How often one conversation's activities may be read: a token bucket per conversation, in this
 * instance's memory (a poll's count is not worth a database write). GETs had no limit at all, and
 * one address reading a long log ten times a second stalled the service (outside attack 17, N10).
 * Hand-written: restify's throttle keys by address or user name, not by conversation.
 */
export class PollLimit {
  private readonly buckets = new LRUCache<string, Bucket>({ max: conversationsKept });

  constructor(private readonly now: () => number = Date.now) {}

  /** Seconds to wait before polling `conversationId` again; 0 = go ahead (and the poll is counted). */
  take(conversationId: string): number {
    const at = this.now();
    const bucket = this.buckets.get(conversationId);
    const polls = Math.min(burst, (bucket?.polls ?? burst) + ((at - (bucket?.at ?? at)) / 1000) * perSecond);
    if (polls < 1) {
      this.buckets.set(conversationId, { polls, at });
      return Math.ceil((1 - polls) / perSecond);
    }
    this.buckets.set(conversationId, { polls: polls - 1, at });
    return 0;
  }
}
