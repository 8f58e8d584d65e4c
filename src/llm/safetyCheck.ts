import { z } from 'zod';
import type { LlmContext } from './llmContext.js';
import { residentData } from './modelInput.js';
import { structuredCall } from './structuredCall.js';
import { late, settleWithin } from '../settleWithin.js';

/** The model's reading of a message for risk (prompts/safety-check.v1.md). */
export const safetyReadingSchema = z.object({
  concern: z.enum(['none', 'emergency', 'domestic-abuse', 'self-harm', 'child-at-risk', 'adult-at-risk']),
  certainty: z.enum(['clear', 'possible']),
});
export type SafetyReading = z.infer<typeof safetyReadingSchema>;

/**
 * How long a resident's message waits for the model's reading. Safety never waits on a slow model
 * for longer than this: past it the offline layers decide alone (the call itself runs on to its own timeout).
 */
export const safetyReadingBudgetMs = 3_000;

/**
 * A second reading of the message by the model, beside the offline layers. Undefined when the model
 * is off, slow, down or gives anything the schema rejects: the offline layers then decide alone.
 */
export async function readSafety(context: LlmContext, text: string, budgetMs = safetyReadingBudgetMs): Promise<SafetyReading | undefined> {
  const prompt = context.prompts.render('safety-check', { message: residentData(text, context.redactPersonalData) });
  const call = context.runner.call('safety-check', structuredCall(safetyReadingSchema, 'safety_check', prompt)).then((result) => (result.ok ? result.value : undefined));
  const reading = await settleWithin(call, budgetMs);
  return reading === late ? undefined : reading;
}
