import { describe, expect, it } from 'vitest';
import { comparisonTable, summarise, type RunMeasure } from '../../bench/loadReport.js';

const run = (overrides: Partial<RunMeasure>): RunMeasure => ({
  seconds: 10,
  answered: 100,
  sent: 100,
  latencies: [10],
  errors: 0,
  cpuMilliseconds: 1000,
  peakRssMegabytes: 200,
  maxEventLoopDelayMilliseconds: 5,
  ...overrides,
});

describe('the load report', () => {
  it('pools repetitions: rates over the total time, CPU over every turn sent, percentiles over every turn, the worst peaks', () => {
    const summary = summarise([
      run({ seconds: 10, answered: 100, sent: 110, cpuMilliseconds: 1100, latencies: Array.from({ length: 90 }, () => 10), peakRssMegabytes: 300, errors: 1 }),
      run({ seconds: 30, answered: 300, sent: 440, cpuMilliseconds: 4400, latencies: Array.from({ length: 10 }, () => 1000), maxEventLoopDelayMilliseconds: 40, errors: 2 }),
    ]);
    expect(summary).toEqual({
      turnsPerSecond: 10,
      p50: 10,
      p95: 1000,
      p99: 1000,
      errors: 3,
      cpuPerTurn: 10,
      peakRssMegabytes: 300,
      maxEventLoopDelayMilliseconds: 40,
    });
  });

  it('says n/a for an event-loop delay a server did not export in any run', () => {
    expect(summarise([run({}), run({ maxEventLoopDelayMilliseconds: undefined })]).maxEventLoopDelayMilliseconds).toBeUndefined();
  });

  it.each([
    ['turns/s', '| turns/s | 10.0 | 400.0 | 0.03 |'],
    ['CPU per turn', '| server CPU per turn, ms | 10.00 | 0.50 | 20.00 |'],
    ['a delay one side lacks', '| max event-loop delay, ms | n/a | 5 | n/a |'],
  ])('shows project, echo bot and their ratio for %s', (_name, row) => {
    const project = summarise([run({ cpuMilliseconds: 1000, maxEventLoopDelayMilliseconds: undefined })]);
    const echo = summarise([run({ answered: 4000, sent: 4000, cpuMilliseconds: 2000 })]);
    expect(comparisonTable('10 concurrent', project, echo).split('\n')).toContain(row);
  });
});
