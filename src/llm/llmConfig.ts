import { z } from 'zod';
import { optionalText } from '../environmentText.js';

/**
 * The LLM's environment variables, as a fragment for the one environment schema in
 * src/config.ts: spread `llmEnvironmentFields` into its `z.object`, call `checkLlmEnvironment`
 * from its `superRefine`, and turn the parsed values into settings with `llmSettingsFrom`.
 * OPENAI_API_KEY and OPENAI_BASE_URL are the same variables the OpenAI embeddings use.
 */

/** An Azure resource's instance name, as in https://NAME.openai.azure.com. */
const azureInstanceName = /^[a-z0-9][a-z0-9-]{1,62}$/i;

export const llmEnvironmentFields = {
  LLM: z.enum(['off', 'openai', 'azure']).default('off'),
  /** Prompt templates; loaded and checked at start-up even when the LLM is off. */
  PROMPTS_DIR: z.string().min(1).default('./prompts'),
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optionalText.pipe(z.url('must be a URL such as http://localhost:11434/v1').optional()),
  OPENAI_CHAT_MODEL: z.string().trim().min(1).default('gpt-4o-mini'),
  AZURE_OPENAI_API_KEY: optionalText,
  /** The resource's endpoint URL, or just its instance name. */
  AZURE_OPENAI_ENDPOINT: optionalText.pipe(
    z
      .string()
      .refine((value) => z.url().safeParse(value).success || azureInstanceName.test(value), 'must be a URL such as https://NAME.openai.azure.com or an instance name')
      .optional(),
  ),
  AZURE_OPENAI_DEPLOYMENT: optionalText,
  AZURE_OPENAI_API_VERSION: z.string().trim().min(1).default('2024-10-21'),
  LLM_TEMPERATURE: z.coerce.number().min(0).max(2).default(0),
  LLM_TIMEOUT_MS: z.coerce.number().int().min(500).max(120_000).default(10_000),
  LLM_MAX_RETRIES: z.coerce.number().int().min(0).max(5).default(2),
  LLM_REDACT_PERSONAL_DATA: z.stringbool().default(true),
};

const llmEnvironmentObject = z.object(llmEnvironmentFields);
export type LlmEnvironment = z.infer<typeof llmEnvironmentObject>;

/** Cross-field rules: each provider's required settings. */
export function checkLlmEnvironment(env: LlmEnvironment, context: z.RefinementCtx): void {
  const require = (variable: keyof LlmEnvironment, when: string) => {
    if (!env[variable]) context.addIssue({ code: 'custom', path: [variable], message: `is required when ${when}` });
  };
  if (env.LLM === 'openai') require('OPENAI_API_KEY', 'LLM=openai (any value for a local server that needs none)');
  if (env.LLM === 'azure') {
    require('AZURE_OPENAI_API_KEY', 'LLM=azure');
    require('AZURE_OPENAI_ENDPOINT', 'LLM=azure');
    require('AZURE_OPENAI_DEPLOYMENT', 'LLM=azure');
  }
}

/** The fragment on its own, for tests and for tools that need only the LLM settings. */
export const llmEnvironmentSchema = llmEnvironmentObject.superRefine(checkLlmEnvironment);

export type LlmProvider =
  | { kind: 'openai'; apiKey: string; /** An OpenAI-compatible server; unset = OpenAI. */ baseUrl?: string; model: string }
  | { kind: 'azure'; apiKey: string; endpoint: string; deployment: string; apiVersion: string };

export interface LlmSettings {
  provider: LlmProvider;
  temperature: number;
  /** Per attempt; a timed-out call is not retried. */
  timeoutMs: number;
  /** Retries after the first attempt, on 429, 5xx and connection errors only. */
  maxRetries: number;
  /** Resident text goes through `redactPersonalData` before it reaches the model. */
  redactPersonalData: boolean;
}

/** The settings for the chosen provider, or undefined when the LLM is off (extractive answers only). */
export function llmSettingsFrom(env: LlmEnvironment): LlmSettings | undefined {
  const common = {
    temperature: env.LLM_TEMPERATURE,
    timeoutMs: env.LLM_TIMEOUT_MS,
    maxRetries: env.LLM_MAX_RETRIES,
    redactPersonalData: env.LLM_REDACT_PERSONAL_DATA,
  };
  if (env.LLM === 'openai') {
    return { ...common, provider: { kind: 'openai', apiKey: env.OPENAI_API_KEY!, baseUrl: env.OPENAI_BASE_URL, model: env.OPENAI_CHAT_MODEL } };
  }
  if (env.LLM === 'azure') {
    const endpoint = env.AZURE_OPENAI_ENDPOINT!;
    return {
      ...common,
      provider: {
        kind: 'azure',
        apiKey: env.AZURE_OPENAI_API_KEY!,
        endpoint: azureInstanceName.test(endpoint) ? `https://${endpoint}.openai.azure.com` : endpoint.replace(/\/+$/, ''),
        deployment: env.AZURE_OPENAI_DEPLOYMENT!,
        apiVersion: env.AZURE_OPENAI_API_VERSION,
      },
    };
  }
  return undefined;
}
