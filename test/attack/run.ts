import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import buildSharedIndex from '../globalSetup.js';
import { attacks, runAttack } from './attacks.js';
import { startMeter, type Measures } from './meter.js';
import type { AttackReport, RouteTally } from './report.js';
import { startTarget } from './target.js';

/**
 * `npm run attack`: every attack against one server on 127.0.0.1, a table of what each route
 * answered and how the process fared, and exit code 1 on any 5xx, bypass, leak, file left in
 * the temp folder, spent time budget, or (finding 3) an event loop held for over 100 ms.
 * test/attack/attack.test.ts runs the same attacks as assertions, without the timings.
 */
const maxEventLoopDelayMs = 100;
/** The attack whose event-loop delay is held to maxEventLoopDelayMs; the others' are shown. */
const timedFinding = 3;

// The server runs in this process, so a temp folder of its own shows every file it leaves behind
// (os.tmpdir() reads TMPDIR at each call; the shared index path was fixed at import).
const privateTemp = mkdtempSync(join(tmpdir(), 'council-assistant-attack-'));
process.env.TMPDIR = privateTemp;

interface Row extends Required<Omit<RouteTally, 'measures'>> {
  finding: number;
  measures: Measures;
  filesLeft: number;
}

const columns: [string, (row: Row) => string | number][] = [
  ['#', (row) => row.finding],
  ['route', (row) => row.route],
  ['requests', (row) => row.requests],
  ['2xx', (row) => row.ok],
  ['4xx', (row) => row.clientErrors],
  ['5xx', (row) => row.serverErrors],
  ['no answer', (row) => row.unanswered],
  ['max loop delay ms', (row) => row.measures.maxEventLoopDelayMs],
  ['RSS before MB', (row) => row.measures.rssBeforeMb],
  ['RSS after MB', (row) => row.measures.rssAfterMb],
  ['temp files left', (row) => row.filesLeft],
];

function printTable(rows: Row[]): void {
  const cells = [columns.map(([title]) => title), ...rows.map((row) => columns.map(([, value]) => String(value(row))))];
  const widths = columns.map((_column, index) => Math.max(...cells.map((line) => line[index]!.length)));
  for (const line of cells) console.log(line.map((cell, index) => (index === 1 ? cell.padEnd(widths[index]!) : cell.padStart(widths[index]!))).join('  '));
}

async function main(): Promise<number> {
  await buildSharedIndex();
  const target = await startTarget();
  const dataDir = basename(target.dataDir);
  const rows: Row[] = [];
  const failures: string[] = [];
  const started = Date.now();
  try {
    for (const attack of attacks) {
      const before = new Set(readdirSync(privateTemp));
      const meter = startMeter();
      const report: AttackReport = await runAttack(attack, target);
      const measures = meter.stop();
      const filesLeft = readdirSync(privateTemp).filter((name) => !before.has(name) && name !== dataDir);
      for (const tally of report.tallies) rows.push({ finding: attack.finding, ...tally, measures: tally.measures ?? measures, filesLeft: filesLeft.length });
      const fail = (text: string): void => void failures.push(`[${attack.finding}] ${attack.name}: ${text}`);
      report.problems.forEach(fail);
      report.slow.forEach(fail);
      if (filesLeft.length > 0) fail(`${filesLeft.length} new entries in the temp folder: ${filesLeft.slice(0, 3).join(', ')}`);
      if (attack.finding === timedFinding && measures.maxEventLoopDelayMs > maxEventLoopDelayMs) {
        fail(`the event loop was held for ${measures.maxEventLoopDelayMs} ms (limit ${maxEventLoopDelayMs} ms)`);
      }
      console.error(`finding ${attack.finding} (${attack.name}): ${report.problems.length + report.slow.length === 0 ? 'held' : 'FAILED'}`);
    }
  } finally {
    await target.close();
  }
  console.log();
  printTable(rows);
  console.log(`\n${attacks.length} attacks, ${rows.reduce((sum, row) => sum + row.requests, 0)} requests in ${Math.round((Date.now() - started) / 1000)} s`);
  if (failures.length === 0) {
    console.log('Every attack held.');
    return 0;
  }
  console.log(`\n${failures.length} failures:`);
  for (const failure of failures) console.log(`  - ${failure}`);
  return 1;
}

process.exitCode = await main();
