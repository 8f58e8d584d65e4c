import type { Logger } from '../logger.js';
import type { CouncilProfile } from '../profile/councilProfile.js';
import type { SqlDatabase } from '../storage/sql/sqlDatabase.js';
import type { CaseListFilter, CaseRecord, CaseSystem, NewCase } from './caseSystem.js';
import { postToCrm } from './crmDelivery.js';
import { CrmDispatcher, systemClock, type DispatcherClock } from './crmDispatcher.js';
import { CaseOutbox, type OutboxEntryStatus, type OutboxSummary } from './outbox.js';
import type { DeadDeliveries } from './outboxRoutes.js';
import { defaultOutboxRetryPolicy, type OutboxRetryPolicy } from './retryPolicy.js';
import { SqlCaseSystem } from './sqlCaseSystem.js';

export interface CrmWebhookCaseSystemOptions {
  database: SqlDatabase;
  profile: CouncilProfile;
  /** The CRM's webhook endpoint; each case is POSTed here as JSON. */
  url: string;
  /** Shared secret for the X-Signature-256 HMAC. */
  secret: string;
  logger: Logger;
  fetch?: typeof fetch;
  clock?: DispatcherClock;
  /** Source of jitter, in [0, 1). */
  random?: () => number;
  retry?: Partial<OutboxRetryPolicy>;
  requestTimeoutMs?: number;
  idlePollMs?: number;
}

/**
 * Production case system: each case is recorded locally (so the resident always gets a
 * reference) and, in the same transaction, queued for the council's CRM. A background
 * dispatcher delivers the queue and marks each case `sent-to-service` once the CRM accepts it.
 */
export class CrmWebhookCaseSystem implements CaseSystem, DeadDeliveries {
  private readonly cases: SqlCaseSystem;
  private readonly outbox: CaseOutbox;
  private readonly dispatcher: CrmDispatcher;
  private readonly clock: DispatcherClock;
  private readonly logger: Logger;

  constructor(options: CrmWebhookCaseSystemOptions) {
    const clock = options.clock ?? systemClock;
    this.clock = clock;
    this.logger = options.logger.child({ component: 'crm-webhook' });
    const endpoint = { url: options.url, secret: options.secret, fetch: options.fetch ?? fetch, timeoutMs: options.requestTimeoutMs ?? 10_000 };
    this.outbox = new CaseOutbox(options.database);
    this.cases = new SqlCaseSystem({
      database: options.database,
      profile: options.profile,
      now: () => new Date(clock.now()),
      onRecorded: (record, transaction) => this.outbox.enqueue(record.reference, JSON.stringify(record), clock.now(), transaction),
    });
    this.dispatcher = new CrmDispatcher({
      outbox: this.outbox,
      deliver: (item) => postToCrm(endpoint, item.body, item.idempotencyKey, clock.now()),
      onDelivered: async (reference) => {
        await this.cases.transition(reference, 'received', 'sent-to-service');
      },
      retry: { ...defaultOutboxRetryPolicy, ...options.retry },
      clock,
      random: options.random ?? Math.random,
      logger: this.logger,
      idlePollMs: options.idlePollMs ?? 60_000,
      batchSize: 20,
      // Comfortably longer than one attempt (the request timeout): only a crashed dispatcher's claim runs out.
      claimMs: endpoint.timeoutMs + 60_000,
    });
  }

  async create(input: NewCase): Promise<CaseRecord> {
    const record = await this.cases.create(input);
    this.dispatcher.wake();
    return record;
  }

  find(reference: string): Promise<CaseRecord | undefined> {
    return this.cases.find(reference);
  }

  list(filter: CaseListFilter): Promise<CaseRecord[]> {
    return this.cases.list(filter);
  }

  /** Starts delivering in the background, beginning with anything left pending before a restart. */
  start(): void {
    this.dispatcher.start();
  }

  /** Stops the background loop after the item in flight. */
  stop(): Promise<void> {
    return this.dispatcher.stop();
  }

  /** Delivers everything pending now, waiting out retries; for shutdown and tests. */
  drain(): Promise<void> {
    return this.dispatcher.drain();
  }

  /** Where a case's CRM delivery stands, for staff and tests. */
  deliveryStatus(reference: string): Promise<OutboxEntryStatus | undefined> {
    return this.outbox.status(reference);
  }

  /** What is waiting for the CRM and what was given up, read from the outbox now. */
  deliverySummary(): Promise<OutboxSummary> {
    return this.outbox.summary(this.clock.now());
  }

  async requeueDead(): Promise<string[]> {
    const references = await this.outbox.requeueDead(this.clock.now());
    this.requeued(references);
    return references;
  }

  async requeue(reference: string): Promise<string | undefined> {
    // The case store knows how a reference may be written; the outbox holds it as the store does.
    const found = await this.cases.find(reference);
    if (!found || !(await this.outbox.requeue(found.reference, this.clock.now()))) return undefined;
    this.requeued([found.reference]);
    return found.reference;
  }

  private requeued(references: string[]): void {
    if (references.length === 0) return;
    this.logger.info({ references }, 'dead CRM deliveries requeued by staff');
    this.dispatcher.wake();
  }
}
