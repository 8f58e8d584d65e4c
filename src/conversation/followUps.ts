import type { BotReply } from '../reply.js';
import { parseYesNo } from '../serviceRequests/slots.js';
import type { AwaitedAnswer } from './memory.js';
import { endsConversation, helpfulChoices, helpfulThanks, lowRatingAtMost, notHelpfulReply, satisfactionChoices, sorryForLowRating, thanksForRating } from './phrases.js';

/** Feedback the resident gave in answer to the bot's own question. */
export type FeedbackEvent = { name: 'feedback'; articleId: string; helpful: boolean } | { name: 'csat'; score: number };

/** A grounded answer with "Was this helpful?" and its thumbs after the article's own buttons. */
export function helpfulPrompt(answer: BotReply): BotReply {
  return { text: `${answer.text}\n\nWas this helpful?`, choices: [...(answer.choices ?? []), ...helpfulChoices] };
}

const normalised = (text: string): string => text.toLowerCase().replace(/[’']/g, '').replace(/[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ').trim();

const helpfulAnswers: ReadonlyArray<readonly [RegExp, boolean]> = [
  [/^(this helped|yes|yes thanks|yes thank you|yep|it did|that helped|helpful|thanks that helped|👍)$/, true],
  [/^(this didnt help|no|nope|not really|it didnt|that didnt help|not helpful|unhelpful|👎)$/, false],
];

const ratingWords: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(5|5 very good|very good|excellent|brilliant)$/, 5],
  [/^(4|4 good|good)$/, 4],
  [/^(3|3 ok|ok|okay|average)$/, 3],
  [/^(2|2 poor|poor|bad)$/, 2],
  [/^(1|1 very poor|very poor|terrible|awful)$/, 1],
];

/**
 * Reads the resident's answer to "was this helpful?" or the rating question. Anything else is
 * not an answer: the pipeline treats it as a new message, so a resident is never stuck here.
 */
export function answerAwaited(text: string, awaiting: AwaitedAnswer): { event: FeedbackEvent; reply: BotReply } | undefined {
  const message = normalised(text) || text.trim();
  // The safety question's answer, an offer, safety advice and "anything else?" are read by the conversation's own step (07).
  if (awaiting.kind === 'safety-check' || awaiting.kind === 'offer' || awaiting.kind === 'safety-advice' || awaiting.kind === 'anything-else') return undefined;
  if (awaiting.kind === 'helpful') {
    // "Yes please" or "no thanks" to an answer, said briefly, is read as its thumbs; "no, that's all, bye" is a goodbye.
    const brief = message.split(' ').length <= 4 && !endsConversation(text) ? parseYesNo(message) : undefined;
    const helpful = helpfulAnswers.find(([pattern]) => pattern.test(message))?.[1] ?? (brief?.ok ? brief.value : undefined);
    if (helpful === undefined) return undefined;
    return { event: { name: 'feedback', articleId: awaiting.articleId, helpful }, reply: helpful ? helpfulThanks : notHelpfulReply };
  }
  const score = ratingWords.find(([pattern]) => pattern.test(message))?.[1] ?? satisfactionChoices.find((choice) => normalised(choice.label) === message)?.value;
  if (score === undefined) return undefined;
  const value = Number(score);
  return { event: { name: 'csat', score: value }, reply: value <= lowRatingAtMost ? sorryForLowRating : { text: thanksForRating } };
}
