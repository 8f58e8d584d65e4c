import { describe, expect, it } from 'vitest';
import { CachedEmbedder, queryText } from '../../src/knowledge/cachedEmbedder.js';
import type { Embedder } from '../../src/knowledge/embedder.js';
import { HashingEmbedder } from '../support/fakeEmbedder.js';

/** Fails the first call, then works: a failure must not be remembered. */
class FlakyEmbedder implements Embedder {
  readonly id = 'flaky@1';
  readonly dimensions = 64;
  private failed = false;
  private readonly inner = new HashingEmbedder();
  async embed(texts: string[]): Promise<number[][]> {
    if (!this.failed) {
      this.failed = true;
      throw new Error('encoder down');
    }
    return this.inner.embed(texts);
  }
}

describe('the query embedding cache', () => {
  it('counts a repeat as a hit and gives the same vector, whatever the spacing', async () => {
    const inner = new HashingEmbedder();
    const cache = new CachedEmbedder(inner);
    const [first] = await cache.embed(['when is my bin day']);
    const [again] = await cache.embed(['  when is my   bin day ']);
    expect(again).toBe(first);
    expect(inner.texts).toBe(1);
    expect(cache.stats()).toEqual({ hits: 1, misses: 1 });
  });

  it('keeps case apart, because the encoder does', async () => {
    const cache = new CachedEmbedder(new HashingEmbedder());
    await cache.embed(['BIN day']);
    await cache.embed(['bin day']);
    expect(cache.stats()).toEqual({ hits: 0, misses: 2 });
  });

  it('encodes a question asked twice at once only once', async () => {
    const inner = new HashingEmbedder();
    const cache = new CachedEmbedder(inner);
    const [a, b] = await Promise.all([cache.embed(['pay council tax']), cache.embed(['pay council tax'])]);
    expect(a).toEqual(b);
    expect(inner.texts).toBe(1);
  });

  it('forgets the least recently used question when full', async () => {
    const inner = new HashingEmbedder();
    const cache = new CachedEmbedder(inner, 2);
    for (const text of ['one', 'two', 'one', 'three', 'one', 'two']) await cache.embed([text]);
    // "two" was the least recently used when "three" came, so it is encoded again at the end.
    expect(inner.texts).toBe(4);
  });

  it('does not remember a failure', async () => {
    const cache = new CachedEmbedder(new FlakyEmbedder());
    await expect(cache.embed(['report a pothole'])).rejects.toThrow('encoder down');
    await expect(cache.embed(['report a pothole'])).resolves.toHaveLength(1);
  });

  it.each([
    ['spacing made regular', ' a \n\t b ', 'a b'],
    ['cut to what the encoder reads', `${'word '.repeat(200)}`, 'word '.repeat(100).trim()],
  ])('normalises the text it encodes: %s', (_, text, expected) => {
    expect(queryText(text)).toBe(expected);
  });
});
