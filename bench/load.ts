import autocannon from 'autocannon';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { comparisonTable, simpleTable, summarise, type RunMeasure } from './loadReport.js';
import { seededRandom } from '../src/seededRandom.js';
import { missedBinForm, referenceIssued, sessionLength, sessionPlanner, type Mix, type Turn } from './loadMix.js';
import { cpuMilliseconds, gaugeValue, peakRssMegabytes, resetPeakRss } from './processGauges.js';
import { activityFor, replyText, residentAddress, residentAddressHeader, sendTurn, startEchoBot, startProject, waitForStatus, type RunningServer } from './servers.js';
import { residentQuestions } from './residentQuestions.js';

/**
 * `npm run bench:load`: the project beside a bare echo bot on the same stack, on this machine,
 * under the same load at 1, 10 and 50 concurrent conversations (each conversation's turns in
 * order, as a resident sends them), runs interleaved so drift in the machine hits both alike.
 * Prints markdown tables: throughput, latency, errors, server CPU per turn, peak RSS and the
 * longest event-loop delay, with the project/echo ratio; CPU per question and per form turn;
 * and the cold start (health probes and the first answer while the index is built).
 * Options: --seconds 20 --repeat 1 --concurrency 1,10,50 --project <checkout> --index-dir <built index>.
 */
const benchDir = dirname(fileURLToPath(import.meta.url));
const { values: options } = parseArgs({
  options: {
    seconds: { type: 'string', default: '20' },
    repeat: { type: 'string', default: '1' },
    concurrency: { type: 'string', default: '1,10,50' },
    project: { type: 'string', default: resolve(benchDir, '..') },
    'index-dir': { type: 'string' },
  },
});
const seconds = Number(options.seconds);
const repeats = Number(options.repeat);
const concurrencies = options.concurrency.split(',').map(Number);
const projectDir = resolve(options.project);
if (!(seconds > 0) || !(repeats >= 1) || concurrencies.some((count) => !(count >= 1))) throw new Error('--seconds, --repeat and --concurrency must be positive numbers');
if (!existsSync(join(projectDir, 'src/index.ts'))) throw new Error(`--project ${projectDir} has no src/index.ts`);
/** CPU per kind of turn is measured at one concurrency: per-turn cost barely depends on it. */
const splitConcurrency = Math.max(...concurrencies.filter((count) => count <= 10), Math.min(...concurrencies));

const workDir = mkdtempSync(join(tmpdir(), 'bench-load-'));
const indexDir = options['index-dir'] ? resolve(options['index-dir']) : join(workDir, 'index');
const progress = (text: string) => console.error(`[bench:load] ${text}`);
progress(`project ${projectDir}; logs and data in ${workDir}`);

