import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectCommand } from '../../bench/servers.js';
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
  ])('%s', (_, start, args) => {
    expect(projectCommand(checkoutStartedWith(start))).toEqual(args);
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
