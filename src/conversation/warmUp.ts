import { setImmediate as nextLoopTurn } from 'node:timers/promises';

/** Something a turn reads the resident's words with; what it returns is not kept. */
export type WarmUpReader = (text: string) => unknown;

/**
 * Runs every reader over sample messages before the first resident is answered, one reading per
 * turn of the event loop so health probes are still answered. V8 compiles a regular expression
 * the first time it runs (the safety rules' 559 patterns: 0.1–0.6 s on the first message, depending
 * on V8's flags, and 0.1 s more on the first in Polish), chrono compiles its parsers on the first date, and the JIT
 * has seen none of it: under load those first uses held the event loop for up to 0.6 s, in the
 * middle of residents' turns.
 */
export async function warmUp(samples: readonly string[], readers: readonly WarmUpReader[]): Promise<void> {
  for (const text of samples) {
    for (const read of readers) {
      await read(text);
      await nextLoopTurn();
    }
  }
}

/**
 * Texts that make each reader compile what it would otherwise compile in a resident's turn: V8
 * compiles a pattern separately for Latin-1 and for wider text, the rules in Arabic, Bengali and
 * Gurmukhi script run only on text in that script, and the dates and bin colours are read only in a
 * message about bins. Found by timing each reader's first call on training messages (the first
 * message about bins took 0.17 s, the first in Urdu 0.09 s, after everything else had run). A word
 * typed without spaces has the safety rules load their word list for splitting it: 60–90 ms in one
 * go, which in the warm-up held a health probe past 100 ms.
 */
const firstUseTexts = ['warm up', 'bin warm up on 3rd March', 'warm up \u2713', 'bin warm up \u2713', '\u0627', '\u0985', '\u0a05', 'warmuptheboiler'];

/**
 * Every reader over `firstUseTexts`, all at once: run before the server listens, so the longest
 * first uses (about 0.4 s together) hold up no health probe and no resident. The warm-up after it
 * then costs each turn of the event loop a few milliseconds.
 */
export function compileFirstUses(readers: readonly WarmUpReader[]): void {
  for (const text of firstUseTexts) for (const read of readers) read(text);
}

/**
 * About `count` messages spread evenly through `texts` (the labelled training messages: every
 * author, language and topic, and the risky wording the safety rules are for).
 */
export function spreadSample(texts: readonly string[], count: number): string[] {
  const step = Math.max(1, Math.floor(texts.length / count));
  return texts.filter((_, index) => index % step === 0).slice(0, count);
}
