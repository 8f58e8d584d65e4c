import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
/** The source that decides what a trained file means: change any of it and the committed file is stale. */
export const classifierCode = ['textFeatures', 'classifierModel', 'trainClassifier'];
export const exampleBankCode = ['exampleBank', 'trainExampleBank'];

const sha256 = (content: string | Buffer): string => createHash('sha256').update(content).digest('hex');

/** sha256 over the trainer's and the features' source (the classifier's unless named). */
export function codeFingerprint(names: readonly string[] = classifierCode): string {
  return sha256(names.map((name) => readFileSync(join(here, `${name}${extension}`), 'utf8')).join('\0'));
}

/** The repository's root: training files are named from it, so every checkout reads the same names. */
const root = join(here, '..', '..', '..');

/** sha256 of each training file that exists, keyed by its path from the repository's root. */
export function dataFingerprint(paths: readonly string[]): Record<string, string> {
  const names = paths.map((path) => relative(root, resolve(root, path)));
  return Object.fromEntries(names.filter((name) => existsSync(join(root, name))).map((name) => [name, sha256(readFileSync(join(root, name)))]));
}

/** The committed model, next to this file. */
export const classifierModelPath = join(here, 'classifierModel.json');

/** The committed example bank, next to this file. */
export const exampleBankPath = join(here, 'exampleBank.json');
