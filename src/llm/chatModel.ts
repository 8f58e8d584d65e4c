import type { ChatOpenAI } from '@langchain/openai';
import type { LlmSettings } from './llmConfig.js';

/**
 * The chat model for the configured provider. Retries are off here (LangChain's and the OpenAI
 * client's) because `ResilientModel` owns them: one HTTP request per attempt, so backoff, the
 * circuit breaker and the timeout behave the same whichever provider runs. The provider's package
 * is imported here, when an LLM is configured, not at start: offline it would hold about 11 MB of
 * heap for nothing.
 */
export async function createChatModel(settings: LlmSettings): Promise<ChatOpenAI> {
  const { AzureChatOpenAI, ChatOpenAI } = await import('@langchain/openai');
  const common = { temperature: settings.temperature, maxRetries: 0 };
  const { provider } = settings;
  if (provider.kind === 'azure') {
    return new AzureChatOpenAI({
      ...common,
      azureOpenAIApiKey: provider.apiKey,
      azureOpenAIEndpoint: provider.endpoint,
      azureOpenAIApiDeploymentName: provider.deployment,
      azureOpenAIApiVersion: provider.apiVersion,
      model: provider.deployment,
    });
  }
  return new ChatOpenAI({
    ...common,
    apiKey: provider.apiKey,
    model: provider.model,
    configuration: provider.baseUrl ? { baseURL: provider.baseUrl } : undefined,
  });
}

/** The model name recorded with token usage. */
export const modelName = (settings: LlmSettings): string =>
  settings.provider.kind === 'azure' ? settings.provider.deployment : settings.provider.model;
