import { z } from 'zod';
import type { SlotResult } from '../serviceRequests/slots.js';
import { fallback, fromModel, type LlmContext, type LlmOutcome } from './llmContext.js';
import { residentData } from './modelInput.js';
import type { LlmFailure } from './resilientModel.js';
import { structuredCall } from './structuredCall.js';

/** One detail a form needs: what the model is told about it, and the form's own parser. */
export interface SlotSpec<Value> {
  description: string;
  parse(text: string): SlotResult<Value>;
}

export type SlotSpecs<Details> = { [Key in keyof Details]?: SlotSpec<Details[Key]> };

const comparable = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Details a resident already gave in free text, for the slots asked about. The model only points
 * at words in the message; a value counts only if those words are really there and the form's
 * own parser accepts them, so nothing is invented or unvalidated. Fallback: no details.
 * With redaction on, personal details (postcode, address, phone) reach the model only as
 * markers, so those slots stay for the deterministic extractors and the form's questions.
 */
export async function extractSlots<Details>(
  context: LlmContext,
  text: string,
  slots: SlotSpecs<Details>,
): Promise<LlmOutcome<Partial<Details>, LlmFailure | 'no-slots'>> {
  const entries = Object.entries(slots) as [string, SlotSpec<unknown>][];
  if (entries.length === 0) return fallback({}, 'no-slots');
  const message = residentData(text, context.redactPersonalData);
  const schema = z.object(Object.fromEntries(entries.map(([name, spec]) => [name, z.string().max(200).nullable().describe(spec.description)])));
  const prompt = context.prompts.render('slot-extraction', {
    slots: entries.map(([name, spec]) => `- ${name}: ${spec.description}`).join('\n'),
    message,
  });
  const result = await context.runner.call('slot-extraction', structuredCall(schema, 'slots', prompt));
  if (!result.ok) return fallback({}, result.failure);

  const details: Record<string, unknown> = {};
  for (const [name, spec] of entries) {
    const words = result.value[name];
    if (typeof words !== 'string' || !comparable(message).includes(comparable(words))) continue;
    const parsed = spec.parse(words);
    if (parsed.ok) details[name] = parsed.value;
  }
  return fromModel(details as Partial<Details>);
}
