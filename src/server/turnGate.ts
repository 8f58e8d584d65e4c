import { LRUCache } from 'lru-cache';

/** How many turns run at once, and how many may wait for a place. */
export interface TurnLimits {
  concurrent: number;
  queued: number;
}

/** A turn waiting for a place: let in, or dropped to make room for another key's turn. */
interface Waiting {
  admit(): void;
  drop(): void;
}

/** Where a route notes a turn's sender: on the turn's activity, which copies of it keep. */
const senderKey = Symbol('turnSender');

type WithSender = { [senderKey]?: string };

/**
 * Who a turn is served for, when the channel knows better than the conversation: an unauthenticated
 * client's address (the chat page, `/api/messages` with authentication off), noted on the turn's
 * activity by the route that received it. One address opening forty conversations is then one key,
 * not forty. On the activity, not in an AsyncLocalStorage: one of those in use puts Node's promise
 * hooks on every promise of the process, and under `npm run bench:load` they were about 4 % of the
 * event loop's CPU and a tenth of the garbage of a form turn (CPU and allocation profiles).
 */
export const turnSender = {
  /** `activity`, its turn to be served for `sender`. */
  note<T extends object>(activity: T, sender: string): T {
    (activity as WithSender)[senderKey] = sender;
    return activity;
  },
  /** The sender noted on `activity`, if a route noted one. */
  of(activity: object): string | undefined {
    return (activity as WithSender)[senderKey];
  },
};

/** How fast a key's record of turns let in fades: a resident back after a minute is nearly a newcomer. */
const usageHalfLifeMs = 30_000;

/** Keys whose record is kept; one pushed out starts again as a newcomer, which costs only order. */
const usageKeys = 10_000;

/** A key's turns let in, fading with `usageHalfLifeMs`, as of `at`. */
interface Usage {
  turns: number;
  at: number;
}

/**
 * Admission for turns: at most `concurrent` run at once, the next `queued` wait, and beyond that a
 * turn is refused (the caller answers 503 with Retry-After). Every turn admitted together does its
 * synchronous work (parsing, safety rules, retrieval, SQLite) in the same turns of the event loop, so
 * fifty at once held it for half a second: a few at a time keep health probes and timers answered,
 * and the others wait without costing CPU.
 *
 * A freed place goes to the waiting key that has had the fewest turns let in lately (each key's turns
 * in order; keys alike in arrival order), so a resident waits behind about one turn, not behind
 * every key of a flood: 100 addresses inside every per-address limit filled a first-come queue and
 * residents waited 12–44 s (outside attack 15, H4); served key by key in turn, 40 conversations of
 * new long texts from 10 addresses still kept every resident waiting about 14 s for the encoder
 * (outside attack 16b, N6). With the queue full, the key with the most waiting gives up its newest
 * turn for a newcomer whose key has fewer. Hand-written: queue packages (p-queue) order by priority
 * or arrival, not by each key's recent share.
 */
export class TurnGate {
  private running = 0;
  private waitingCount = 0;
  /** Waiting turns by key; a key served moves to the back, so among keys alike the map's order is the order of service. */
  private readonly waiting = new Map<string, Waiting[]>();
  private readonly usage = new LRUCache<string, Usage>({ max: usageKeys });

  constructor(
    private readonly limits: TurnLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Runs `work` once a place is free; false, without running it, when there is no room for it. */
  async run(work: () => Promise<void>, key = ''): Promise<boolean> {
    if (this.running < this.limits.concurrent) this.running += 1;
    else if (!(await this.wait(key))) return false;
    this.letIn(key);
    try {
      await work();
    } finally {
      this.handOn();
    }
    return true;
  }

  private wait(key: string): Promise<boolean> {
    if (this.waitingCount >= this.limits.queued && !this.makeRoomFor(key)) return Promise.resolve(false);
    return new Promise<boolean>((resolve) => {
      const entry: Waiting = { admit: () => resolve(true), drop: () => resolve(false) };
      const queue = this.waiting.get(key);
      if (queue) queue.push(entry);
      else this.waiting.set(key, [entry]);
      this.waitingCount += 1;
    });
  }

  /** The queue is full: the key with the most waiting drops its newest, unless the newcomer's key has as many. */
  private makeRoomFor(key: string): boolean {
    let longest: string | undefined;
    let most = 0;
    for (const [other, queue] of this.waiting) {
      if (queue.length > most) [longest, most] = [other, queue.length];
    }
    if (longest === undefined || most <= (this.waiting.get(key)?.length ?? 0)) return false;
    const queue = this.waiting.get(longest)!;
    queue.pop()!.drop();
    if (queue.length === 0) this.waiting.delete(longest);
    this.waitingCount -= 1;
    return true;
  }

  /** Notes a turn of `key` let in, on top of its earlier ones as they have faded. */
  private letIn(key: string): void {
    const at = this.now();
    this.usage.set(key, { turns: this.recentTurns(key, at) + 1, at });
  }

  private recentTurns(key: string, at: number): number {
    const usage = this.usage.peek(key);
    return usage ? usage.turns * 0.5 ** ((at - usage.at) / usageHalfLifeMs) : 0;
  }

  /** The waiting key with the fewest recent turns; the earliest in the map's order among equals. */
  private nextKey(): [string, Waiting[]] | undefined {
    const at = this.now();
    let chosen: [string, Waiting[]] | undefined;
    let fewest = Number.POSITIVE_INFINITY;
    for (const entry of this.waiting) {
      const turns = this.recentTurns(entry[0], at);
      if (turns < fewest) [chosen, fewest] = [entry, turns];
    }
    return chosen;
  }

  /**
   * The place passes straight to the next key's first turn, so a newcomer cannot overtake it, and
   * on the loop's next turn: a turn that needs no I/O (its readings remembered) would otherwise
   * start the next one in the same run of promise callbacks, and so on through the queue.
   */
  private handOn(): void {
    const next = this.nextKey();
    if (!next) {
      this.running -= 1;
      return;
    }
    const [key, queue] = next;
    const entry = queue.shift()!;
    this.waiting.delete(key);
    if (queue.length > 0) this.waiting.set(key, queue);
    this.waitingCount -= 1;
    setImmediate(entry.admit);
  }
}
