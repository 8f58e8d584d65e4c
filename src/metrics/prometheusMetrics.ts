import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { OutboxSummary } from '../cases/outbox.js';
import type { EmbeddingCacheStats } from '../knowledge/cachedEmbedder.js';
import { late, settleWithin } from '../settleWithin.js';

/** How long a scrape waits for a count read from the database: a stalled database does not stall `/metrics`. */
const scrapeReadsWithinMs = 1_000;

export interface PrometheusMetricsOptions {
  /** Also export Node's process metrics (memory, event loop lag, …). */
  processMetrics?: boolean;
  /** The CRM outbox, read at each scrape (CASE_SYSTEM=crm-webhook); without it there are no case delivery gauges. */
  caseDelivery?: () => Promise<OutboxSummary>;
  /** The query embedding cache's counts since start, read at each scrape. */
  queryEmbeddingCache?: () => EmbeddingCacheStats;
  /** Lines the log has had at error level or above since start (`errorsLogged`), read at each scrape. */
  errorsLogged?: () => number;
  /** Chat emergencies and disclosures this instance keeps waiting for the database, read at each scrape. */
  chatConcernsWaiting?: () => number;
  /** WhatsApp replies kept for the Graph API to take, on every instance; read at each scrape (WhatsApp on). */
  whatsAppRepliesWaiting?: () => Promise<number>;
}

/**
 * Operational counters for Prometheus scraping, separate from the service manager's measures:
 * how many turns, how fast, how many handoffs and errors. Labels stay low-cardinality (channel,
 * reason, source), never a conversation id.
 */
export class PrometheusMetrics {
  readonly registry = new Registry();
  private readonly turns: Counter<'channel'>;
  private readonly turnSeconds: Histogram<'channel'>;
  private readonly handoffs: Counter<'channel' | 'reason'>;
  private readonly errors: Counter<'source'>;

  constructor({ processMetrics = false, caseDelivery, queryEmbeddingCache, errorsLogged, chatConcernsWaiting, whatsAppRepliesWaiting }: PrometheusMetricsOptions = {}) {
    const registers = [this.registry];
    this.turns = new Counter({ name: 'assistant_turns_total', help: 'Resident messages handled, by channel', labelNames: ['channel'], registers });
    this.turnSeconds = new Histogram({
      name: 'assistant_turn_duration_seconds',
      help: 'Time from receiving a message to finishing the reply, by channel',
      labelNames: ['channel'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10],
      registers,
    });
    this.handoffs = new Counter({ name: 'assistant_handoffs_total', help: 'Handoffs to an advisor started, by channel and reason', labelNames: ['channel', 'reason'], registers });
    this.errors = new Counter({ name: 'assistant_errors_total', help: 'Errors, by where they happened (turn, crm, llm, …)', labelNames: ['source'], registers });
    if (processMetrics) collectDefaultMetrics({ register: this.registry });
    // In a Meta or database incident these moved while everything else stood still (operations re-check 28b, OPS-B5).
    if (errorsLogged) {
      new Counter({
        name: 'assistant_logged_errors_total',
        help: 'Lines the log has had at error level or above: alert on its rate; the log says what failed and for which conversation',
        registers,
        collect() {
          this.reset();
          this.inc(errorsLogged());
        },
      });
    }
    if (chatConcernsWaiting) {
      new Gauge({
        name: 'assistant_chat_concerns_waiting',
        help: 'Chat emergencies and disclosures this instance keeps until the database takes them',
        registers,
        collect() {
          this.set(chatConcernsWaiting());
        },
      });
    }
    if (whatsAppRepliesWaiting) {
      new Gauge({
        name: 'assistant_whatsapp_replies_waiting',
        help: 'WhatsApp replies kept until the Graph API takes them (a Meta incident, an expired access token)',
        registers,
        // Read from the database: while it is away the last value stands rather than failing the scrape.
        async collect() {
          const waiting = await settleWithin(whatsAppRepliesWaiting().catch((): typeof late => late), scrapeReadsWithinMs);
          if (waiting !== late) this.set(waiting);
        },
      });
    }
    if (queryEmbeddingCache) {
      // Counted by the cache itself; the scrape copies its totals (hit rate = hits / (hits + misses)).
      for (const [name, help, field] of [
        ['assistant_query_embedding_cache_hits_total', 'Questions whose embedding came from the cache', 'hits'],
        ['assistant_query_embedding_cache_misses_total', 'Questions the sentence encoder had to embed', 'misses'],
      ] as const) {
        new Counter({
          name,
          help,
          registers,
          collect() {
            this.reset();
            this.inc(queryEmbeddingCache()[field]);
          },
        });
      }
    }
    if (caseDelivery) {
      // Set from the table when scraped, so they cannot drift from it (across restarts, requeues, …).
      const gauges: [string, string, keyof OutboxSummary][] = [
        ['assistant_case_delivery_pending', 'Cases waiting to be delivered to the CRM', 'pending'],
        ['assistant_case_delivery_dead', 'Cases whose CRM delivery was given up: staff requeue them with POST /api/cases/outbox/requeue', 'dead'],
        ['assistant_case_delivery_oldest_pending_seconds', 'Age of the oldest case waiting for the CRM; 0 when none is waiting', 'oldestPendingSeconds'],
      ];
      for (const [name, help, field] of gauges) {
        new Gauge({
          name,
          help,
          registers,
          async collect() {
            this.set((await caseDelivery())[field]);
          },
        });
      }
    }
  }

  /** Call once per resident message when the turn ends, with how long it took. */
  recordTurn(channel: string, durationSeconds: number): void {
    this.turns.inc({ channel });
    this.turnSeconds.observe({ channel }, durationSeconds);
  }

  recordHandoff(channel: string, reason: string): void {
    this.handoffs.inc({ channel, reason });
  }

  recordError(source: string): void {
    this.errors.inc({ source });
  }

  /** The text exposition format. */
  exposition(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
