import { LRUCache } from 'lru-cache';

/** How many turns run at once, and how many may wait for a place. */
export interface TurnLimits {
  concurrent: number;
  queued: number;
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

/** Keys whose next round is kept; one pushed out starts again in the round being served, which costs only order. */
const roundKeys = 10_000;

/** A turn waiting for a place: let in, or dropped to make room for another key's turn. */
interface Waiting {
  key: string;
  /** The round it is served in (its start tag). */
  round: number;
  admit(): void;
  drop(): void;
  dropped: boolean;
}

/**
 * Admission for turns: at most `concurrent` run at once, the next `queued` wait, and beyond that a
 * turn is refused (the caller answers 503 with Retry-After). Every turn admitted together does its
 * synchronous work (parsing, safety rules, retrieval, SQLite) in the same turns of the event loop, so
 * fifty at once held it for half a second: a few at a time keep health probes and timers answered,
 * and the others wait without costing CPU.
 *
 * Waiting turns are served in rounds, one turn of each waiting key a round (start-time fair
 * queuing): a key's turn joins the round being served, or the round after its own latest turn if
 * that is later, and rounds are served in order, each in arrival order. A resident therefore waits
 * behind at most one turn of each other sender, however many turns those senders send or however
 * many senders there are: a first-come queue held residents 12–44 s behind 100 addresses (outside
 * attack 15, H4), and ranking senders by their turns of the last minute let a flood of fresh
 * addresses, each new to the gate, overtake a resident mid-conversation for the whole flood, 43 s
 * (outside attack 18, A18-2). History counts only while turns wait: once the gate is idle every
 * key starts level again. With the queue full, the key with the most waiting gives up its newest
 * turn for a newcomer whose key has fewer. Hand-written: queue packages (p-queue) order by priority
 * or arrival, not by round per key.
 */
export class TurnGate {
  private running = 0;
  private waitingCount = 0;
  /** Waiting turns by round, each in arrival order; a dropped turn stays until its round is served, marked. */
  private readonly rounds = new Map<number, Waiting[]>();
  /** Each key's waiting turns, oldest first. */
  private readonly waitingOf = new Map<string, Waiting[]>();
  /** The round after each key's latest turn. */
  private readonly nextRoundOf = new LRUCache<string, number>({ max: roundKeys });
  /** The round being served, and the latest round any turn was given. */
  private round = 0;
  private latestRound = 0;

  constructor(private readonly limits: TurnLimits) {}

  /** Runs `work` once a place is free; false, without running it, when there is no room for it. */
  async run(work: () => Promise<void>, key = ''): Promise<boolean> {
    if (this.running < this.limits.concurrent) {
      this.running += 1;
      this.round = this.roundFor(key);
    } else if (!(await this.wait(key))) return false;
    try {
      await work();
    } finally {
      this.handOn();
    }
    return true;
  }

  /** The round a new turn of `key` is served in, noted as the key's latest. */
  private roundFor(key: string): number {
    const round = Math.max(this.round, this.nextRoundOf.get(key) ?? 0);
    this.nextRoundOf.set(key, round + 1);
    this.latestRound = Math.max(this.latestRound, round + 1);
    return round;
  }

  private wait(key: string): Promise<boolean> {
    if (this.waitingCount >= this.limits.queued && !this.makeRoomFor(key)) return Promise.resolve(false);
    return new Promise<boolean>((resolve) => {
      const entry: Waiting = { key, round: this.roundFor(key), admit: () => resolve(true), drop: () => resolve(false), dropped: false };
      const inRound = this.rounds.get(entry.round);
      if (inRound) inRound.push(entry);
      else this.rounds.set(entry.round, [entry]);
      const ofKey = this.waitingOf.get(key);
      if (ofKey) ofKey.push(entry);
      else this.waitingOf.set(key, [entry]);
      this.waitingCount += 1;
    });
  }

  /** The queue is full: the key with the most waiting drops its newest, unless the newcomer's key has as many. */
  private makeRoomFor(key: string): boolean {
    let longest: string | undefined;
    let most = 0;
    for (const [other, queue] of this.waitingOf) {
      if (queue.length > most) [longest, most] = [other, queue.length];
    }
    if (longest === undefined || most <= (this.waitingOf.get(key)?.length ?? 0)) return false;
    const queue = this.waitingOf.get(longest)!;
    const newest = queue.pop()!;
    if (queue.length === 0) this.waitingOf.delete(longest);
    newest.dropped = true;
    this.nextRoundOf.set(longest, newest.round);
    this.waitingCount -= 1;
    newest.drop();
    return true;
  }

  /** The first waiting turn of the earliest round, taken off the queue. */
  private nextWaiting(): Waiting {
    for (;;) {
      const inRound = this.rounds.get(this.round);
      const entry = inRound?.shift();
      if (inRound && inRound.length === 0) this.rounds.delete(this.round);
      if (!entry) this.round += 1;
      else if (!entry.dropped) return entry;
    }
  }

  /**
   * The place passes straight to the next waiting turn, so a newcomer cannot overtake it, and on
   * the loop's next turn: a turn that needs no I/O (its readings remembered) would otherwise start
   * the next one in the same run of promise callbacks, and so on through the queue.
   */
  private handOn(): void {
    if (this.waitingCount === 0) {
      this.running -= 1;
      // Idle: what each key had is forgotten, as every key's next turn starts in the latest round.
      if (this.running === 0) this.round = this.latestRound;
      return;
    }
    const entry = this.nextWaiting();
    const ofKey = this.waitingOf.get(entry.key)!;
    ofKey.shift();
    if (ofKey.length === 0) this.waitingOf.delete(entry.key);
    this.waitingCount -= 1;
    setImmediate(entry.admit);
  }
}
