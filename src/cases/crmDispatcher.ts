import { randomUUID } from 'node:crypto';
import { setTimeout as sleepFor } from 'node:timers/promises';
import type { Logger } from '../logger.js';
import type { DeliveryOutcome } from './crmDelivery.js';
import type { CaseOutbox, OutboxItem } from './outbox.js';
import { backoffDelay, type OutboxRetryPolicy } from './retryPolicy.js';

/** Time as the dispatcher sees it; tests pass a virtual clock so backoff and Retry-After cost no real time. */
export interface DispatcherClock {
  now(): number;
  /** Resolves after `ms`, or early when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: DispatcherClock = {
  now: () => Date.now(),
  sleep: (ms, signal) => sleepFor(ms, undefined, { signal }).catch(() => undefined),
};

export interface CrmDispatcherOptions {
  outbox: CaseOutbox;
  deliver: (item: OutboxItem) => Promise<DeliveryOutcome>;
  /** Called once per item, after the CRM has accepted it. */
  onDelivered: (idempotencyKey: string) => Promise<void>;
  retry: OutboxRetryPolicy;
  clock: DispatcherClock;
  random: () => number;
  logger: Logger;
  /** How long to sleep when nothing is pending; `wake()` cuts it short. */
  idlePollMs: number;
  /** Items claimed one after another in one pass. */
  batchSize: number;
  /** How long a claimed item is this dispatcher's: longer than one delivery attempt can take, after which another dispatcher may retry it. */
  claimMs: number;
}

/**
 * Delivers the outbox in the background: one item at a time, retrying with backoff, until each
 * is delivered, refused by the CRM, or has failed for the whole retry window (then dead, until
 * staff requeue it). State lives in the outbox, so a new dispatcher carries on where a stopped
 * or crashed one left off. Any number of dispatchers may share a database: each claims an item
 * before sending it (see CaseOutbox), so each case goes out once whichever instance holds it.
 */
export class CrmDispatcher {
  private running = false;
  private loop: Promise<void> | undefined;
  private wakeRequested = false;
  private wakeSignal = new AbortController();
  /** Serialises passes between the background loop and `drain()`, so no item is sent twice at once. */
  private passInProgress: Promise<void> = Promise.resolve();
  /** Whose claims are whose in the outbox: one id per dispatcher, so a restarted one does not mistake an old claim for its own. */
  private readonly claimant = randomUUID();

  constructor(private readonly options: CrmDispatcherOptions) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.runLoop();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await this.loop;
    this.loop = undefined;
  }

  /** Something new was queued: deliver it now rather than at the next poll. */
  wake(): void {
    this.wakeRequested = true;
    this.wakeSignal.abort();
  }

  /** Delivers until nothing is pending (each item delivered or dead), waiting out backoff on the clock. */
  async drain(): Promise<void> {
    for (;;) {
      await this.exclusive(() => this.deliverDue(() => true));
      const next = await this.options.outbox.nextAttemptAt();
      if (next === undefined) return;
      await this.options.clock.sleep(Math.max(0, next - this.options.clock.now()));
    }
  }

  private async runLoop(): Promise<void> {
    const { outbox, clock, idlePollMs, logger } = this.options;
    try {
      const { pending, dead } = await outbox.counts();
      logger.info({ pending, dead }, 'CRM dispatcher started');
    } catch (error) {
      logger.error({ err: error }, 'CRM dispatcher could not read the outbox');
    }
    while (this.running) {
      try {
        await this.exclusive(() => this.deliverDue(() => this.running));
      } catch (error) {
        logger.error({ err: error }, 'CRM dispatcher pass failed');
      }
      if (!this.running) break;
      if (this.wakeRequested) {
        this.wakeRequested = false;
        continue;
      }
      const next = await outbox.nextAttemptAt().catch(() => undefined);
      const wait = next === undefined ? idlePollMs : Math.min(idlePollMs, Math.max(0, next - clock.now()));
      this.wakeSignal = new AbortController();
      if (!this.wakeRequested) await clock.sleep(wait, this.wakeSignal.signal);
      this.wakeRequested = false;
    }
  }

  private exclusive(pass: () => Promise<void>): Promise<void> {
    const result = this.passInProgress.then(pass);
    this.passInProgress = result.catch(() => undefined);
    return result;
  }

  private async deliverDue(keepGoing: () => boolean): Promise<void> {
    const { outbox, deliver, onDelivered, retry, clock, random, logger, batchSize, claimMs } = this.options;
    for (let taken = 0; taken < batchSize && keepGoing(); taken += 1) {
      const item = await outbox.claim(clock.now(), this.claimant, clock.now() + claimMs);
      if (!item) return;
      const outcome = await deliver(item);
      const attempts = item.attempts + 1;
      const log = { reference: item.idempotencyKey, attempts };
      if (outcome.kind === 'delivered') {
        await outbox.markDelivered(item.id, this.claimant, attempts, clock.now());
        await onDelivered(item.idempotencyKey);
        logger.info(log, 'case delivered to CRM');
      } else if (outcome.kind === 'rejected' || clock.now() - item.retryingSince >= retry.giveUpAfterMs) {
        await outbox.markDead(item.id, this.claimant, attempts, outcome.error, clock.now());
        logger.error({ ...log, error: outcome.error }, 'CRM delivery given up: requeue it (POST /api/cases/outbox/requeue) or forward the case by hand');
      } else {
        // Never sooner than the CRM asked for with Retry-After.
        const delay = Math.max(backoffDelay(attempts, retry, random), outcome.retryAfterMs ?? 0);
        await outbox.scheduleRetry(item.id, this.claimant, attempts, clock.now() + delay, outcome.error);
        logger.warn({ ...log, error: outcome.error, retryInMs: delay }, 'CRM delivery failed; will retry');
      }
    }
  }
}