/** The cold start: how the health probe fares while the project starts and builds (or loads) its index. */
async function measureColdStart(): Promise<[string, string][]> {
  const indexBuilt = existsSync(join(indexDir, 'manifest.json'));
  const startedAt = performance.now();
  const project = await startProject({ projectDir, dataDir: join(workDir, 'cold-start-data'), indexDir, logDir: workDir });
  const since = () => performance.now() - startedAt;
  let firstHealth: number | undefined;
  let ready: number | undefined;
  let firstAnswer: number | undefined;
  const probeLatencies: number[] = [];
  const probes: Promise<void>[] = [];
  const probe = (path: string, onAnswer: (latency: number) => void) => {
    const sentAt = performance.now();
    probes.push(
      fetch(`${project.url}${path}`, { signal: AbortSignal.timeout(120_000) })
        .then(async (response) => {
          await response.arrayBuffer();
          if (response.status === 200) onAnswer(performance.now() - sentAt);
        })
        .catch(() => undefined),
    );
  };
  // Every 100 ms, as a platform's health check would, until the first answer.
  const ticker = setInterval(() => {
    probe('/healthz', (latency) => {
      firstHealth ??= since();
      probeLatencies.push(latency);
    });
    probe('/readyz', () => (ready ??= since()));
  }, 100);
  while (firstHealth === undefined && since() < 120_000 && project.isRunning()) await sleep(20);
  while (firstAnswer === undefined && since() < 600_000 && project.isRunning()) {
    try {
      const { status, reply } = await sendTurn(project, { conversationId: 'cold-start', text: 'How do I pay my council tax?' }, 600_000);
      // An answer from the articles (it links one), not the "still getting ready, ask again" a question hears while the index loads.
      if (status === 200 && reply && /More: \[/.test(reply)) firstAnswer = since();
    } catch {
      // Refused while starting: ask again.
    }
    if (firstAnswer === undefined) await sleep(100);
  }
  while (ready === undefined && since() < 600_000 && project.isRunning()) await sleep(50);
  if (!project.isRunning()) throw new Error(`the project exited during its cold start; its log is in ${workDir}`);
  clearInterval(ticker);
  await Promise.all(probes);
  await project.stop();
  const seconds = (value: number | undefined) => (value === undefined ? 'never' : (value / 1000).toFixed(1));
  return [
    ['index', indexBuilt ? 'already built (--index-dir)' : 'built by this start'],
    ['first /healthz answer, s after spawn', seconds(firstHealth)],
    ['max /healthz latency after that, ms', probeLatencies.length ? Math.max(...probeLatencies).toFixed(0) : 'n/a'],
    ['/healthz probes over 100 ms', `${probeLatencies.filter((latency) => latency > 100).length} of ${probeLatencies.length}`],
    ['/readyz 200, s after spawn', seconds(ready)],
    ['first answer to a question, s after spawn', seconds(firstAnswer)],
  ];
}

/** Longest event-loop delay since the last scrape (prom-client resets its histogram on each), ms. */
async function scrapeEventLoopDelay(server: RunningServer): Promise<number | undefined> {
  try {
    const response = await fetch(`${server.url}/metrics`, { signal: AbortSignal.timeout(30_000) });
    const seconds = gaugeValue(await response.text(), 'nodejs_eventloop_lag_max_seconds');
    return seconds === undefined ? undefined : seconds * 1000;
  } catch {
    return undefined;
  }
}

/** After a run, turns abandoned at the deadline are still worked on: wait until the server's CPU settles. */
async function waitForIdle(pid: number): Promise<void> {
  let last = cpuMilliseconds(pid);
  const deadline = performance.now() + 60_000;
  while (performance.now() < deadline) {
    await sleep(250);
    const now = cpuMilliseconds(pid);
    if (now - last <= 10) return;
    last = now;
  }
}

let peakResetWarned = false;

/** One timed run: `concurrency` conversations at once, each turn sent when the last was answered. */
async function drive(server: RunningServer, mix: Mix, concurrency: number, runId: string, seed: number): Promise<RunMeasure> {
  const planner = sessionPlanner(mix, seed, runId);
  const checkReferences = server.name === 'project';
  let badReplies = 0;
  const latencies: number[] = [];
  let sessions = 0;
  const requests = Array.from({ length: sessionLength }, (_, index): autocannon.Request => ({
    method: 'POST',
    path: '/api/messages',
    headers: { 'content-type': 'application/json' },
    setupRequest(request, context) {
      const session = context as { turns?: Turn[]; address?: string };
      if (index === 0) {
        session.turns = planner.next();
        session.address = residentAddress((sessions += 1));
      }
      return { ...request, headers: { ...request.headers, [residentAddressHeader]: session.address! }, body: activityFor(session.turns![index]!) };
    },
    onResponse(status, body, context) {
      if (status !== 200) return; // counted by autocannon
      const reply = replyText(body);
      const turn = (context as { turns: Turn[] }).turns[index]!;
      if (!reply || (checkReferences && turn.expectsReference && !referenceIssued.test(reply))) badReplies += 1;
    },
  }));
  await scrapeEventLoopDelay(server);
  if (!resetPeakRss(server.pid) && !peakResetWarned) {
    peakResetWarned = true;
    progress('cannot reset the peak RSS (/proc/PID/clear_refs): each peak is since the server started');
  }
  const cpuBefore = cpuMilliseconds(server.pid);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: server.url, connections: concurrency, pipelining: 1, duration: seconds, timeout: 30, requests }, (error, done) =>
      error ? reject(error) : resolve(done),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  await waitForIdle(server.pid);
  return {
    seconds: result.duration,
    answered: latencies.length,
    sent: result.requests.sent,
    latencies,
    errors: result.errors + result.timeouts + result.non2xx + badReplies,
    cpuMilliseconds: cpuMilliseconds(server.pid) - cpuBefore,
    peakRssMegabytes: peakRssMegabytes(server.pid),
    maxEventLoopDelayMilliseconds: await scrapeEventLoopDelay(server),
  };
}

