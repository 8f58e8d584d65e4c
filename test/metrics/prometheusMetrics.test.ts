import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CaseOutbox } from '../../src/cases/outbox.js';
import { WhatsAppStore } from '../../src/channels/whatsapp/whatsAppStore.js';
import { createLogger, errorsLogged } from '../../src/logger.js';
import { PrometheusMetrics } from '../../src/metrics/prometheusMetrics.js';
import { openTestDatabase } from '../support/sqlDatabases.js';

const second = 1_000;

/** The value of an unlabelled gauge in the text exposition. */
const gauge = (exposition: string, name: string): number => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(exposition)?.[1]);

describe('case delivery gauges', () => {
  it('are read from the outbox table at each scrape', async () => {
    const database = await openTestDatabase('sqlite');
    const outbox = new CaseOutbox(database);
    let now = Date.parse('2026-11-05T10:00:00Z');
    const metrics = new PrometheusMetrics({ caseDelivery: () => outbox.summary(now) });
    /** The item's id, claimed by this test (as a dispatcher would have claimed it before sending). */
    const held = async (key: string): Promise<number> =>
      (await database.db.updateTable('case_outbox').set({ claimed_by: 'test', claimed_until: now }).where('idempotency_key', '=', key).returning('id').executeTakeFirstOrThrow()).id;

    // Each step changes the table (or only the time); the gauges after it are pending, dead, oldest pending age in seconds.
    const steps: [string, () => unknown, [number, number, number]][] = [
      ['nothing queued', () => undefined, [0, 0, 0]],
      ['A queued', () => outbox.enqueue('A', '{}', now), [1, 0, 0]],
      ['90 s later, B queued', () => ((now += 90 * second), outbox.enqueue('B', '{}', now)), [2, 0, 90]],
      ['C queued and delivered', async () => (await outbox.enqueue('C', '{}', now), await outbox.markDelivered(await held('C'), 'test', 1, now)), [2, 0, 90]],
      ['A given up', async () => outbox.markDead(await held('A'), 'test', 12, 'HTTP 503', now), [1, 1, 0]],
      ['an hour later', () => (now += 3_600 * second), [1, 1, 3_600]],
      ['the dead requeued', () => outbox.requeueDead(now), [2, 0, 3_690]],
      ['B delivered', async () => outbox.markDelivered(await held('B'), 'test', 3, now), [1, 0, 3_690]],
    ];
    const seen = [];
    for (const [step, change] of steps) {
      await change();
      const exposition = await metrics.exposition();
      seen.push([step, ['pending', 'dead', 'oldest_pending_seconds'].map((name) => gauge(exposition, `assistant_case_delivery_${name}`))]);
    }
    expect(seen).toEqual(steps.map(([step, , expected]) => [step, expected]));
  });
});

// Operations re-check 28b, OPS-B5: through a Meta incident and a database outage only the turn counter moved on /metrics.
describe('fault measures', () => {
  it('count the lines logged at error level, children included, and nothing below it', async () => {
    const logger = createLogger('info', new PassThrough());
    const metrics = new PrometheusMetrics({ errorsLogged: () => errorsLogged(logger) });
    logger.warn('slow');
    logger.error('WhatsApp: a reply could not be sent');
    logger.child({ component: 'crm-webhook' }).fatal('gone');
    expect(gauge(await metrics.exposition(), 'assistant_logged_errors_total')).toBe(2);
  });

  it('read the WhatsApp replies waiting from the database at each scrape, the last value standing while it does not answer', async () => {
    const database = await openTestDatabase('sqlite');
    const store = new WhatsAppStore(database);
    let answering = true;
    const metrics = new PrometheusMetrics({ whatsAppRepliesWaiting: () => (answering ? store.lateRepliesWaiting() : new Promise<number>(() => undefined)) });
    expect(gauge(await metrics.exposition(), 'assistant_whatsapp_replies_waiting')).toBe(0);
    await store.keepLateReplies('wamid.1', 'wa-1', [{ contact: { phoneNumber: '447700900123' }, body: { text: { body: 'first' } } }, { contact: { phoneNumber: '447700900123' }, body: { text: { body: 'second' } } }], 0, 0, 'test');
    expect(gauge(await metrics.exposition(), 'assistant_whatsapp_replies_waiting')).toBe(2);
    answering = false;
    await store.forgetLateReplies('wamid.1');
    expect(gauge(await metrics.exposition(), 'assistant_whatsapp_replies_waiting')).toBe(2);
    answering = true;
    expect(gauge(await metrics.exposition(), 'assistant_whatsapp_replies_waiting')).toBe(0);
  });
});
