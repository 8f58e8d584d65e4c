import type { AppConfig } from '../config.js';
import type { Embedder } from './embedder.js';
import { indexingThreads, PooledEmbedder, servingThreads } from './pooledEmbedder.js';

/**
 * What the embedder is for: the bundled encoder leaves one core to the event loop while the server
 * runs (questions, and a rebuild at start, when health probes must still answer), and takes every
 * core for `npm run ingest`, when nothing else runs.
 */
export type EmbedderUse = 'questions' | 'indexing';

/** The one place the embedding model is chosen from config; the index manifest records its id. */
export async function chooseEmbedder(config: Pick<AppConfig, 'embeddings'>, use: EmbedderUse): Promise<Embedder> {
  if (config.embeddings.provider === 'local') {
    return new PooledEmbedder({ threads: config.embeddings.threads ?? (use === 'indexing' ? indexingThreads() : servingThreads()) });
  }
  // Imported only when chosen: the hosted embedder's LangChain package is idle weight offline.
  const { OpenAiEmbedder } = await import('./openAiEmbedder.js');
  const embedder = new OpenAiEmbedder(config.embeddings);
  await embedder.probeDimensions();
  return embedder;
}
