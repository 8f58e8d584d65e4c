import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { KnowledgeError } from '../knowledge/article.js';
import { buildKnowledgeIndex, reusableVectors, writeKnowledgeIndex } from '../knowledge/knowledgeIndex.js';
import { readKnowledgeContent } from '../knowledge/openKnowledgeIndex.js';
import { chooseEmbedder } from '../knowledge/chooseEmbedder.js';
import { loadCouncilProfile, ProfileError } from '../profile/councilProfile.js';

/**
 * `npm run ingest`: validates every article and rebuilds the index in INDEX_DIR. `npm start`
 * does the same by itself when content changed; this is for content editors and CI.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, process.stderr);
  try {
    const profile = loadCouncilProfile(config.councilProfilePath);
    const content = await readKnowledgeContent({ ...config, profile });
    const encoder = await chooseEmbedder(config, 'indexing');
    // Chunks whose text is unchanged keep their vectors from the index already there.
    const index = await buildKnowledgeIndex(content, encoder, { reuse: reusableVectors(config.indexDir, encoder) });
    await encoder.close?.();
    await writeKnowledgeIndex(index, config.indexDir);
    const { articleCount, chunkCount, embeddedChunkCount, buildMilliseconds, embedder } = index.manifest;
    console.log(
      `Indexed ${articleCount} articles (${chunkCount} chunks, ${embeddedChunkCount} embedded, the rest unchanged) with ${embedder.id} in ${(buildMilliseconds / 1000).toFixed(1)} s → ${config.indexDir}`,
    );
  } catch (error) {
    if (error instanceof KnowledgeError || error instanceof ProfileError) {
      logger.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

await main();