/** A few turns before measuring (code paths compiled, model loaded), and proof that the form script completes a form. */
async function warmUp(server: RunningServer): Promise<void> {
  for (const [index, text] of residentQuestions.slice(0, 8).entries()) {
    const { status } = await sendTurn(server, { conversationId: `warm-up-question-${index}`, text });
    if (status !== 200) throw new Error(`${server.name} answered ${status} to a warm-up question`);
  }
  const transcript: string[] = [];
  for (const text of missedBinForm(seededRandom(1))) {
    const { reply } = await sendTurn(server, { conversationId: 'warm-up-form', text });
    transcript.push(`> ${text}`, reply ?? '(no reply)');
  }
  if (server.name === 'project' && !referenceIssued.test(transcript.at(-1)!)) {
    throw new Error(`the missed-bin script did not complete a form:\n${transcript.join('\n')}`);
  }
}

const loadBefore = loadavg()[0]!;
const coldStart = await measureColdStart();
progress('cold start measured');
const project = await startProject({ projectDir, dataDir: join(workDir, 'data'), indexDir, logDir: workDir });
const echo = await startEchoBot(benchDir, workDir);
await waitForStatus(project, '/readyz', 600_000);
await waitForStatus(echo, '/healthz', 60_000);
await warmUp(project);
await warmUp(echo);

const mixed = new Map<number, { project: RunMeasure[]; echo: RunMeasure[] }>(concurrencies.map((count) => [count, { project: [], echo: [] }]));
const byKind: Record<'questions' | 'forms', RunMeasure[]> = { questions: [], forms: [] };
for (let repeat = 1; repeat <= repeats; repeat += 1) {
  for (const concurrency of concurrencies) {
    // Alternate which goes first, so a slow drift in the machine does not favour one.
    const order = repeat % 2 === 1 ? [project, echo] : [echo, project];
    for (const server of order) {
      progress(`repeat ${repeat}: ${server.name}, ${concurrency} concurrent, ${seconds} s`);
      const measure = await drive(server, 'mixed', concurrency, `${server === project ? 'p' : 'e'}-${repeat}-${concurrency}`, repeat);
      mixed.get(concurrency)![server === project ? 'project' : 'echo'].push(measure);
    }
  }
  for (const kind of ['questions', 'forms'] as const) {
    progress(`repeat ${repeat}: project, ${kind} only, ${splitConcurrency} concurrent, ${seconds} s`);
    byKind[kind].push(await drive(project, kind, splitConcurrency, `p-${kind}-${repeat}`, repeat));
  }
}
await project.stop();
await echo.stop();

const runs = `${repeats} × ${seconds} s`;
console.log(`\n## npm run bench:load (${runs} per cell, project ${projectDir})\n`);
console.log(`Machine: ${cpus().length} cores, 1-minute load average ${loadBefore.toFixed(1)} at the start and ${loadavg()[0]!.toFixed(1)} at the end (the driver runs on the same cores).\n`);
console.log(`Mixed load: ${residentQuestions.length} distinct questions drawn Zipf-like plus 6-turn missed-bin forms (1 session in 5), over POST /api/messages with expectReplies.\n`);
for (const concurrency of concurrencies) {
  const { project: projectRuns, echo: echoRuns } = mixed.get(concurrency)!;
  console.log(`${comparisonTable(`${concurrency} concurrent`, summarise(projectRuns), summarise(echoRuns))}\n`);
}
const echoAtSplit = summarise(mixed.get(splitConcurrency)!.echo);
const perKind = (kind: 'questions' | 'forms') => summarise(byKind[kind]);
console.log(
  `${simpleTable(`Server CPU per turn, ms (${splitConcurrency} concurrent)`, [
    ['project, question turns only', perKind('questions').cpuPerTurn.toFixed(2)],
    ['project, form turns only', perKind('forms').cpuPerTurn.toFixed(2)],
    ['echo bot, any turn', echoAtSplit.cpuPerTurn.toFixed(2)],
    ['errors in these runs', String(perKind('questions').errors + perKind('forms').errors)],
  ])}\n`,
);
console.log(`${simpleTable('Cold start (fresh DATA_DIR, /healthz and /readyz probed every 100 ms)', coldStart)}\n`);
rmSync(workDir, { recursive: true, force: true });
