import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { loadCouncilProfile } from '../src/profile/councilProfile.js';
import { openKnowledgeIndex } from '../src/knowledge/openKnowledgeIndex.js';
import { UseLiteEmbedder } from '../src/knowledge/useLiteEmbedder.js';
import { sharedIndexDir } from './support/sharedIndex.js';

/**
 * Builds the bundled knowledge index once per test run (about half a minute cold), so every
 * test app opens it in milliseconds. An index that is already current is reused.
 */
export default async function buildSharedIndex(): Promise<void> {
  const config = loadConfig({ INDEX_DIR: sharedIndexDir });
  const profile = loadCouncilProfile(config.councilProfilePath);
  await openKnowledgeIndex({ ...config, indexDir: sharedIndexDir, profile, embedder: new UseLiteEmbedder(), logger: createLogger('warn', process.stderr) });
}
