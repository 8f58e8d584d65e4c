import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';

const frontMatterPattern = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/**
 * Splits a content file (an article, a prompt template) into its YAML front-matter, validated by
 * `schema`, and its body. Every problem goes to `fail` as one sentence naming the field at fault.
 */
export function readFrontMatter<Schema extends z.ZodType>(source: string, schema: Schema, fail: (problem: string) => never): { front: z.infer<Schema>; body: string } {
  const match = frontMatterPattern.exec(source);
  if (!match) return fail('missing YAML front-matter between --- lines');
  let raw: unknown;
  try {
    raw = parseYaml(match[1]!);
  } catch (error) {
    return fail(`front-matter is not valid YAML: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return fail(parsed.error.issues.map((issue) => `${issue.path.join('.') || '(front-matter)'}: ${issue.message}`).join('; '));
  return { front: parsed.data, body: match[2]! };
}
