import type { ActionTarget } from './article.js';
import { plainText } from './chunks.js';
import type { RetrievedArticle } from './hybridRetriever.js';
import { terms } from './textTokens.js';
import { topicLabels, type AnswerableTopicId } from '../triage/topics.js';

export interface AnswerAction {
  label: string;
  /** A form or a handoff the button starts, or a page it links to. */
  start?: ActionTarget;
  url?: string;
}

export interface TopicSuggestion {
  label: string;
  topic: AnswerableTopicId;
}

export type GroundedAnswer =
  | {
      kind: 'answer';
      text: string;
      articleId: string;
      articleUrl: string;
      /** What the answer is about: a short follow-up ("and over the winter?") is read with it. */
      articleTitle: string;
      sectionHeading: string;
      actions: AnswerAction[];
      confidence: number;
    }
  | { kind: 'unsure'; text: string; suggestions: TopicSuggestion[]; confidence: number };

/** Below this calibrated confidence the bot says it is not sure rather than guess. */
const answerThreshold = 0.5;
/** Sentences quoted from the matching section after the summary. */
const quotedSentences = 2;


/** Sentences and list items of a Markdown section, in order, as plain text. */
function statements(markdown: string): string[] {
  return markdown
    .split(/\n+/)
    .flatMap((line) => {
      const text = plainText(line);
      return /^\s*(?:[-*]|\d+\.)\s/.test(line) ? [text] : text.split(/(?<=[.!?])\s+(?=[A-Z])/);
    })
    .filter((statement) => statement.length > 0);
}

/** The section's first statement (its key fact) and the ones sharing most words with the query, in order. */
function relevantStatements(query: string, markdown: string, summary: string): string[] {
  const queryTerms = new Set(terms(query));
  const summaryText = plainText(summary);
  const all = statements(markdown).filter((statement) => !summaryText.includes(statement));
  const overlap = (statement: string) => terms(statement).filter((term) => queryTerms.has(term)).length;
  const picked = new Set<number>(all.length > 0 ? [0] : []);
  all
    .map((statement, index) => ({ index, score: overlap(statement) }))
    .filter(({ index, score }) => index > 0 && score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, quotedSentences)
    .forEach(({ index }) => picked.add(index));
  return [...picked].sort((a, b) => a - b).slice(0, quotedSentences + 1).map((index) => all[index]!);
}

/**
 * Whether the article's summary speaks to the question. An article that covers several things
 * (social care, and Blue Badges in a section) has a summary about its main one ("If someone is in
 * immediate danger, call 999"); a question that shares words with one section and none with the
 * summary is answered from that section alone.
 */
function summaryAnswers(query: string, summary: string, section: { heading: string; body: string }): boolean {
  const queryTerms = new Set(terms(query));
  const shares = (text: string): boolean => terms(text).some((term) => queryTerms.has(term));
  return shares(plainText(summary)) || !shares(`${section.heading} ${plainText(section.body)}`);
}

/**
 * The extractive answer: the best article's summary (when it speaks to the question), the few most
 * relevant statements of its best section, and the link. Every word comes from the article (placeholders already resolved
 * from the council profile) or from the fixed phrases here.
 */
export function composeGroundedAnswer(query: string, retrieved: RetrievedArticle[], alternatives: AnswerableTopicId[]): GroundedAnswer {
  const best = retrieved[0];
  const confidence = best?.score ?? 0;
  if (!best || confidence < answerThreshold) {
    const topics = [...new Set([...alternatives, ...retrieved.map((hit) => hit.article.topic)])].slice(0, 3);
    return {
      kind: 'unsure',
      confidence,
      text:
        "I'm not sure I've understood, and I don't want to give you the wrong answer. " +
        'Is it about one of these? Or I can put you through to someone in our team.',
      suggestions: topics.map((topic) => ({ topic, label: topicLabels[topic] })),
    };
  }
  const { article } = best;
  const section = article.sections[best.sectionIndex] ?? article.sections[0]!;
  const details = relevantStatements(query, section.body, article.summary);
  const bullets = details.map((statement) => `- ${statement}`).join('\n');
  const lead = summaryAnswers(query, article.summary, section) ? plainText(article.summary) : '';
  const paragraphs = [lead, bullets, `More: [${article.title}](${article.url})`].filter((part) => part.length > 0);
  return {
    kind: 'answer',
    confidence,
    text: paragraphs.join('\n\n'),
    articleId: article.id,
    articleUrl: article.url,
    articleTitle: article.title,
    sectionHeading: section.heading,
    actions: article.actions.map((action) => ('start' in action ? { label: action.label, start: action.start } : { label: action.label, url: action.url })),
  };
}
