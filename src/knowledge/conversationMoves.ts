import { z } from 'zod';
import { loadKnowledgeYaml } from './knowledgeYaml.js';

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
  return loadKnowledgeYaml(path, movesSchema, 'conversation moves');
}
