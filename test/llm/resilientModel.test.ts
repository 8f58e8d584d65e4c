import { describe, expect, it } from 'vitest';
import { useFakeOpenAi } from './fakeOpenAi.js';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { ResilientModel } from '../../src/llm/resilientModel.js';
import { answerRequest, retrieved, servicesFor } from './harness.js';

const garden = 'waste-collections-garden-waste-subscription';
const history = [{ from: 'resident' as const, text: 'When is my black bin collected?' }];
const rewritten = { json: { query: 'garden waste bin collection day' } };
const lexicon = { analyse: async () => ({ score: 0, label: 'neutral' as const, emotions: [] }) };

describe('resilience', () => {
  const fake = useFakeOpenAi();

  it('gives up on a slow reply at the timeout, without retrying, and falls back', async () => {
    const { llm } = servicesFor(fake, { LLM_TIMEOUT_MS: '500' });
    fake.script({ ...rewritten, delayMs: 3000 });
    const started = Date.now();
    const result = await llm.rewriteQuery(history, 'what about the garden one?');
    // Before the slow reply could have come (3 s): on a loaded machine a 500 ms timeout has taken over 2 s to fire.
    expect(Date.now() - started).toBeLessThan(3000);
    expect(result).toEqual({ source: 'fallback', reason: 'timeout', value: 'what about the garden one?' });
    expect(fake.requests).toHaveLength(1);
  });

  it('retries a 429 with backoff, then succeeds', async () => {
    const { llm, waits } = servicesFor(fake);
    fake.script({ status: 429 }, rewritten);
    expect(await llm.rewriteQuery(history, 'what about the garden one?')).toEqual({ source: 'llm', value: 'garden waste bin collection day' });
    expect(fake.requests).toHaveLength(2);
    expect(waits).toEqual([250]);
  });

  it('retries 5xx at most LLM_MAX_RETRIES times, doubling the wait', async () => {
    const { llm, waits } = servicesFor(fake, { LLM_MAX_RETRIES: '2' });
    fake.script({ status: 500 }, { status: 503 }, { status: 502 });
    expect(await llm.rewriteQuery(history, 'garden?')).toEqual({ source: 'fallback', reason: 'service-error', value: 'garden?' });
    expect(fake.requests).toHaveLength(3);
    expect(waits).toEqual([250, 500]);
  });

  it('does not retry a client error such as 400', async () => {
    const { llm } = servicesFor(fake);
    fake.script({ status: 400 });
    expect(await llm.rewriteQuery(history, 'garden?')).toMatchObject({ source: 'fallback', reason: 'service-error' });
    expect(fake.requests).toHaveLength(1);
  });

  it('opens the circuit after repeated failures: every feature uses its default with no HTTP calls, then recovers after the cool-down', async () => {
    const { llm, clock } = servicesFor(fake, { LLM_MAX_RETRIES: '0' });
    for (let call = 0; call < 3; call += 1) {
      expect(await llm.rewriteQuery(history, 'garden?')).toMatchObject({ reason: 'service-error' });
    }
    expect(fake.requests).toHaveLength(3);
    expect(llm.state()).toBe('open');

    const request = answerRequest('How much is the garden waste bin?', retrieved([garden, 0.8]));
    expect(await llm.answer(request)).toEqual({ source: 'fallback', reason: 'circuit-open', value: request.extractive });
    expect(await llm.rewriteQuery(history, 'garden?')).toMatchObject({ source: 'fallback', reason: 'circuit-open' });
    expect(await llm.extractSlots('my garden bin', { binType: { description: 'which bin', parse: (text) => ({ ok: true, value: text }) } })).toEqual({
      source: 'fallback',
      reason: 'circuit-open',
      value: {},
    });
    expect(await llm.summariseHandoff({ topic: 'missed-bin', transcript: history, details: {} })).toMatchObject({ source: 'fallback', reason: 'circuit-open' });
    expect(await llm.sentimentAnalyser(lexicon).analyse('this is ridiculous')).toEqual({ score: 0, label: 'neutral', emotions: [] });
    expect(fake.requests).toHaveLength(3);

    clock.now += 60_000;
    expect(llm.state()).toBe('half-open');
    fake.script(rewritten);
    expect(await llm.rewriteQuery(history, 'what about the garden one?')).toEqual({ source: 'llm', value: 'garden waste bin collection day' });
    expect(llm.state()).toBe('closed');
    expect(fake.requests).toHaveLength(4);
  });

  it('reopens when the trial call after the cool-down fails', async () => {
    const { llm, clock } = servicesFor(fake, { LLM_MAX_RETRIES: '0' });
    for (let call = 0; call < 3; call += 1) await llm.rewriteQuery(history, 'garden?');
    clock.now += 60_000;
    await llm.rewriteQuery(history, 'garden?');
    expect(llm.state()).toBe('open');
    expect(fake.requests).toHaveLength(4);
  });

  it('does not count a reply that fails its schema as the service failing', async () => {
    const { llm } = servicesFor(fake, { LLM_MAX_RETRIES: '0' });
    fake.script({ content: 'not json' }, { content: 'not json' }, { content: 'not json' });
    for (let call = 0; call < 3; call += 1) expect(await llm.rewriteQuery(history, 'garden?')).toMatchObject({ reason: 'invalid-output' });
    expect(llm.state()).toBe('closed');
  });

  it("starts the timeout once the client library has loaded: a slow first import is not the provider's slowness", async () => {
    const loading = new Promise<BaseChatModel>((resolve) => setTimeout(() => resolve({} as BaseChatModel), 300));
    const resilient = new ResilientModel({ model: loading, modelName: 'fake', timeoutMs: 100, maxRetries: 0 });
    expect(await resilient.call('query-rewrite', async () => 'answered')).toEqual({ ok: true, value: 'answered' });
  });
});
