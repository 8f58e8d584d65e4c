import { LRUCache } from 'lru-cache';
import type { Embedder } from './embedder.js';
import { firstPart } from './textTokens.js';
import { encoderInputLimit } from './useLiteModel.js';

/** Counts since start, for `/metrics`. */
export interface EmbeddingCacheStats {
  hits: number;
  misses: number;
}

/** Questions remembered: about 4 KB each as numbers, so 5,000 is some 20 MB at most. */
const defaultCapacity = 5_000;

/**
 * What the encoder is given, and the cache's key: spacing made regular and the part the encoder
 * reads. Case is kept, because the encoder does not fold it ("BIN" and "bin" differ).
 */
export function queryText(text: string): string {
  return firstPart(text.normalize('NFC').replace(/\s+/g, ' ').trim(), encoderInputLimit);
}

/**
 * Query embeddings remembered by their normalised text (least recently used go first), so a
 * repeated question skips the encoder: residents repeat the commonest questions word for word.
 * The same question asked twice at once is encoded once. Only for queries: indexing reuses
 * vectors by chunk hash instead.
 */
export class CachedEmbedder implements Embedder {
  readonly id: string;
  readonly dimensions: number;
  private readonly cache: LRUCache<string, Promise<number[]>>;
  private hits = 0;
  private misses = 0;

  constructor(
    private readonly inner: Embedder,
    capacity = defaultCapacity,
  ) {
    this.id = inner.id;
    this.dimensions = inner.dimensions;
    this.cache = new LRUCache({ max: capacity });
  }

  embed(texts: string[]): Promise<number[][]> {
    return Promise.all(texts.map((text) => this.one(queryText(text))));
  }

  private one(key: string): Promise<number[]> {
    const cached = this.cache.get(key);
    if (cached) {
      this.hits += 1;
      return cached;
    }
    this.misses += 1;
    const vector = this.inner.embed([key]).then(([first]) => {
      if (!first) throw new Error('the embedder returned no vector');
      return first;
    });
    this.cache.set(key, vector);
    // A failure is not remembered: the next asking tries again.
    vector.catch(() => this.cache.delete(key));
    return vector;
  }

  stats(): EmbeddingCacheStats {
    return { hits: this.hits, misses: this.misses };
  }
}
