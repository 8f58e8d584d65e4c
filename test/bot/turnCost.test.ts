import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchange, messageTexts, residentMessage, startTestApp } from '../support/testApp.js';

type App = Awaited<ReturnType<typeof startTestApp>>;

/** The query embedding cache's counters on /metrics: every question the encoder saw is a hit or a miss. */
async function encoderCounts(app: App): Promise<{ hits: number; misses: number }> {
  const exposition = await (await fetch(`${app.url}/metrics`)).text();
  const value = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(exposition)?.[1]);
  return { hits: value('assistant_query_embedding_cache_hits_total'), misses: value('assistant_query_embedding_cache_misses_total') };
}

describe('what a turn costs: the encoder runs only for a question', () => {
  let app: App;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => app?.close());

  // Each step is sent in its conversation; the change in the counters after it is [hits, misses].
  const steps: [string, string, string, [number, number]][] = [
    ['a new question is encoded', 'first', 'how do I apply for a parking permit for my street', [0, 1]],
    ['the same question from someone else comes from the cache', 'second', 'how do I apply for a parking permit for my street', [1, 0]],
    ['a menu button that starts a form is not routed', 'third', 'Report a missed bin', [0, 0]],
    ['an answer inside the form is not routed', 'third', 'the recycling one', [0, 0]],
    ['a short wrong answer inside the form is asked again, not routed', 'third', 'purple', [0, 0]],
  ];

  it.each(steps)('%s', async (_, conversation, text, [hits, misses]) => {
    const before = await encoderCounts(app);
    const replies = messageTexts(await exchange(app.url, residentMessage(`turn-cost-${conversation}`, text)));
    expect(replies.length).toBeGreaterThan(0);
    const after = await encoderCounts(app);
    expect([after.hits - before.hits, after.misses - before.misses]).toEqual([hits, misses]);
  });
});
