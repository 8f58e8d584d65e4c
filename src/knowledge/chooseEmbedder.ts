import type { AppConfig } from '../config.js';
import type { Embedder } from './embedder.js';
import { OpenAiEmbedder } from './openAiEmbedder.js';
import { PooledEmbedder } from './pooledEmbedder.js';

/** The one place the embedding model is chosen from config; the index manifest records its id. */
export async function chooseEmbedder(config: Pick<AppConfig, 'embeddings'>): Promise<Embedder> {
  if (config.embeddings.provider === 'local') return new PooledEmbedder({ threads: config.embeddings.threads });
  const embedder = new OpenAiEmbedder(config.embeddings);
  await embedder.probeDimensions();
  return embedder;
}
