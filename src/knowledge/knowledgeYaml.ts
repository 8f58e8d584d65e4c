import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { KnowledgeError } from './article.js';

/** A YAML content file in the knowledge folder, validated by `schema`; a problem names the file, and each field at fault. */
export function loadKnowledgeYaml<Schema extends z.ZodType>(path: string, schema: Schema, what: string): z.infer<Schema> {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new KnowledgeError(`${path}: cannot read ${what}: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new KnowledgeError(`${path}: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ')}`);
  }
  return parsed.data;
}
