import { cpSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * `npm run build` (and so `npm start`): src/ to plain JavaScript in dist/, so the server and its
 * encoder threads run without tsx's loader (about 80 MB in the main thread and 30 MB in each
 * thread). Each file is transpiled in place rather than bundled: modules find their worker, their
 * pages and the safety model beside themselves (`import.meta.url`), and that stays true in dist/.
 * Packages are left to node_modules. Types are checked by `npm run typecheck`, not here.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'src');
const output = join(root, 'dist');

const isTypeScript = (file) => file.endsWith('.ts');
const modules = readdirSync(source, { recursive: true, encoding: 'utf8' }).filter((file) => isTypeScript(file) && !file.endsWith('.d.ts'));

const startedAt = performance.now();
// Written over the last build, never emptied first: a running server may still start a thread from it.
await build({
  entryPoints: modules.map((file) => join(source, file)),
  outdir: output,
  outbase: source,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
});
// The browser scripts, pages and the trained safety model, read from beside the modules that serve them.
cpSync(source, output, { recursive: true, filter: (path) => !isTypeScript(path) });
console.error(`built dist/ in ${Math.round(performance.now() - startedAt)} ms`);
