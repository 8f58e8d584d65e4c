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

/**
 * Admission for turns: at most `concurrent` run at once, the next `queued` wait, and beyond that a
 * turn is refused (the caller answers 503 with Retry-After). Every turn admitted together does its
 * synchronous work (parsing, safety rules, retrieval, SQLite) in the same turns of the event loop, so
 * fifty at once held it for half a second: a few at a time keep health probes and timers answered,
 * and the others wait without costing CPU.
 *
 * Waiting turns are served by key (a conversation, a client address) in turn, each key's in order, so
 * a resident waits behind one turn of each other key, not behind everything that arrived first: 100
 * addresses each inside every per-address limit filled a first-come queue and residents waited 12–44 s
 * or were refused (outside attack 15, H4). With the queue full, the key with the most waiting gives up
 * its newest turn for a newcomer whose key has fewer. Hand-written: queue packages (p-queue) order by
 * priority or arrival, not by key in turn.
 */
export class TurnGate {
  private running = 0;
  private waitingCount = 0;
  /** Waiting turns by key; a key served moves to the back, so the map's order is the order of service. */
  private readonly waiting = new Map<string, Waiting[]>();

  constructor(private readonly limits: TurnLimits) {}

  /** Runs `work` once a place is free; false, without running it, when there is no room for it. */
  async run(work: () => Promise<void>, key = ''): Promise<boolean> {
    if (this.running < this.limits.concurrent) this.running += 1;
    else if (!(await this.wait(key))) return false;
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

  /**
   * The place passes straight to the next key's first turn, so a newcomer cannot overtake it, and
   * on the loop's next turn: a turn that needs no I/O (its readings remembered) would otherwise
   * start the next one in the same run of promise callbacks, and so on through the queue.
   */
  private handOn(): void {
    const next = this.waiting.entries().next();
    if (next.done) {
      this.running -= 1;
      return;
    }
    const [key, queue] = next.value;
    const entry = queue.shift()!;
    this.waiting.delete(key);
    if (queue.length > 0) this.waiting.set(key, queue);
    this.waitingCount -= 1;
    setImmediate(entry.admit);
  }
}
