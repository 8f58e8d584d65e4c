import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { build } from 'esbuild';
import type { Turn } from './loadMix.js';

/**
 * The two servers of `npm run bench:load`, each a child process of its own so its CPU and memory
 * are read from /proc, started with `node` itself (`npm start` would put a wrapper process in
 * between) and logging to a file in the run's folder. Both run compiled JavaScript, as
 * `npm start` does: tsx's loader alone would add about 80 MB to each.
 */

export interface RunningServer {
  name: 'project' | 'echo bot';
  url: string;
  pid: number;
  /** False once the process has exited, so a crash at start-up fails the benchmark at once. */
  isRunning(): boolean;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const started = new Set<ChildProcess>();
// A benchmark stopped with Ctrl-C or by an error leaves no server behind.
process.once('exit', () => {
  for (const child of started) child.kill('SIGKILL');
});

function startChild(name: RunningServer['name'], args: string[], options: { cwd: string; env: Record<string, string>; logFile: string; port: number }): RunningServer {
  const log = openSync(options.logFile, 'a');
  const child = spawn(process.execPath, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', log, log] });
  started.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', (code, signal) => {
    started.delete(child);
    if (code !== 0 && signal !== 'SIGTERM' && signal !== 'SIGKILL') console.error(`${name} exited (${code ?? signal}); its log: ${options.logFile}`);
  });
  return {
    name,
    url: `http://127.0.0.1:${options.port}`,
    pid: child.pid!,
    isRunning: () => child.exitCode === null && child.signalCode === null,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

export interface ProjectFolders {
  /** The checkout to run: its src/index.ts, knowledge and node_modules. */
  projectDir: string;
  dataDir: string;
  indexDir: string;
  logDir: string;
}

/**
 * The checkout's own `npm start`, without npm in between: its `prestart` (the build) first, then
 * its `start` command's arguments to this node (`tsx FILE` as `--import tsx FILE`, for a
 * checkout from before the build, given as `--project` for a before/after table).
 */
export function projectCommand(projectDir: string): string[] {
  const { scripts } = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  if (scripts.prestart) execFileSync('npm', ['run', '--silent', 'prestart'], { cwd: projectDir, stdio: 'ignore' });
  const [command, ...args] = startWords(scripts.start!).command;
  if (command === 'node') return args;
  if (command === 'tsx') return ['--import', 'tsx', ...args];
  throw new Error(`cannot run "npm start" (${scripts.start}) without npm`);
}

/**
 * The header each simulated resident's address is sent in. The project's per-address limit (120
 * messages a minute with authentication off) would otherwise refuse all but the first few hundred
 * turns from the driver's one loopback address with 429, and the load measured would be refusals.
 * The project reads it as a proxy's header (`TRUSTED_PROXY_HEADER`, as on App Service); the echo bot ignores it.
 */
export const residentAddressHeader = 'x-forwarded-for';

/** A distinct address in the benchmarking range (198.18.0.0/15, RFC 2544) for the `session`th session of a run. */
export function residentAddress(session: number): string {
  return `198.18.${(session >> 8) & 255}.${session & 255}`;
}

/** Leading NAME=value words of a start command (as sh reads them: the server's environment), then the command itself. */
function startWords(start: string): { assignments: Record<string, string>; command: string[] } {
  const words = start.trim().split(/\s+/);
  const assignments: Record<string, string> = {};
  while (words.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=\S*$/.test(words[0]!)) {
    const [name, ...value] = words.shift()!.split('=');
    assignments[name!] = value.join('=');
  }
  return { assignments, command: words };
}

/** The environment the checkout's `npm start` gives its server: the NAME=value words before `node`, if any. */
export function projectEnvironment(projectDir: string): Record<string, string> {
  const { scripts } = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  return startWords(scripts.start!).assignments;
}

/**
 * glibc's allocator setting the Azure template gives the app (README, after Quick start): read when the process
 * starts, so it is the deployment's, not the start script's, which also runs on Windows.
 */
export const deployedAllocator = { MALLOC_MMAP_THRESHOLD_: '131072' };

/** The project as deployed minus credentials: loopback, no keys (so Bot Framework auth and the LLM are off), warnings only in the log. */
export async function startProject({ projectDir, dataDir, indexDir, logDir }: ProjectFolders): Promise<RunningServer> {
  const port = await freePort();
  const env = { ...deployedAllocator, ...projectEnvironment(projectDir), HOST: '127.0.0.1', PORT: String(port), DATA_DIR: dataDir, INDEX_DIR: indexDir, LOG_LEVEL: 'warn', TRUSTED_PROXY_HEADER: residentAddressHeader };
  return startChild('project', projectCommand(projectDir), { cwd: projectDir, env, logFile: join(logDir, 'project.log'), port });
}

/** The echo bot compiled beside the project's build (dist/bench/), where its packages resolve from node_modules. */
export async function startEchoBot(benchDir: string, logDir: string): Promise<RunningServer> {
  const port = await freePort();
  const outfile = join(benchDir, '..', 'dist', 'bench', 'echoBot.js');
  await build({ entryPoints: [join(benchDir, 'echoBot.ts')], outfile, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' });
  return startChild('echo bot', [outfile, String(port)], { cwd: join(benchDir, '..'), env: {}, logFile: join(logDir, 'echo.log'), port });
}

/** Waits until `path` answers 200 (the project's /readyz once its index is loaded). */
export async function waitForStatus(server: RunningServer, path: string, timeoutMilliseconds: number): Promise<void> {
  const deadline = performance.now() + timeoutMilliseconds;
  while (performance.now() < deadline && server.isRunning()) {
    try {
      const response = await fetch(`${server.url}${path}`, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  throw new Error(`${server.name}: ${path} did not answer 200 ${server.isRunning() ? `within ${timeoutMilliseconds / 1000} s` : 'before the process exited'}`);
}

/** The activity a channel posts for one resident message; both servers are asked to reply in the response. */
export function activityFor(turn: Pick<Turn, 'conversationId' | 'text'>): string {
  return JSON.stringify({
    type: 'message',
    deliveryMode: 'expectReplies',
    text: turn.text,
    locale: 'en-GB',
    // A channel the project accepts with authentication off; a serviceUrl on this machine that is never called.
    channelId: 'webchat',
    serviceUrl: 'http://127.0.0.1:9/unused',
    conversation: { id: turn.conversationId },
    from: { id: `resident-${turn.conversationId}`, role: 'user' },
    recipient: { id: 'council-assistant', role: 'bot' },
  });
}

/** The text of the message activities in an expectReplies response body; undefined when it has none. */
export function replyText(body: string): string | undefined {
  try {
    const { activities } = JSON.parse(body) as { activities?: { type?: string; text?: string }[] };
    const texts = (activities ?? []).filter((activity) => activity.type === 'message').map((activity) => activity.text ?? '');
    return texts.length > 0 ? texts.join('\n') : undefined;
  } catch {
    return undefined;
  }
}

/** One turn over POST /api/messages, outside a load run (warm-up, cold start). */
export async function sendTurn(server: RunningServer, turn: Pick<Turn, 'conversationId' | 'text'>, timeoutMilliseconds = 120_000): Promise<{ status: number; reply: string | undefined }> {
  const response = await fetch(`${server.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: activityFor(turn),
    signal: AbortSignal.timeout(timeoutMilliseconds),
  });
  return { status: response.status, reply: replyText(await response.text()) };
}
