import { checkAnswerText, type AnswerSources } from './answerChecks.js';
import { sentenceEnds } from './grounding.js';

/**
 * Passes a streamed answer on one whole sentence at a time, and only while everything so far
 * passes the final answer's own text check (`checkAnswerText`): no phone number, link, amount or
 * period its sources lack, and no sentence its sources do not ground. A resident never watches an
 * invented fact or instruction being written, even for the moment before the final reply
 * replaces it; after the first sentence that fails, nothing more is shown and the final reply
 * (the extractive answer, since the same check rejects it) is all the resident sees.
 * `show` receives the whole text so far, as livestreaming channels expect.
 */
export function checkedSentences(sources: AnswerSources, show: (textSoFar: string) => void): (token: string) => void {
  let written = '';
  let shownUpTo = 0;
  let stopped = false;
  return (token) => {
    if (stopped) return;
    written += token;
    const end = sentenceEnds(written).at(-1) ?? 0;
    if (end <= shownUpTo) return;
    const sentences = written.slice(0, end).trim();
    if (checkAnswerText(sentences, sources)) {
      stopped = true;
      return;
    }
    shownUpTo = end;
    show(sentences);
  };
}
