import { z } from 'zod';
import type { GroundedAnswer } from '../knowledge/answer.js';
import type { RetrievedArticle } from '../knowledge/hybridRetriever.js';
import { checkAnswer, profileText, type AnswerRejection, type AnswerSources } from './answerChecks.js';
import { checkedSentences } from './checkedSentences.js';
import { jsonFieldStream } from './jsonFieldStream.js';
import { fallback, fromModel, type LlmContext, type LlmOutcome } from './llmContext.js';
import { asData, conversationData, residentData, type ConversationTurn } from './modelInput.js';
import type { LlmFailure } from './resilientModel.js';
import { structuredCall } from './structuredCall.js';

/** Articles shown to the model: the best few, as retrieval ranked them. */
const shownArticles = 3;

const answerSchema = z.object({
  answer: z.string().trim().min(1).max(1500).describe("The reply to the resident, from the articles only"),
  citations: z.array(z.string()).max(shownArticles).describe('Ids of the articles the reply uses'),
});

export interface AnswerRequest {
  /** The resident's message, as typed. */
  question: string;
  history: readonly ConversationTurn[];
  /** Ranked by the retriever, as the extractive answer saw them. */
  retrieved: readonly RetrievedArticle[];
  /** From `composeGroundedAnswer`: sent instead whenever the model's answer cannot be. */
  extractive: GroundedAnswer;
}

export interface AnswerOptions {
  /**
   * Given by channels that show a reply as it is written: the answer so far, in whole sentences
   * that passed the final answer's text check (see `checkedSentences`). The returned answer replaces it.
   */
  onCheckedText?: (textSoFar: string) => void;
}

/** `not-confident`: retrieval was unsure, so the model is not asked and the "not sure" reply stands. */
export type AnswerFallbackReason = LlmFailure | AnswerRejection | 'not-confident';

function articleData(hit: RetrievedArticle): string {
  const { article } = hit;
  const section = article.sections[hit.sectionIndex] ?? article.sections[0]!;
  return [`Title: ${article.title}`, `Summary: ${article.summary}`, `Section: ${section.heading}`, section.body].map(asData).join('\n');
}

/**
 * The model's answer from the retrieved articles, or the extractive answer. The model only ever
 * sees the articles, the council persona and the resident's words (as data); what it writes is
 * checked (`checkAnswer`) before it is used, and links to the articles it cites are added here.
 * It never sees or changes the safety assessment: the pipeline runs the safety detectors first.
 *
 * With `onCheckedText` the answer streams as it is written, sentence by checked sentence; the
 * returned answer is final and replaces what was streamed (the extractive one if a check failed).
 */
export async function answerFromArticles(
  context: LlmContext,
  request: AnswerRequest,
  options: AnswerOptions = {},
): Promise<LlmOutcome<GroundedAnswer, AnswerFallbackReason>> {
  const { extractive } = request;
  if (extractive.kind !== 'answer') return fallback(extractive, 'not-confident');
  const shown = request.retrieved.slice(0, shownArticles);
  const articles = shown.map((hit) => `<article id="${hit.article.id}">\n${articleData(hit)}\n</article>`);
  const persona = context.prompts.render('persona', {
    botName: context.profile.branding.botName,
    councilName: context.profile.council.name,
    councilPhone: context.profile.council.phone,
    openingHours: context.profile.council.openingHours.summary,
  });
  const prompt = context.prompts.render('grounded-answer', {
    persona: persona.system,
    articles: articles.join('\n\n'),
    conversation: conversationData(request.history, context.redactPersonalData),
    question: residentData(request.question, context.redactPersonalData),
  });
  const sources: AnswerSources = {
    articleIds: shown.map((hit) => hit.article.id),
    // The persona is material too: the model is told to offer its team and phone number in its words.
    text: [...shown.map(articleData), shown.map((hit) => hit.article.url).join('\n'), profileText(context.profile), persona.system].join('\n'),
    domains: context.profile.council.domains,
    // The persona is meant to be echoed ("talk to someone in the customer services team"); the rules are not.
    systemPrompt: prompt.system.replace(persona.system, ''),
  };
  const onToken = options.onCheckedText ? jsonFieldStream('answer', checkedSentences(sources, options.onCheckedText)) : undefined;
  const result = await context.runner.call('answer', structuredCall(answerSchema, 'grounded_answer', prompt, onToken !== undefined), onToken);
  if (!result.ok) return fallback(extractive, result.failure);

  const citations = [...new Set(result.value.citations)];
  const rejection = checkAnswer({ text: result.value.answer, citations }, sources);
  if (rejection) return fallback(extractive, rejection);

  const cited = citations.map((id) => shown.find((hit) => hit.article.id === id)!);
  const first = cited[0]!;
  const links = cited.map(({ article }) => `More: [${article.title}](${article.url})`).join('\n');
  return fromModel({
    kind: 'answer',
    text: `${result.value.answer}\n\n${links}`,
    articleId: first.article.id,
    articleUrl: first.article.url,
    articleTitle: first.article.title,
    sectionHeading: (first.article.sections[first.sectionIndex] ?? first.article.sections[0]!).heading,
    actions: [...first.article.actions],
    confidence: first.score,
  });
}
