import { percentile } from './stats.js';

/** One timed load run against one server. */
export interface RunMeasure {
  seconds: number;
  /** Turns answered within the run. */
  answered: number;
  /** Turns sent, answered or not: the server worked on all of them, so CPU is shared among them. */
  sent: number;
  /** Milliseconds per answered turn. */
  latencies: number[];
  errors: number;
  cpuMilliseconds: number;
  peakRssMegabytes: number;
  /** From the server's own /metrics; undefined when it does not export it. */
  maxEventLoopDelayMilliseconds: number | undefined;
}

export interface LoadSummary {
  turnsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  cpuPerTurn: number;
  peakRssMegabytes: number;
  maxEventLoopDelayMilliseconds: number | undefined;
}

/** Repetitions pooled: rates over the total time, percentiles over every turn, the worst peak. */
export function summarise(runs: readonly RunMeasure[]): LoadSummary {
  const total = (pick: (run: RunMeasure) => number) => runs.reduce((sum, run) => sum + pick(run), 0);
  const latencies = runs.flatMap((run) => run.latencies);
  const delays = runs.map((run) => run.maxEventLoopDelayMilliseconds);
  return {
    turnsPerSecond: total((run) => run.answered) / total((run) => run.seconds),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: total((run) => run.errors),
    cpuPerTurn: total((run) => run.cpuMilliseconds) / total((run) => run.sent),
    peakRssMegabytes: Math.max(...runs.map((run) => run.peakRssMegabytes)),
    maxEventLoopDelayMilliseconds: delays.some((delay) => delay === undefined) ? undefined : Math.max(...(delays as number[])),
  };
}

const rows: [label: string, value: (summary: LoadSummary) => number | undefined, digits: number][] = [
  ['turns/s', (summary) => summary.turnsPerSecond, 1],
  ['p50 latency, ms', (summary) => summary.p50, 0],
  ['p95 latency, ms', (summary) => summary.p95, 0],
  ['p99 latency, ms', (summary) => summary.p99, 0],
  ['errors', (summary) => summary.errors, 0],
  ['server CPU per turn, ms', (summary) => summary.cpuPerTurn, 2],
  ['peak RSS, MB', (summary) => summary.peakRssMegabytes, 0],
  ['max event-loop delay, ms', (summary) => summary.maxEventLoopDelayMilliseconds, 0],
];

const shown = (value: number | undefined, digits: number): string => (value === undefined || Number.isNaN(value) ? 'n/a' : value.toFixed(digits));

function ratio(project: number | undefined, echo: number | undefined): string {
  if (project === undefined || echo === undefined || Number.isNaN(project) || Number.isNaN(echo)) return 'n/a';
  if (echo === 0) return '—';
  return (project / echo).toFixed(2);
}

/** A markdown table: each measure for the project, the echo bot, and project ÷ echo. */
export function comparisonTable(heading: string, project: LoadSummary, echo: LoadSummary): string {
  return [
    `| ${heading} | project | echo bot | project ÷ echo |`,
    '|---|---:|---:|---:|',
    ...rows.map(([label, value, digits]) => `| ${label} | ${shown(value(project), digits)} | ${shown(value(echo), digits)} | ${ratio(value(project), value(echo))} |`),
  ].join('\n');
}

/** A markdown table of label → value rows. */
export function simpleTable(heading: string, entries: [label: string, value: string][]): string {
  return [`| ${heading} | |`, '|---|---:|', ...entries.map(([label, value]) => `| ${label} | ${value} |`)].join('\n');
}
