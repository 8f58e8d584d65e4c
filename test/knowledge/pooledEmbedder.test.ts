import { afterAll, describe, expect, it } from 'vitest';
import { dot } from '../../src/knowledge/embedder.js';
import { PooledEmbedder } from '../../src/knowledge/pooledEmbedder.js';
import { UseLiteEmbedder } from '../../src/knowledge/useLiteEmbedder.js';

describe('the encoder on worker threads', () => {
  const pooled = new PooledEmbedder({ threads: 2 });
  afterAll(() => pooled.close());

  it('gives the vectors the encoder gives in this thread, in the order asked, reporting progress', async () => {
    const texts = Array.from({ length: 40 }, (_, position) => `question number ${position} about ${position % 2 ? 'bins' : 'council tax'}`);
    const heard: number[] = [];
    const [fromPool, inThread] = await Promise.all([pooled.embed(texts, (done) => heard.push(done)), new UseLiteEmbedder().embed(texts)]);
    expect(fromPool).toHaveLength(texts.length);
    fromPool.forEach((vector, position) => expect(dot(vector, inThread[position]!)).toBeGreaterThan(0.9999));
    expect(heard.at(-1)).toBe(texts.length);
    expect(pooled.id).toBe(new UseLiteEmbedder().id);
  });

  it('answers nothing for nothing', async () => {
    expect(await pooled.embed([])).toEqual([]);
  });

  it("a resident's safety reading goes ahead of indexing that queued first (on a cold start it waited for the whole index)", async () => {
    const oneThread = new PooledEmbedder({ threads: 1 });
    try {
      await oneThread.warm();
      let indexed = 0;
      const chunks = Array.from({ length: 96 }, (_, position) => `chunk ${position} of an article about bulky waste collections and what they cost`);
      const indexing = oneThread.embed(chunks, (done) => (indexed = done));
      const indexedWhenRead = oneThread.readByExample('I can smell gas in the kitchen').then(() => indexed);
      await indexing;
      // At most the chunks the thread had started on (16 a task) were encoded first, not all six tasks' worth.
      expect(await indexedWhenRead).toBeLessThanOrEqual(32);
    } finally {
      await oneThread.close();
    }
  });
});
