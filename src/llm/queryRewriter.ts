import { z } from 'zod';
import { fallback, fromModel, type LlmContext, type LlmOutcome } from './llmContext.js';
import { conversationData, residentData, type ConversationTurn } from './modelInput.js';
import type { LlmFailure } from './resilientModel.js';
import { structuredCall } from './structuredCall.js';

const rewriteSchema = z.object({
  query: z.string().trim().min(1).max(300).describe('The message as a standalone search query'),
});

/**
 * A follow-up ("what about the garden one?") as a standalone query, to retrieve with. Runs after
 * the safety detectors, which always read the resident's own words. Falls back to the text as
 * typed; with no conversation yet there is nothing to resolve, so the model is not asked.
 */
export async function rewriteQuery(
  context: LlmContext,
  history: readonly ConversationTurn[],
  text: string,
): Promise<LlmOutcome<string, LlmFailure | 'no-history'>> {
  if (history.length === 0) return fallback(text, 'no-history');
  const prompt = context.prompts.render('query-rewrite', {
    conversation: conversationData(history, context.redactPersonalData),
    message: residentData(text, context.redactPersonalData),
  });
  const result = await context.runner.call('query-rewrite', structuredCall(rewriteSchema, 'standalone_query', prompt));
  return result.ok ? fromModel(result.value.query) : fallback(text, result.failure);
}
