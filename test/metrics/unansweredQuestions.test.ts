import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createMetricsReader } from '../../src/metrics/metricsReader.js';
import { reportToCsv } from '../../src/metrics/reportCsv.js';
import { loadCouncilProfile } from '../../src/profile/councilProfile.js';
import { encodeConversationEvent } from '../../src/telemetry/conversationEventCodec.js';
import { createConversationTelemetry } from '../../src/telemetry/conversationTelemetry.js';
import { SqliteTelemetryClient } from '../../src/telemetry/sqliteTelemetryClient.js';
import { TelemetryEventStore } from '../../src/telemetry/telemetryEventStore.js';
import { openTestDatabase } from '../support/sqlDatabases.js';

const profile = loadCouncilProfile(fileURLToPath(new URL('../../knowledge/council.yaml', import.meta.url)));
const at = new Date('2026-03-04T10:00:00.000Z');
const range = { from: '2026-03-04', to: '2026-03-04' };
const base = { conversationId: 'c1', channel: 'webchat', topic: 'parking', confidence: 0.2 } as const;

/** An unanswered question as the pipeline records it: the resident's words as typed. */
const questions: readonly [string, string, readonly string[]][] = [
  ["Hi I'm Mary Ellen Brightwater, can I park a van on the verge?", "Hi I'm [name], can I park a van on the verge?", ['Mary', 'Ellen', 'Brightwater']],
  ['born 3rd March 1956, do I get a free permit?', 'born [date-of-birth], do I get a free permit?', ['1956']],
  ['refund to sort code 12-34-56 please', 'refund to sort code [sort-code] please', ['12-34-56']],
  ['email john dot smith at example dot com about the permit', 'email [email] about the permit', ['smith']],
  [`my neighbour ${'keeps parking across my drive and '.repeat(10)}`, '[not kept]', ['neighbour']],
];

async function open() {
  const store = new TelemetryEventStore(await openTestDatabase('sqlite'));
  return { store, reader: createMetricsReader({ store, profile, now: () => at }) };
}

describe('unanswered questions', () => {
  it.each(questions)('are stored redacted, and the report and its CSV show only that: %j', async (question, stored, leaked) => {
    const { store, reader } = await open();
    createConversationTelemetry(new SqliteTelemetryClient({ store, now: () => at })).record({ ...base, name: 'unanswered', question });
    const table = JSON.stringify(await store.between('2026-01-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z'));
    const report = await reader.report(range);
    expect(report.unansweredQuestions.map(({ example }) => example)).toEqual([stored]);
    for (const shown of [table, JSON.stringify(report), reportToCsv(report)]) for (const word of leaked) expect(shown).not.toContain(word);
  });

  it('are redacted when read, for rows written before the redactor knew names', async () => {
    const { store, reader } = await open();
    const legacy = encodeConversationEvent({ ...base, name: 'unanswered', question: questions[0]![0] });
    store.append({ at: at.toISOString(), kind: 'event', name: legacy.name, conversationId: 'c1', channel: 'webchat', properties: legacy.properties, metrics: legacy.metrics });
    expect((await reader.report(range)).unansweredQuestions.map(({ example }) => example)).toEqual([questions[0]![1]]);
  });
});

/** A report reads its events a few hundred at a time, so residents' turns and health probes run meanwhile (outside attack 28, A28-08). */
describe('a report over many events', () => {
  async function withEvents(count: number) {
    const { store, reader } = await open();
    for (let index = 0; index < count; index += 1) {
      const event = encodeConversationEvent({ ...base, conversationId: `c${index}`, name: 'unanswered', question: `where do I park a van number ${index % 7}` });
      store.append({ at: new Date(at.getTime() + index).toISOString(), kind: 'event', name: event.name, conversationId: `c${index}`, channel: 'webchat', properties: event.properties, metrics: event.metrics });
    }
    return reader;
  }

  it('lets the event loop turn while it reads them', async () => {
    const reader = await withEvents(2_000);
    let turns = 0;
    let counting = true;
    const count = (): void => {
      if (!counting) return;
      turns += 1;
      setImmediate(count);
    };
    setImmediate(count);
    const report = await reader.report(range);
    counting = false;
    expect(report.conversations).toBe(2_000);
    expect(turns).toBeGreaterThanOrEqual(4);
  });

  it('gives two reports asked at once, one after the other, each whole', async () => {
    const reader = await withEvents(600);
    const [first, second] = await Promise.all([reader.report(range), reader.report({ from: '2026-03-05', to: '2026-03-05' })]);
    expect([first.conversations, second.conversations]).toEqual([600, 0]);
  });
});
