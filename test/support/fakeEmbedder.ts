import { createHash } from 'node:crypto';
import { normalise, type Embedder } from '../../src/knowledge/embedder.js';
import { words } from '../../src/knowledge/textTokens.js';

/** A deterministic bag-of-words embedder: fast, offline, and enough to test index plumbing. */
export class HashingEmbedder implements Embedder {
  readonly dimensions = 64;
  calls = 0;
  /** Texts embedded over all calls. */
  texts = 0;
  constructor(readonly id = 'hashing-test@1') {}

  async embed(texts: string[], onProgress?: (done: number) => void): Promise<number[][]> {
    this.calls += 1;
    this.texts += texts.length;
    onProgress?.(texts.length);
    return texts.map((text) => {
      const vector = new Array<number>(this.dimensions).fill(0);
      for (const word of words(text)) vector[createHash('sha1').update(word).digest()[0]! % this.dimensions]! += 1;
      return normalise(vector);
    });
  }
}
