import { describe, expect, it } from 'vitest';
import { CaseOutbox } from '../../src/cases/outbox.js';
import { PrometheusMetrics } from '../../src/metrics/prometheusMetrics.js';
import { openDatabase } from '../../src/storage/database.js';
import { temporaryDataDir } from '../support/tempDir.js';

const second = 1_000;

/** The value of an unlabelled gauge in the text exposition. */
const gauge = (exposition: string, name: string): number => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(exposition)?.[1]);

describe('case delivery gauges', () => {
  it('are read from the outbox table at each scrape', async () => {
    const outbox = new CaseOutbox(openDatabase(temporaryDataDir()));
    let now = Date.parse('2026-11-05T10:00:00Z');
    const metrics = new PrometheusMetrics({ caseDelivery: () => outbox.summary(now) });
    const idOf = (key: string): number => outbox.due(now, 100).find((item) => item.idempotencyKey === key)!.id;

    // Each step changes the table (or only the time); the gauges after it are pending, dead, oldest pending age in seconds.
    const steps: [string, () => void, [number, number, number]][] = [
      ['nothing queued', () => undefined, [0, 0, 0]],
      ['A queued', () => outbox.enqueue('A', '{}', now), [1, 0, 0]],
      ['90 s later, B queued', () => ((now += 90 * second), outbox.enqueue('B', '{}', now)), [2, 0, 90]],
      ['C queued and delivered', () => (outbox.enqueue('C', '{}', now), outbox.markDelivered(idOf('C'), 1, now)), [2, 0, 90]],
      ['A given up', () => outbox.markDead(idOf('A'), 12, 'HTTP 503', now), [1, 1, 0]],
      ['an hour later', () => (now += 3_600 * second), [1, 1, 3_600]],
      ['the dead requeued', () => outbox.requeueDead(now), [2, 0, 3_690]],
      ['B delivered', () => outbox.markDelivered(idOf('B'), 3, now), [1, 0, 3_690]],
    ];
    const seen = [];
    for (const [step, change] of steps) {
      change();
      const exposition = await metrics.exposition();
      seen.push([step, ['pending', 'dead', 'oldest_pending_seconds'].map((name) => gauge(exposition, `assistant_case_delivery_${name}`))]);
    }
    expect(seen).toEqual(steps.map(([step, , expected]) => [step, expected]));
  });
});
