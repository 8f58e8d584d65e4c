import { openAssistantKnowledge, type AssistantKnowledge } from '../../src/knowledge/assistantKnowledge.js';
import { createLogger } from '../../src/logger.js';
import { loadCouncilProfile } from '../../src/profile/councilProfile.js';
import type { Triage } from '../../src/triage/triage.js';
import { createAssistantTriage } from '../../src/conversation/assistantTriage.js';
import { sharedIndexDir } from './sharedIndex.js';

export const bundledProfile = loadCouncilProfile('knowledge/council.yaml');

/** The bundled knowledge over the shared test index, with the real embedded model. */
export function openBundledKnowledge(): Promise<AssistantKnowledge> {
  return openAssistantKnowledge({
    config: { knowledgeDir: 'knowledge', councilProfilePath: 'knowledge/council.yaml', indexDir: sharedIndexDir, embeddings: { provider: 'local' } },
    profile: bundledProfile,
    logger: createLogger('silent'),
  });
}

/**
 * The live bot's triage on the bundled knowledge and the shared test index, with no LLM.
 * Pass `now` when a test's expectation depends on opening hours, so it does not depend on when CI runs.
 */
export async function openOfflineTriage(now?: () => Date): Promise<Triage> {
  return createAssistantTriage({ profile: bundledProfile, knowledge: await openBundledKnowledge(), knowledgeDir: 'knowledge', ...(now && { now }) });
}
