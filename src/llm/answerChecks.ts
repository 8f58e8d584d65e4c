import type { CouncilProfile } from '../profile/councilProfile.js';
import { factsIn, hostOf, type Facts } from './facts.js';
import { isGrounded, passagesOf, sentencesOf } from './grounding.js';

/** Why a model's answer was not sent; the extractive answer goes instead. */
export const answerRejections = [
  'no-citation',
  'unknown-citation',
  'foreign-link',
  'invented-url',
  'invented-email',
  'invented-phone',
  'invented-amount',
  'invented-period',
  'prompt-leak',
  'ungrounded-sentence',
] as const;
export type AnswerRejection = (typeof answerRejections)[number];

export interface AnswerUnderCheck {
  text: string;
  citations: readonly string[];
}

export interface AnswerSources {
  /** Ids of the articles the model was shown. */
  articleIds: readonly string[];
  /** Everything the model was shown to answer from (the articles and its persona), plus the council profile's values. */
  text: string;
  /** Domains links may point at (the council profile's). */
  domains: readonly string[];
  /** The instructions the model was given, which it must never repeat. */
  systemPrompt: string;
}

/** Every value in the council profile as text, one per line: facts an answer may state. */
export function profileText(profile: CouncilProfile): string {
  const values: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string' || typeof value === 'number') values.push(String(value));
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(profile);
  return values.join('\n');
}

/** Words long enough that sharing them with the instructions is quoting, not coincidence. */
const leakWords = 8;

function wordRuns(text: string): Set<string> {
  const words = text.toLowerCase().match(/[a-z0-9']+/g) ?? [];
  return new Set(words.slice(0, Math.max(0, words.length - leakWords + 1)).map((_word, index) => words.slice(index, index + leakWords).join(' ')));
}

/** The sources' passages, read once per answer rather than at every streamed sentence. */
const passagesOfSources = new WeakMap<AnswerSources, readonly ReadonlySet<string>[]>();
function sourcePassages(sources: AnswerSources): readonly ReadonlySet<string>[] {
  const passages = passagesOfSources.get(sources) ?? passagesOf(sources.text);
  passagesOfSources.set(sources, passages);
  return passages;
}

const within = (host: string, domains: readonly string[]) => domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
const inventedIn = (answer: Set<string>, sources: Set<string>) => [...answer].some((fact) => !sources.has(fact));

/**
 * The deterministic gate between the model and the resident: the first reason the answer must
 * not be sent, or undefined when it may. An answer must cite what it was shown, every phone
 * number, link, e-mail address, amount and time period in it must appear in its sources, and
 * each of its sentences must be made mostly of the words of one passage of its sources.
 */
export function checkAnswer(answer: AnswerUnderCheck, sources: AnswerSources): AnswerRejection | undefined {
  if (answer.citations.length === 0) return 'no-citation';
  if (answer.citations.some((id) => !sources.articleIds.includes(id))) return 'unknown-citation';
  return checkAnswerText(answer.text, sources);
}

/**
 * The part of the gate that text alone can pass: the one check a streamed answer's sentences
 * pass before they are shown (`checkedSentences`) and the final answer passes before it is sent,
 * so nothing is shown that the final answer could not say.
 */
export function checkAnswerText(text: string, sources: AnswerSources): AnswerRejection | undefined {
  const stated: Facts = factsIn(text);
  const known: Facts = factsIn(sources.text, true);
  if ([...stated.urls].some((url) => !within(hostOf(url), sources.domains))) return 'foreign-link';
  if (inventedIn(stated.urls, known.urls)) return 'invented-url';
  if (inventedIn(stated.emails, known.emails)) return 'invented-email';
  if (inventedIn(stated.phones, known.phones)) return 'invented-phone';
  if (inventedIn(stated.amounts, known.amounts)) return 'invented-amount';
  if (inventedIn(stated.periods, known.periods)) return 'invented-period';
  const sourceRuns = wordRuns(sources.text);
  const quoted = [...wordRuns(text)].filter((run) => !sourceRuns.has(run));
  const instructionRuns = wordRuns(sources.systemPrompt);
  if (quoted.some((run) => instructionRuns.has(run))) return 'prompt-leak';
  const passages = sourcePassages(sources);
  if (!sentencesOf(text).every((sentence) => isGrounded(sentence, passages))) return 'ungrounded-sentence';
  return undefined;
}
