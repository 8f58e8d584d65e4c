import type { AppConfig } from '../config.js';
import type { Embedder } from './embedder.js';
import { OpenAiEmbedder } from './openAiEmbedder.js';
import { indexingThreads, PooledEmbedder, servingThreads } from './pooledEmbedder.js';

/** What the embedder is for: the bundled encoder gets every core for indexing, and leaves one to the event loop for questions. */
export type EmbedderUse = 'questions' | 'indexing';

/** The one place the embedding model is chosen from config; the index manifest records its id. */
export async function chooseEmbedder(config: Pick<AppConfig, 'embeddings'>, use: EmbedderUse): Promise<Embedder> {
  if (config.embeddings.provider === 'local') {
    return new PooledEmbedder({ threads: config.embeddings.threads ?? (use === 'indexing' ? indexingThreads() : servingThreads()) });
  }
  const embedder = new OpenAiEmbedder(config.embeddings);
  await embedder.probeDimensions();
  return embedder;
}
