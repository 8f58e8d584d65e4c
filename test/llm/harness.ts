import { fileURLToPath } from 'node:url';
import { composeGroundedAnswer } from '../../src/knowledge/answer.js';
import { loadArticles, type Article } from '../../src/knowledge/article.js';
import type { RetrievedArticle } from '../../src/knowledge/hybridRetriever.js';
import { llmEnvironmentSchema, llmSettingsFrom, type LlmSettings } from '../../src/llm/llmConfig.js';
import { createLlmServices, type LlmServices } from '../../src/llm/llmServices.js';
import { loadPrompts } from '../../src/llm/prompts.js';
import type { LlmUsage } from '../../src/llm/resilientModel.js';
import { profile } from '../cases/profileFixture.js';
import type { FakeOpenAi } from './fakeOpenAi.js';

export { profile };
export const prompts = loadPrompts(fileURLToPath(new URL('../../prompts', import.meta.url)));
const articles = new Map(loadArticles(fileURLToPath(new URL('../../knowledge/articles', import.meta.url)), profile).map((article) => [article.id, article]));

export function article(id: string): Article {
  const found = articles.get(id);
  if (!found) throw new Error(`no article ${id}`);
  return found;
}

/** A retrieval result as the hybrid retriever gives it, best first. */
export const retrieved = (...hits: [id: string, score: number][]): RetrievedArticle[] =>
  hits.map(([id, score]) => ({ article: article(id), score, sectionIndex: 0, denseSimilarity: score, lexicalScore: 10 }));

/** The question, its retrieval and the extractive answer, as the pipeline has them before the LLM. */
export function answerRequest(question: string, hits: RetrievedArticle[], history: { from: 'resident' | 'bot'; text: string }[] = []) {
  return { question, history, retrieved: hits, extractive: composeGroundedAnswer(question, hits, []) };
}

export function settingsFor(fake: FakeOpenAi, overrides: Record<string, string> = {}): LlmSettings {
  return llmSettingsFrom(
    llmEnvironmentSchema.parse({ LLM: 'openai', OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: fake.url, OPENAI_CHAT_MODEL: 'gpt-4o-mini', ...overrides }),
  )!;
}

export interface Harness {
  llm: LlmServices;
  usage: LlmUsage[];
  /** The circuit breaker's clock. */
  clock: { now: number };
  /** Backoff waits asked for (none are actually waited). */
  waits: number[];
}

/** Services over the fake server, with a hand-driven clock and no real backoff waits. */
export function servicesFor(fake: FakeOpenAi, overrides: Record<string, string> = {}): Harness {
  const usage: LlmUsage[] = [];
  const clock = { now: 1_000_000 };
  const waits: number[] = [];
  const llm = createLlmServices({
    settings: settingsFor(fake, overrides),
    prompts,
    profile,
    onUsage: (entry) => usage.push(entry),
    resilience: {
      now: () => clock.now,
      sleep: async (ms) => {
        waits.push(ms);
      },
      failureThreshold: 3,
      coolDownMs: 60_000,
    },
  });
  return { llm, usage, clock, waits };
}
