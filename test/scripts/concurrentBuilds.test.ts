import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, onTestFinished } from 'vitest';

const run = promisify(execFile);
const build = (folder: string) => run(process.execPath, ['scripts/build.mjs', folder]);

/** The modules compiled from src/ into `folder` that are not complete: esbuild ends every one with its source map line. */
function halfWritten(folder: string): string[] {
  const modules = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js') && existsSync(join('src', file.replace(/\.js$/, '.ts'))));
  return modules.filter((file) => {
    const text = readFileSync(join(folder, file), 'utf8');
    return !text.trimEnd().endsWith(`//# sourceMappingURL=${file.split('/').at(-1)}.map`);
  });
}

describe('two builds at once in one folder (two `npm start`s, or every App Service instance after a deploy)', () => {
  it('never leave a module half-written for a server starting meanwhile, which then imports', async () => {
    // Inside the checkout, so the compiled modules find node_modules as dist/ does.
    const folder = join(process.cwd(), `.build-test-${process.pid}`);
    onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
    await build(folder);
    // An older build: every module differs from what the next build writes.
    for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
      if (file.endsWith('.js')) writeFileSync(join(folder, file), `// from an older build\n${readFileSync(join(folder, file), 'utf8')}`);
    }

    const seen = new Set<string>();
    let building = true;
    const builds = Promise.all([build(folder), build(folder)]).finally(() => (building = false));
    while (building) {
      for (const file of halfWritten(folder)) seen.add(file);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await builds;
    expect([...seen]).toEqual([]);
    expect(halfWritten(folder)).toEqual([]);
    expect(readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.tmp'))).toEqual([]);
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', `const m = await import(${JSON.stringify(join(folder, 'bot/turnOutput.js'))}); console.log(typeof m.botFrameworkOutput)`]);
    expect(stdout.trim()).toBe('function');
  });
});
