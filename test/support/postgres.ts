import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * A throwaway PostgreSQL server for the test run, from the Debian `postgresql` package that
 * `.ci/run` installs: a fresh cluster in a temporary folder, on a free loopback port, without
 * durability (fsync off: it is deleted afterwards). PostgreSQL refuses to run as root, so as
 * root the cluster belongs to the package's `postgres` user.
 */
export interface ThrowawayPostgres {
  /** postgres://… for the `postgres` database; tests make their own databases in it. */
  url: string;
  stop(): Promise<void>;
}

function serverBinaries(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions) if (existsSync(join(root, version, 'bin', 'initdb'))) return join(root, version, 'bin');
  const found = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim();
  if (found) return join(found, '..');
  throw new Error('PostgreSQL server binaries not found: install the Debian package `postgresql` (as .ci/run does), or set TEST_DATABASE_URL');
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The command prefix that runs a server binary as a user PostgreSQL accepts. */
function asServerUser(folder: string): string[] {
  if (process.getuid?.() !== 0) return [];
  const user = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  if (user.status !== 0) throw new Error('Running as root and there is no `postgres` user to own the test cluster (install the Debian `postgresql` package)');
  const uid = Number(user.stdout.trim());
  const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
  chownSync(folder, uid, gid);
  return ['runuser', '-u', 'postgres', '--'];
}

async function waitUntilReady(url: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`PostgreSQL exited with ${server.exitCode}: ${log()}`);
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`PostgreSQL did not accept connections within 30 s: ${log()}`);
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = serverBinaries();
  const folder = mkdtempSync(join(tmpdir(), 'council-assistant-pg-'));
  const prefix = asServerUser(folder);
  const dataDir = join(folder, 'data');
  /** `binary args…`, as the server user when that is needed. */
  const command = (binary: string, args: string[]): [string, string[]] =>
    prefix.length > 0 ? [prefix[0]!, [...prefix.slice(1), join(bin, binary), ...args]] : [join(bin, binary), args];
  const initdb = spawnSync(...command('initdb', ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']), { encoding: 'utf8' });
  if (initdb.status !== 0) throw new Error(`initdb failed: ${initdb.stderr || initdb.stdout}`);
  const port = await freePort();
  let output = '';
  const server = spawn(...command('postgres', ['-D', dataDir, '-p', String(port), '-h', '127.0.0.1', '-k', folder, '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=200']), { stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout?.on('data', (chunk) => (output += chunk));
  server.stderr?.on('data', (chunk) => (output += chunk));
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  await waitUntilReady(url, server, () => output.slice(-2000));
  return {
    url,
    async stop() {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      // The postmaster itself, not the `runuser` in front of it, which need not pass a signal on:
      // SIGQUIT is PostgreSQL's immediate shutdown (nothing here needs to be kept).
      const pidFile = join(dataDir, 'postmaster.pid');
      const postmaster = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[0]) : 0;
      if (Number.isInteger(postmaster) && postmaster > 0) process.kill(postmaster, 'SIGQUIT');
      const stopped = await Promise.race([exited.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 10_000))]);
      if (!stopped) {
        if (Number.isInteger(postmaster) && postmaster > 0) process.kill(postmaster, 'SIGKILL');
        server.kill('SIGKILL');
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
