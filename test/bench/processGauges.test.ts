import { describe, expect, it } from 'vitest';
import { cpuMillisecondsFromStat, gaugeValue, megabytesFromStatus } from '../../bench/processGauges.js';

describe('process gauges', () => {
  it.each([
    ['a plain name', '4242 (node) S 1 4242 4242 0 -1 4194560 7231 0 0 0 1234 56 0 0 20 0 11 0 761175 5124096 9', 12_900],
    ['a name with spaces and brackets', '4242 (MainThread) (x) R 1 4242 4242 0 -1 4194560 7231 0 0 0 7 3 0 0 20 0 11 0 761175 5124096 9', 100],
  ])('reads user plus system CPU from a stat line with %s', (_name, stat, milliseconds) => {
    expect(cpuMillisecondsFromStat(stat)).toBe(milliseconds);
  });

  it('reads the peak and current RSS from a status file, in MB', () => {
    const status = 'Name:\tnode\nVmPeak:\t 9999999 kB\nVmHWM:\t  460800 kB\nVmRSS:\t  204800 kB\n';
    expect(megabytesFromStatus(status, 'VmHWM')).toBe(450);
    expect(megabytesFromStatus(status, 'VmRSS')).toBe(200);
    expect(() => megabytesFromStatus('Name:\tnode\n', 'VmHWM')).toThrow(/VmHWM/);
  });

  it.each([
    ['the gauge named, not one whose name starts the same', 'nodejs_eventloop_lag_max_seconds', 0.042],
    ['another gauge in the same exposition', 'nodejs_eventloop_lag_seconds', 0.001],
    ['nothing for a gauge that is absent', 'nodejs_eventloop_lag_p99_seconds', undefined],
  ])('finds %s', (_name, gauge, value) => {
    const exposition = [
      '# HELP nodejs_eventloop_lag_seconds Lag of event loop in seconds.',
      '# TYPE nodejs_eventloop_lag_seconds gauge',
      'nodejs_eventloop_lag_seconds 0.001',
      'nodejs_eventloop_lag_max_seconds_total 9',
      'nodejs_eventloop_lag_max_seconds 0.042',
    ].join('\n');
    expect(gaugeValue(exposition, gauge)).toBe(value);
  });
});
