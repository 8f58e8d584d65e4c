import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
/** The source that decides what a trained file means: change any of it and the committed model is stale. */
const codeFiles = ['textFeatures', 'classifierModel', 'trainClassifier'].map((name) => join(here, `${name}${extension}`));

const sha256 = (content: string | Buffer): string => createHash('sha256').update(content).digest('hex');

/** sha256 over the trainer's and the features' source. */
export function codeFingerprint(): string {
  return sha256(codeFiles.map((file) => readFileSync(file, 'utf8')).join('\0'));
}

/** sha256 of each training file that exists, keyed by its path. */
export function dataFingerprint(paths: readonly string[]): Record<string, string> {
  return Object.fromEntries(paths.filter((path) => existsSync(path)).map((path) => [path, sha256(readFileSync(path))]));
}

/** The committed model, next to this file. */
export const classifierModelPath = join(here, 'classifierModel.json');
