import { OpenAIEmbeddings } from '@langchain/openai';
import { normalise, type Embedder } from './embedder.js';

export interface OpenAiEmbedderOptions {
  apiKey: string;
  /** For OpenAI-compatible servers (Azure OpenAI's v1 endpoint, Ollama, vLLM). */
  baseUrl?: string;
  model: string;
  /** Known dimensions of the model; measured from the first call when omitted. */
  dimensions?: number;
}

/** Embeddings from an OpenAI-compatible service through LangChain, for deployments that choose it. */
export class OpenAiEmbedder implements Embedder {
  readonly id: string;
  dimensions: number;
  private readonly client: OpenAIEmbeddings;

  constructor(options: OpenAiEmbedderOptions) {
    this.id = `openai:${options.model}`;
    this.dimensions = options.dimensions ?? 0;
    this.client = new OpenAIEmbeddings({
      apiKey: options.apiKey,
      model: options.model,
      configuration: options.baseUrl ? { baseURL: options.baseUrl } : undefined,
      maxRetries: 3,
    });
  }

  /** Asks for one vector so the manifest can record the model's dimensions before indexing. */
  async probeDimensions(): Promise<number> {
    if (this.dimensions === 0) this.dimensions = (await this.client.embedQuery('dimension probe')).length;
    return this.dimensions;
  }

  async embed(texts: string[]): Promise<number[][]> {
    if (texts.length === 0) return [];
    const vectors = texts.length === 1 ? [await this.client.embedQuery(texts[0]!)] : await this.client.embedDocuments(texts);
    return vectors.map(normalise);
  }
}
