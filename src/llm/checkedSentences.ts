import { checkStatedFacts, type AnswerSources } from './answerChecks.js';

/** Where a sentence ends: its closing punctuation, then a space or line break. */
const sentenceEnd = /[.!?:](?=\s)|\n/g;

function lastSentenceEnd(text: string): number {
  let end = 0;
  for (const match of text.matchAll(sentenceEnd)) end = match.index + match[0].length;
  return end;
}

/**
 * Passes a streamed answer on one whole sentence at a time, and only while everything so far
 * states no phone number, link, amount or period its sources lack: a resident never watches an
 * invented fact being written, even for the moment before the final, checked reply replaces it.
 * `show` receives the whole text so far, as livestreaming channels expect.
 */
export function checkedSentences(sources: AnswerSources, show: (textSoFar: string) => void): (token: string) => void {
  let written = '';
  let shownUpTo = 0;
  let stopped = false;
  return (token) => {
    if (stopped) return;
    written += token;
    const end = lastSentenceEnd(written);
    if (end <= shownUpTo) return;
    const sentences = written.slice(0, end).trim();
    if (checkStatedFacts(sentences, sources)) {
      stopped = true;
      return;
    }
    shownUpTo = end;
    show(sentences);
  };
}
