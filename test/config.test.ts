import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

const failure = (env: NodeJS.ProcessEnv): string => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('the configuration was accepted');
};

describe('configuration errors', () => {
  it('names the setting and shows a plain value, so the mistake is easy to find', () => {
    expect(failure({ PORT: 'eighty' })).toMatch(/PORT="eighty"/);
  });

  it('never prints the value of a secret', () => {
    const secret = 'sk-a-secret-that-must-not-leak';
    for (const env of [
      { METRICS_TOKEN: 'short' },
      { APPLICATIONINSIGHTS_CONNECTION_STRING: `NotAConnectionString=${secret}` },
      { WHATSAPP_APP_SECRET: secret },
      { LLM: 'openai', OPENAI_API_KEY: '' },
    ]) {
      const message = failure(env);
      expect(message).not.toContain(secret);
      expect(message).not.toContain('short');
      expect(message).toMatch(/\(value hidden\)/);
    }
  });
});
