import { loadServiceTerms } from '../knowledge/serviceTerms.js';
import type { CouncilProfile } from '../profile/councilProfile.js';
import { assessSafety } from '../triage/safety.js';
import { createTriage, type Triage, type TriageKnowledge, type TriageLlm } from '../triage/triage.js';
import { contactDetailsReply, smalltalkReply, talkToSomeoneReply } from './phrases.js';

export interface AssistantTriageParts {
  profile: CouncilProfile;
  knowledge: TriageKnowledge | Promise<TriageKnowledge>;
  /** The knowledge folder, for `service-terms.yaml`. */
  knowledgeDir: string;
  llm?: TriageLlm;
  /** The clock for opening hours (the app's; the real one by default). */
  now?: () => Date;
  /** How long a question waits for an index still loading (`TriageParts.indexWaitMs`). */
  indexWaitMs?: number;
}

/** The one triage the bot, the command-line tools and the tests use: the safety detectors, the bot's phrases, the service terms. */
export function createAssistantTriage({ profile, knowledge, knowledgeDir, llm, now, indexWaitMs }: AssistantTriageParts): Triage {
  return createTriage({
    profile,
    assessSafety,
    knowledge,
    phrases: { talkToSomeone: talkToSomeoneReply, contactDetails: contactDetailsReply, smalltalk: smalltalkReply },
    serviceTerms: loadServiceTerms(knowledgeDir),
    ...(llm && { llm }),
    ...(now && { now }),
    ...(indexWaitMs !== undefined && { indexWaitMs }),
  });
}
