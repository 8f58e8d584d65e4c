import type { Activity } from 'botbuilder';
import { LRUCache } from 'lru-cache';

/** Calls with replies waiting at once: far more than a council's lines carry together. */
const maxCalls = 5_000;

/** A reply not collected by a turn within this time belongs to a call that is over (a turn is seconds apart). */
const maxWaitMs = 30 * 60_000;

export interface CallOutboxOptions {
  /** Milliseconds on a monotonic clock, for tests; performance.now by default. */
  now?: () => number;
}

/**
 * The replies waiting to be said on each call: collected by the turn that produced them, or, for
 * an advisor's message between turns, by the caller's next turn. Bounded in size and time, since a
 * call can end without the status callback that would clear it (no callback configured, or an
 * advisor replying after the caller hung up): those replies must not stay for the life of the process.
 */
export class CallOutbox {
  private readonly waiting: LRUCache<string, Partial<Activity>[]>;

  constructor({ now }: CallOutboxOptions = {}) {
    this.waiting = new LRUCache({ max: maxCalls, ttl: maxWaitMs, ...(now && { perf: { now } }) });
  }

  add(conversationId: string, activity: Partial<Activity>): void {
    this.waiting.set(conversationId, [...(this.waiting.get(conversationId) ?? []), activity]);
  }

  /** The call's waiting replies, in order, now taken out. */
  take(conversationId: string): Partial<Activity>[] {
    const replies = this.waiting.get(conversationId) ?? [];
    this.waiting.delete(conversationId);
    return replies;
  }

  /** Calls with replies waiting. */
  get size(): number {
    return this.waiting.size;
  }
}
