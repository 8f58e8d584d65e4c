import type { CouncilProfile } from '../profile/councilProfile.js';
import type { PromptLibrary } from './prompts.js';
import type { LlmFailure, LlmRunner } from './resilientModel.js';

/** What every LLM feature needs. */
export interface LlmContext {
  runner: LlmRunner;
  prompts: PromptLibrary;
  profile: CouncilProfile;
  /** Resident text goes through `redactPersonalData` before it reaches the model. */
  redactPersonalData: boolean;
}

/**
 * A feature's result: the model's, or the embedded default and why. Features never throw, so a
 * caller always has a value to use and a reason to record.
 */
export type LlmOutcome<T, Reason extends string = LlmFailure> = { value: T; source: 'llm' } | { value: T; source: 'fallback'; reason: Reason };

export const fromModel = <T>(value: T): { value: T; source: 'llm' } => ({ value, source: 'llm' });
export const fallback = <T, Reason extends string>(value: T, reason: Reason): { value: T; source: 'fallback'; reason: Reason } => ({
  value,
  source: 'fallback',
  reason,
});
