import type { GroundedAnswer } from '../knowledge/answer.js';
import { readSafety, type SafetyReading } from './safetyCheck.js';
import type { CouncilProfile } from '../profile/councilProfile.js';
import { LlmSentimentAnalyser } from '../sentiment/llmSentimentAnalyser.js';
import type { SentimentAnalyser } from '../sentiment/sentiment.js';
import { createChatModel, modelName } from './chatModel.js';
import type { CircuitState } from './circuitBreaker.js';
import { answerFromArticles, type AnswerFallbackReason, type AnswerOptions, type AnswerRequest } from './groundedAnswerer.js';
import { summariseHandoff, type HandoffSummary, type HandoffSummaryRequest } from './handoffSummariser.js';
import type { LlmContext, LlmOutcome } from './llmContext.js';
import type { LlmSettings } from './llmConfig.js';
import type { ConversationTurn } from './modelInput.js';
import type { PromptLibrary } from './prompts.js';
import { rewriteQuery } from './queryRewriter.js';
import { disabledRunner, ResilientModel, type LlmFailure, type LlmUsage } from './resilientModel.js';
import { extractSlots, type SlotSpecs } from './slotExtractor.js';

/**
 * The optional LLM, as the pipeline uses it. Every method returns a usable value: the model's,
 * or the embedded default with the reason (`source: 'fallback'`) when the LLM is off, the circuit
 * is open, the call fails or its output fails a check.
 *
 * Safety stays deterministic: none of this reads or changes emergency or safeguarding flags, and
 * the pipeline calls it only after the safety detectors have run on the resident's own words.
 */
export interface LlmServices {
  /** Before retrieval: a follow-up rewritten as a standalone query (the text as typed on fallback). */
  rewriteQuery(history: readonly ConversationTurn[], text: string): Promise<LlmOutcome<string, LlmFailure | 'no-history'>>;
  /** After `composeGroundedAnswer`: the model's answer from the same articles, or that extractive answer. */
  answer(request: AnswerRequest, options?: AnswerOptions): Promise<LlmOutcome<GroundedAnswer, AnswerFallbackReason>>;
  /** When a form starts: details already given in the first message (none on fallback). */
  extractSlots<Details>(text: string, slots: SlotSpecs<Details>): Promise<LlmOutcome<Partial<Details>, LlmFailure | 'no-slots'>>;
  /** For `HandoffRequest.summary` (see `handoffSummaryText`); the deterministic summary on fallback. */
  summariseHandoff(request: HandoffSummaryRequest): Promise<LlmOutcome<HandoffSummary>>;
  /** The model's sentiment reading, or `fallback`'s. */
  sentimentAnalyser(fallback: SentimentAnalyser): SentimentAnalyser;
  /** A second reading for risk, beside the offline safety layers; undefined when off, slow, down or invalid. */
  readSafety(text: string, budgetMs?: number): Promise<SafetyReading | undefined>;
  /** For status pages: `off` when no LLM is configured. */
  state(): CircuitState | 'off';
}

export interface LlmServiceParts {
  /** Undefined when LLM=off. */
  settings: LlmSettings | undefined;
  prompts: PromptLibrary;
  profile: CouncilProfile;
  /** Called once per model call that returned; the lead sends it to telemetry. */
  onUsage?: (usage: LlmUsage) => void;
  /** Tests inject the circuit breaker's clock and a no-wait sleep. */
  resilience?: { now?: () => number; sleep?: (ms: number) => Promise<void>; failureThreshold?: number; coolDownMs?: number; backoffMs?: number };
}

export function createLlmServices(parts: LlmServiceParts): LlmServices {
  const { settings } = parts;
  const runner = settings
    ? new ResilientModel({
        model: createChatModel(settings),
        modelName: modelName(settings),
        timeoutMs: settings.timeoutMs,
        maxRetries: settings.maxRetries,
        onUsage: parts.onUsage,
        ...parts.resilience,
      })
    : undefined;
  const context: LlmContext = {
    runner: runner ?? disabledRunner,
    prompts: parts.prompts,
    profile: parts.profile,
    redactPersonalData: settings?.redactPersonalData ?? true,
  };
  return {
    rewriteQuery: (history, text) => rewriteQuery(context, history, text),
    answer: (request, options) => answerFromArticles(context, request, options),
    extractSlots: (text, slots) => extractSlots(context, text, slots),
    summariseHandoff: (request) => summariseHandoff(context, request),
    sentimentAnalyser: (fallback) => new LlmSentimentAnalyser(context, fallback),
    readSafety: (text, budgetMs) => readSafety(context, text, budgetMs),
    state: () => runner?.breaker.state ?? 'off',
  };
}
