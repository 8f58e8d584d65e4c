import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectCommand, projectEnvironment, residentAddress } from '../../bench/servers.js';
import { temporaryDataDir } from '../support/tempDir.js';

/** A checkout with only a package.json whose `start` is `start`. */
function checkoutStartedWith(start: string): string {
  const dir = temporaryDataDir();
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ scripts: { start } }));
  return dir;
}

describe("bench:load runs a checkout's own npm start, without npm in between", () => {
  it.each([
    ['compiled', 'node dist/index.js', ['dist/index.js']],
    ['compiled, with V8 flags', 'node --max-semi-space-size=8 dist/index.js', ['--max-semi-space-size=8', 'dist/index.js']],
    ['from before the build (tsx)', 'tsx src/index.ts', ['--import', 'tsx', 'src/index.ts']],
    ['with environment first, as sh reads it', 'MALLOC_MMAP_THRESHOLD_=131072 node --max-semi-space-size=4 dist/index.js', ['--max-semi-space-size=4', 'dist/index.js']],
  ])('%s', (_, start, args) => {
    expect(projectCommand(checkoutStartedWith(start))).toEqual(args);
  });

  it('gives the server the environment its start command sets', () => {
    expect(projectEnvironment(checkoutStartedWith('A_B=1 C==2 node dist/index.js'))).toEqual({ A_B: '1', C: '=2' });
    expect(projectEnvironment(checkoutStartedWith('node X=1 dist/index.js'))).toEqual({});
  });

  it('sends each session from an address of its own', () => {
    const addresses = new Set(Array.from({ length: 60_000 }, (_, session) => residentAddress(session)));
    expect(addresses.size).toBe(60_000);
  });

  it('refuses a start command it cannot run with node', () => {
    expect(() => projectCommand(checkoutStartedWith('docker compose up'))).toThrow(/cannot run "npm start"/);
  });

  it('runs prestart first, as npm start does', () => {
    const dir = temporaryDataDir();
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ scripts: { prestart: 'node -e "require(\'fs\').writeFileSync(\'built\', \'\')"', start: 'node built' } }));
    expect(projectCommand(dir)).toEqual(['built']);
    expect(existsSync(join(dir, 'built'))).toBe(true);
  });
});
