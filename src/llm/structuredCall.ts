import { HumanMessage, SystemMessage, type BaseMessage } from '@langchain/core/messages';
import type { z } from 'zod';
import type { RenderedPrompt } from './prompts.js';
import type { LlmCall } from './resilientModel.js';

export const promptMessages = (prompt: RenderedPrompt): BaseMessage[] =>
  prompt.user === undefined ? [new SystemMessage(prompt.system)] : [new SystemMessage(prompt.system), new HumanMessage(prompt.user)];

/**
 * A call whose reply must match `schema`, sent as an OpenAI `json_schema` response format (the
 * same request shape for every feature and provider). Streamed when asked, so tokens reach the
 * runner's token callback; the parsed object comes at the end either way.
 */
export function structuredCall<T extends Record<string, unknown>>(
  schema: z.ZodType<T>,
  name: string,
  prompt: RenderedPrompt,
  stream = false,
): LlmCall<T> {
  return async (model, options) => {
    const runnable = model.withStructuredOutput<T>(schema, { name, method: 'jsonSchema' });
    if (!stream) return runnable.invoke(promptMessages(prompt), options);
    let last: T | undefined;
    for await (const value of await runnable.stream(promptMessages(prompt), options)) last = value;
    if (last === undefined) throw new Error('the stream ended without a reply');
    return last;
  };
}
