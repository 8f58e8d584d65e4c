import { smalltalkReply, talkToSomeoneReply } from '../../src/bot/phrases.js';
import { openAssistantKnowledge } from '../../src/knowledge/assistantKnowledge.js';
import { loadServiceTerms } from '../../src/knowledge/serviceTerms.js';
import { createLogger } from '../../src/logger.js';
import { loadCouncilProfile } from '../../src/profile/councilProfile.js';
import { assessSafety } from '../../src/triage/safety.js';
import { createTriage, type Triage } from '../../src/triage/triage.js';
import { sharedIndexDir } from './sharedIndex.js';

export const bundledProfile = loadCouncilProfile('knowledge/council.yaml');

/** The live bot's triage on the bundled knowledge and the shared test index, with no LLM. */
export async function openOfflineTriage(): Promise<Triage> {
  const knowledge = await openAssistantKnowledge({
    config: { knowledgeDir: 'knowledge', councilProfilePath: 'knowledge/council.yaml', indexDir: sharedIndexDir, embeddings: { provider: 'local' } },
    profile: bundledProfile,
    logger: createLogger('silent'),
  });
  return createTriage({
    profile: bundledProfile,
    assessSafety,
    knowledge,
    phrases: { talkToSomeone: talkToSomeoneReply, smalltalk: smalltalkReply },
    serviceTerms: loadServiceTerms('knowledge'),
  });
}
