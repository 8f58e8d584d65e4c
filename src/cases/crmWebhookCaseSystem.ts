import type { Logger } from '../logger.js';
import type { CouncilProfile } from '../profile/councilProfile.js';
import type { SqliteDatabase } from '../storage/database.js';
import type { CaseRecord, CaseSystem, NewCase } from './caseSystem.js';
import { postToCrm } from './crmDelivery.js';
import { CrmDispatcher, systemClock, type DispatcherClock } from './crmDispatcher.js';
import { CaseOutbox, type OutboxEntryStatus } from './outbox.js';
import { defaultRetryPolicy, type RetryPolicy } from './retryPolicy.js';
import { SqliteCaseSystem } from './sqliteCaseSystem.js';

export interface CrmWebhookCaseSystemOptions {
  database: SqliteDatabase;
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
  retry?: Partial<RetryPolicy>;
  requestTimeoutMs?: number;
  idlePollMs?: number;
}

/**
 * Production case system: each case is recorded locally (so the resident always gets a
 * reference) and, in the same transaction, queued for the council's CRM. A background
 * dispatcher delivers the queue and marks each case `sent-to-service` once the CRM accepts it.
 */
export class CrmWebhookCaseSystem implements CaseSystem {
  private readonly cases: SqliteCaseSystem;
  private readonly outbox: CaseOutbox;
  private readonly dispatcher: CrmDispatcher;

  constructor(options: CrmWebhookCaseSystemOptions) {
    const clock = options.clock ?? systemClock;
    const endpoint = { url: options.url, secret: options.secret, fetch: options.fetch ?? fetch, timeoutMs: options.requestTimeoutMs ?? 10_000 };
    this.outbox = new CaseOutbox(options.database);
    this.cases = new SqliteCaseSystem({
      database: options.database,
      profile: options.profile,
      now: () => new Date(clock.now()),
      onRecorded: (record) => this.outbox.enqueue(record.reference, JSON.stringify(record), clock.now()),
    });
    this.dispatcher = new CrmDispatcher({
      outbox: this.outbox,
      deliver: (item) => postToCrm(endpoint, item.body, item.idempotencyKey, clock.now()),
      onDelivered: (reference) => {
        this.cases.transition(reference, 'received', 'sent-to-service');
      },
      retry: { ...defaultRetryPolicy, ...options.retry },
      clock,
      random: options.random ?? Math.random,
      logger: options.logger.child({ component: 'crm-webhook' }),
      idlePollMs: options.idlePollMs ?? 60_000,
      batchSize: 20,
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
  deliveryStatus(reference: string): OutboxEntryStatus | undefined {
    return this.outbox.status(reference);
  }
}
