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

describe('listening and framing defaults', () => {
  it('listens on loopback unless HOST says otherwise', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it.each([
    ["'self'", ["'self'"]],
    ["'self' https://www.northbrook.example", ["'self'", 'https://www.northbrook.example']],
    ["'none'", ["'none'"]],
  ])('takes FRAME_ANCESTORS=%s', (value, expected) => {
    expect(loadConfig({ FRAME_ANCESTORS: value }).frameAncestors).toEqual(expected);
  });

  it.each(['http://www.northbrook.example', '*', "'self'; script-src *", 'javascript:alert(1)'])('refuses FRAME_ANCESTORS=%s', (value) => {
    expect(() => loadConfig({ FRAME_ANCESTORS: value })).toThrow(/FRAME_ANCESTORS/);
  });

  it.each(['X-Forwarded-For', 'X-Client-IP'])('takes TRUSTED_PROXY_HEADER=%s as a lower-case header name', (value) => {
    expect(loadConfig({ TRUSTED_PROXY_HEADER: value }).trustedProxyHeader).toBe(value.toLowerCase());
  });

  it('refuses a TRUSTED_PROXY_HEADER that is not a header name', () => {
    expect(() => loadConfig({ TRUSTED_PROXY_HEADER: 'X-Forwarded-For: 1.2.3.4' })).toThrow(/TRUSTED_PROXY_HEADER/);
  });
});

describe('the phone channel', () => {
  const token = { TWILIO_AUTH_TOKEN: 'twilio-auth-token' };
  const url = { PUBLIC_BASE_URL: 'https://assistant.northbrook.example/' };

  it.each([
    [{}, undefined],
    [{ ...token, ...url }, { authToken: 'twilio-auth-token', publicBaseUrl: 'https://assistant.northbrook.example' }],
  ])('is on only with both settings: %j', (env, voice) => {
    expect(loadConfig(env).voice).toEqual(voice);
  });

  it.each([
    [token, /PUBLIC_BASE_URL/],
    [url, /TWILIO_AUTH_TOKEN/],
    [{ ...token, PUBLIC_BASE_URL: 'assistant.northbrook.example' }, /PUBLIC_BASE_URL/],
  ])('fails fast on one without the other, or a URL that is not one: %j', (env, named) => {
    const message = failure(env);
    expect(message).toMatch(named);
    expect(message).not.toContain('twilio-auth-token');
  });
});
