import { loadConfig, type AppConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { loadCouncilProfile } from '../profile/councilProfile.js';
import { chooseEmbedder } from '../knowledge/chooseEmbedder.js';
import { PooledEmbedder } from '../knowledge/pooledEmbedder.js';
import { useLiteModel } from '../knowledge/useLiteModel.js';
import { openAssistantKnowledge, type AssistantKnowledge } from '../knowledge/assistantKnowledge.js';
import type { TriageDecision } from '../triage/triage.js';
import { assessSafety } from '../triage/safety.js';
import { createSafetyByExample } from '../triage/safety/byExample.js';
import { withLlmReading } from '../triage/safety/llmAddition.js';
import { createAssistantTriage } from '../conversation/assistantTriage.js';

export interface CliTriage {
  config: AppConfig;
  knowledge: AssistantKnowledge;
  /** One message through safety first (the offline layers, then the reading by example), then triage. */
  triage: (text: string) => Promise<TriageDecision>;
  /** Stops the encoder threads. */
  close(): Promise<void>;
}

/**
 * The live bot's triage, built from the same config and parts as the server, for the command
 * line tools: the offline safety layers, the reading by example added as the bot adds its second
 * readings, then the shared triage. Logs go to stderr so stdout carries only results.
 */
export async function openCliTriage(): Promise<CliTriage> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, process.stderr);
  const profile = loadCouncilProfile(config.councilProfilePath);
  const embedder = await chooseEmbedder(config, 'questions');
  const knowledge = await openAssistantKnowledge({ config, profile, logger, embedder });
  // The example bank's vectors come from the bundled encoder: with hosted embeddings it runs beside them.
  const encoder = embedder.id === useLiteModel.id ? embedder : new PooledEmbedder({ threads: 1 });
  const readByExample = createSafetyByExample(encoder);
  const shared = createAssistantTriage({ profile, knowledge, knowledgeDir: config.knowledgeDir });
  return {
    config,
    knowledge,
    triage: async (text) => shared(text, withLlmReading(assessSafety(text), await readByExample(text), 'example')),
    close: async () => {
      await knowledge.close();
      if (encoder !== embedder) await encoder.close?.();
    },
  };
}
