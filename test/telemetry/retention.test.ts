import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { startRetention } from '../../src/storage/retention.js';
import { TelemetryEventStore } from '../../src/telemetry/telemetryEventStore.js';
import { engines, openTestDatabase } from '../support/sqlDatabases.js';

const event = (at: string) => ({ at, kind: 'event' as const, name: 'assistant.resolved', conversationId: 'c', channel: 'webchat', properties: {}, metrics: {} });
const allTime = ['2000-01-01T00:00:00.000Z', '2100-01-01T00:00:00.000Z'] as const;

describe.each(engines)('telemetry retention on %s', (engine) => {
  it('deletes events older than the retention period and keeps the rest', async () => {
    const store = new TelemetryEventStore(await openTestDatabase(engine));
    ['2026-01-01T00:00:00.000Z', '2026-01-31T11:59:59.999Z', '2026-01-31T12:00:00.000Z', '2026-03-01T12:00:00.000Z'].forEach((at) => store.append(event(at)));
    expect(await store.pruneOlderThan(30, new Date('2026-03-02T12:00:00.000Z'))).toBe(2);
    expect((await store.between(...allTime)).map((kept) => kept.at)).toEqual(['2026-01-31T12:00:00.000Z', '2026-03-01T12:00:00.000Z']);
  });

  it('prunes at start and then on its timer until stopped', async () => {
    const store = new TelemetryEventStore(await openTestDatabase(engine));
    store.append(event('2020-01-01T00:00:00.000Z'));
    const retention = startRetention({ store, what: 'telemetry events', retentionDays: 90, logger: createLogger('silent'), intervalMs: 20 });
    await expect.poll(() => store.between(...allTime)).toEqual([]);
    store.append(event('2020-01-02T00:00:00.000Z'));
    await expect.poll(() => store.between(...allTime)).toEqual([]);
    retention.stop();
  });
});
