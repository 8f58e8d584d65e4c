import { describe, expect, it } from 'vitest';
import { AzureChatOpenAI, ChatOpenAI } from '@langchain/openai';
import { createChatModel } from '../../src/llm/chatModel.js';
import { llmEnvironmentSchema, llmSettingsFrom } from '../../src/llm/llmConfig.js';
import { createLlmServices } from '../../src/llm/llmServices.js';
import { useFakeOpenAi } from './fakeOpenAi.js';
import { answerRequest, profile, prompts, retrieved, settingsFor } from './harness.js';

const garden = 'waste-collections-garden-waste-subscription';
const lexicon = { analyse: async () => ({ score: 0, label: 'neutral' as const, emotions: [] }) };

describe('choosing the model', () => {
  const fake = useFakeOpenAi();

  it('builds ChatOpenAI for openai and AzureChatOpenAI for azure', async () => {
    expect(await createChatModel(settingsFor(fake))).toBeInstanceOf(ChatOpenAI);
    const azure = llmSettingsFrom(llmEnvironmentSchema.parse({ LLM: 'azure', AZURE_OPENAI_API_KEY: 'k', AZURE_OPENAI_ENDPOINT: 'nbc', AZURE_OPENAI_DEPLOYMENT: 'chat' }))!;
    expect(await createChatModel(azure)).toBeInstanceOf(AzureChatOpenAI);
  });

  it('talks to an Azure OpenAI deployment with its key and API version', async () => {
    const settings = llmSettingsFrom(
      llmEnvironmentSchema.parse({ LLM: 'azure', AZURE_OPENAI_API_KEY: 'azure-key', AZURE_OPENAI_ENDPOINT: fake.origin, AZURE_OPENAI_DEPLOYMENT: 'council-chat' }),
    );
    const llm = createLlmServices({ settings, prompts, profile });
    fake.script({ json: { answer: 'The garden waste service costs £52 a year for one bin.', citations: [garden] } });
    expect(await llm.answer(answerRequest('garden bin cost?', retrieved([garden, 0.8])))).toMatchObject({ source: 'llm' });
    const request = fake.requests.at(-1)!;
    expect(request.path).toBe('/openai/deployments/council-chat/chat/completions?api-version=2024-10-21');
    expect(request.headers['api-key']).toBe('azure-key');
  });
});

describe('with the LLM off', () => {
  const llm = createLlmServices({ settings: undefined, prompts, profile });

  it('every feature gives its embedded default', async () => {
    const request = answerRequest('How much is the garden waste bin?', retrieved([garden, 0.8]));
    expect(llm.state()).toBe('off');
    expect(await llm.answer(request)).toEqual({ source: 'fallback', reason: 'disabled', value: request.extractive });
    expect(await llm.rewriteQuery([{ from: 'resident', text: 'bins' }], 'garden?')).toEqual({ source: 'fallback', reason: 'disabled', value: 'garden?' });
    expect(await llm.extractSlots('brown bin', { binType: { description: 'bin', parse: (text) => ({ ok: true, value: text }) } })).toEqual({
      source: 'fallback',
      reason: 'disabled',
      value: {},
    });
    expect(await llm.summariseHandoff({ topic: 'missed-bin', transcript: [], details: {} })).toMatchObject({
      source: 'fallback',
      value: { summary: 'The resident has not written anything yet.' },
    });
    expect(await llm.sentimentAnalyser(lexicon).analyse('fine')).toEqual({ score: 0, label: 'neutral', emotions: [] });
  });
});
