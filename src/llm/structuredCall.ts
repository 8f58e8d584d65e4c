import type { BaseMessage } from '@langchain/core/messages';
import type { z } from 'zod';
import type { RenderedPrompt } from './prompts.js';
import type { LlmCall } from './resilientModel.js';

/** Imported at the first call: LangChain's message classes hold about 8 MB of heap, idle when the LLM is off. */
async function promptMessages(prompt: RenderedPrompt): Promise<BaseMessage[]> {
  const { HumanMessage, SystemMessage } = await import('@langchain/core/messages');
  return prompt.user === undefined ? [new SystemMessage(prompt.system)] : [new SystemMessage(prompt.system), new HumanMessage(prompt.user)];
}

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
    const messages = await promptMessages(prompt);
    if (!stream) return runnable.invoke(messages, options);
    let last: T | undefined;
    for await (const value of await runnable.stream(messages, options)) last = value;
    if (last === undefined) throw new Error('the stream ended without a reply');
    return last;
  };
}
