import { describe, expect, it } from 'vitest';
import { llmEnvironmentSchema, llmSettingsFrom } from '../../src/llm/llmConfig.js';

const settings = (env: Record<string, string>) => llmSettingsFrom(llmEnvironmentSchema.parse(env));
const problems = (env: Record<string, string>) => llmEnvironmentSchema.safeParse(env).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('LLM settings', () => {
  it('is off by default', () => {
    expect(settings({})).toBeUndefined();
    expect(llmEnvironmentSchema.parse({}).PROMPTS_DIR).toBe('./prompts');
  });

  it('reads an OpenAI-compatible server with the embeddings variables and explicit defaults', () => {
    expect(settings({ LLM: 'openai', OPENAI_API_KEY: 'k', OPENAI_BASE_URL: 'http://localhost:11434/v1', OPENAI_CHAT_MODEL: 'llama3.1' })).toEqual({
      provider: { kind: 'openai', apiKey: 'k', baseUrl: 'http://localhost:11434/v1', model: 'llama3.1' },
      temperature: 0,
      timeoutMs: 10_000,
      maxRetries: 2,
      redactPersonalData: true,
    });
  });

  it('reads Azure OpenAI from an endpoint URL or an instance name', () => {
    const azure = { LLM: 'azure', AZURE_OPENAI_API_KEY: 'k', AZURE_OPENAI_DEPLOYMENT: 'chat' };
    expect(settings({ ...azure, AZURE_OPENAI_ENDPOINT: 'https://nbc.openai.azure.com/' })?.provider).toEqual({
      kind: 'azure',
      apiKey: 'k',
      endpoint: 'https://nbc.openai.azure.com',
      deployment: 'chat',
      apiVersion: '2024-10-21',
    });
    expect(settings({ ...azure, AZURE_OPENAI_ENDPOINT: 'nbc-openai' })?.provider).toMatchObject({ endpoint: 'https://nbc-openai.openai.azure.com' });
  });

  it('parses the tuning variables, including turning redaction off', () => {
    const parsed = settings({ LLM: 'openai', OPENAI_API_KEY: 'k', LLM_TEMPERATURE: '0.3', LLM_TIMEOUT_MS: '4000', LLM_MAX_RETRIES: '0', LLM_REDACT_PERSONAL_DATA: 'false' });
    expect(parsed).toMatchObject({ temperature: 0.3, timeoutMs: 4000, maxRetries: 0, redactPersonalData: false });
  });

  it('names each variable a provider is missing', () => {
    expect(problems({ LLM: 'openai' })).toEqual([expect.stringMatching(/^OPENAI_API_KEY: is required when LLM=openai/)]);
    expect(problems({ LLM: 'azure' })).toEqual([
      'AZURE_OPENAI_API_KEY: is required when LLM=azure',
      'AZURE_OPENAI_ENDPOINT: is required when LLM=azure',
      'AZURE_OPENAI_DEPLOYMENT: is required when LLM=azure',
    ]);
  });

  it('rejects bad values', () => {
    expect(problems({ LLM: 'gemini' })[0]).toMatch(/^LLM:/);
    expect(problems({ LLM_TEMPERATURE: '3' })[0]).toMatch(/^LLM_TEMPERATURE:/);
    expect(problems({ LLM_TIMEOUT_MS: '10' })[0]).toMatch(/^LLM_TIMEOUT_MS:/);
    expect(problems({ LLM_REDACT_PERSONAL_DATA: 'maybe' })[0]).toMatch(/^LLM_REDACT_PERSONAL_DATA:/);
    expect(problems({ AZURE_OPENAI_ENDPOINT: 'not a url' })[0]).toMatch(/^AZURE_OPENAI_ENDPOINT:/);
  });
});
