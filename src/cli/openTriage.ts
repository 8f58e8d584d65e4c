import { loadConfig, type AppConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { loadCouncilProfile } from '../profile/councilProfile.js';
import { openAssistantKnowledge, type AssistantKnowledge } from '../knowledge/assistantKnowledge.js';
import type { Triage } from '../triage/triage.js';
import { createAssistantTriage } from '../conversation/assistantTriage.js';

export interface CliTriage {
  config: AppConfig;
  knowledge: AssistantKnowledge;
  triage: Triage;
}

/**
 * The live bot's triage, built from the same config and parts as the server, for the command
 * line tools. Logs go to stderr so stdout carries only results.
 */
export async function openCliTriage(): Promise<CliTriage> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, process.stderr);
  const profile = loadCouncilProfile(config.councilProfilePath);
  const knowledge = await openAssistantKnowledge({ config, profile, logger });
  const triage = createAssistantTriage({ profile, knowledge, knowledgeDir: config.knowledgeDir });
  return { config, knowledge, triage };
}
