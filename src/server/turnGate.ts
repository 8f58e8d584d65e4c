/** How many turns run at once, and how many may wait for a place. */
export interface TurnLimits {
  concurrent: number;
  queued: number;
}

/**
 * Admission for turns: at most `concurrent` run at once, the next `queued` wait in order, and
 * beyond that a turn is refused (the caller answers 503 with Retry-After). Every turn admitted
 * together does its synchronous work (parsing, safety rules, retrieval, SQLite) in the same turns
 * of the event loop, so fifty at once held it for half a second: a few at a time keep health
 * probes and timers answered, and the others wait without costing CPU.
 */
export class TurnGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limits: TurnLimits) {}

  /** Runs `work` once a place is free; false, without running it, when the queue is full too. */
  async run(work: () => Promise<void>): Promise<boolean> {
    if (this.running < this.limits.concurrent) this.running += 1;
    else if (this.waiting.length < this.limits.queued) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else return false;
    try {
      await work();
    } finally {
      // The place passes straight to the next in the queue, so a newcomer cannot overtake it, and
      // on the loop's next turn: a turn that needs no I/O (its readings remembered) would
      // otherwise start the next one in the same run of promise callbacks, and so on through the queue.
      const next = this.waiting.shift();
      if (next) setImmediate(next);
      else this.running -= 1;
    }
    return true;
  }
}
