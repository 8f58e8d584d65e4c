import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * `npm run build` (and so `npm start`): src/ to plain JavaScript in dist/, so the server and its
 * encoder threads run without tsx's loader (about 80 MB in the main thread and 30 MB in each
 * thread). Each file is transpiled in place rather than bundled: modules find their worker, their
 * pages and the safety model beside themselves (`import.meta.url`), and that stays true in dist/.
 * Packages are left to node_modules. Types are checked by `npm run typecheck`, not here.
 * `node scripts/build.mjs <folder>` builds into another folder (the tests do).
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'src');
const output = resolve(process.argv[2] ?? join(root, 'dist'));

const isTypeScript = (file) => file.endsWith('.ts');
const files = readdirSync(source, { recursive: true, encoding: 'utf8' });
const modules = files.filter((file) => isTypeScript(file) && !file.endsWith('.d.ts'));

/**
 * Several instances started together from one folder (App Service after a zip deploy, two
 * `npm start`s) each build while the others may already be importing dist/. So dist/ is never
 * emptied and no file is ever seen half-written: each is written beside its place under a name
 * of this process's own and renamed over it (one atomic step), and a file already as built is
 * left alone.
 */
function place(path, contents) {
  if (existsSync(path) && readFileSync(path).equals(contents)) return;
  mkdirSync(dirname(path), { recursive: true });
  const draft = `${path}.${process.pid}.tmp`;
  writeFileSync(draft, contents);
  renameSync(draft, path);
}

const startedAt = performance.now();
const { outputFiles } = await build({
  entryPoints: modules.map((file) => join(source, file)),
  outdir: output,
  outbase: source,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  write: false,
});
for (const file of outputFiles) place(file.path, Buffer.from(file.contents));
// The browser scripts, pages and the trained safety model, read from beside the modules that serve them.
for (const file of files) {
  const from = join(source, file);
  if (!isTypeScript(file) && statSync(from).isFile()) place(join(output, file), readFileSync(from));
}
console.error(`built ${output === join(root, 'dist') ? 'dist/' : output} in ${Math.round(performance.now() - startedAt)} ms`);
