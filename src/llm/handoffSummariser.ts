import { z } from 'zod';
import { clipped } from '../clipped.js';
import { handoffDetailLines } from '../handoff/handoffSummary.js';
import { redactPersonalData } from '../privacy/redact.js';
import { factsIn } from './facts.js';
import { fallback, fromModel, type LlmContext, type LlmOutcome } from './llmContext.js';
import { asData, conversationData, type ConversationTurn } from './modelInput.js';
import { structuredCall } from './structuredCall.js';

export interface HandoffSummary {
  topic: string;
  summary: string;
  keyDetails: string[];
}

export interface HandoffSummaryRequest {
  /** The topic triage chose. */
  topic: string;
  transcript: readonly ConversationTurn[];
  /** Slots collected so far, case references. */
  details: Record<string, unknown>;
}

const summarySchema = z.object({
  topic: z.string().trim().min(2).max(80),
  summary: z.string().trim().min(10).max(400),
  keyDetails: z.array(z.string().trim().min(1).max(120)).max(10),
});

/** The whole of a typical handoff conversation. */
const summaryTurns = 20;
const firstMessageCharacters = 200;

/** "Postcode: NB1 1AA", one per detail, empty ones left out (never JSON). */
const detailSentences = (details: Record<string, unknown>): string[] => handoffDetailLines(details).map(({ label, value }) => `${label}: ${value}`);

/** The summary without a model: the resident's first message, and the details as collected. */
export function deterministicHandoffSummary(request: HandoffSummaryRequest): HandoffSummary {
  const first = request.transcript.find((turn) => turn.from === 'resident')?.text.replace(/\s+/g, ' ').trim();
  const summary = first ? clipped(first, firstMessageCharacters) : 'The resident has not written anything yet.';
  return { topic: request.topic, summary, keyDetails: detailSentences(request.details) };
}

/** The note an advisor reads first (`HandoffRequest.summary`). */
export const handoffSummaryText = (summary: HandoffSummary): string =>
  [summary.summary, ...summary.keyDetails.map((detail) => `- ${detail}`)].join('\n');

/** A model-written note for the advisor taking over; the deterministic summary when that fails. */
export async function summariseHandoff(context: LlmContext, request: HandoffSummaryRequest): Promise<LlmOutcome<HandoffSummary>> {
  const redact = context.redactPersonalData;
  const details = detailSentences(request.details).join('\n');
  const prompt = context.prompts.render('handoff-summary', {
    topic: asData(request.topic),
    conversation: conversationData(request.transcript, redact, summaryTurns),
    details: asData(redact ? redactPersonalData(details) : details) || '(none)',
  });
  const result = await context.runner.call('handoff-summary', structuredCall(summarySchema, 'handoff_summary', prompt));
  if (result.ok && invents(result.value, request, Boolean(redact))) return fallback(deterministicHandoffSummary(request), 'invalid-output');
  return result.ok ? fromModel(result.value) : fallback(deterministicHandoffSummary(request), result.failure);
}

/**
 * The note would put personal details in front of an advisor that the conversation never gave:
 * a phone number, an e-mail address or a link not in it, or, when the model is shown only redacted
 * text, a name, address or postcode at all. A model that invents another resident's details must
 * not be the first thing an advisor reads.
 */
function invents(summary: HandoffSummary, request: HandoffSummaryRequest, redacted: boolean): boolean {
  const written = [summary.topic, summary.summary, ...summary.keyDetails].join('\n');
  const said = [...request.transcript.map((turn) => turn.text), ...detailSentences(request.details)].join('\n');
  const [stated, known] = [factsIn(written), factsIn(said, true)];
  const unknown = (facts: Set<string>, from: Set<string>) => [...facts].some((fact) => !from.has(fact));
  if (unknown(stated.phones, known.phones) || unknown(stated.emails, known.emails) || unknown(stated.urls, known.urls)) return true;
  return redacted && redactPersonalData(written) !== written;
}
