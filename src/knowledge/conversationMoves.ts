import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { KnowledgeError } from './article.js';

/**
 * Example phrasings of the two topics that are conversation moves rather than content
 * (`smalltalk`, `contact-human`), kept as content so the classifier learns them at ingest.
 */
const movesSchema = z.strictObject({
  smalltalk: z.array(z.string().min(2)).min(5),
  'contact-human': z.array(z.string().min(2)).min(5),
});
export type ConversationMoves = z.infer<typeof movesSchema>;

export function loadConversationMoves(path: string): ConversationMoves {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new KnowledgeError(`${path}: cannot read conversation moves: ${(error as Error).message}`);
  }
  const parsed = movesSchema.safeParse(raw);
  if (!parsed.success) {
    throw new KnowledgeError(`${path}: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ')}`);
  }
  return parsed.data;
}
