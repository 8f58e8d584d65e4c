import { readFileSync } from 'node:fs';
import type { Embedder } from '../../knowledge/embedder.js';
import type { SafetyReading } from '../../llm/safetyCheck.js';
import { exampleBankPath } from './classifierFingerprint.js';
import { exampleBankFileSchema, loadExampleBank, type ExampleBank } from './exampleBank.js';

/**
 * How long a message waits for its reading by example. The encoder is usually a few tens of
 * milliseconds, but queues behind retrieval on a busy pool; past this the other layers decide alone.
 */
export const exampleReadingBudgetMs = 1_000;

/** The committed bank (`npm run train:safety`), read on first use: about 1 MB that a process without the reader never parses. */
let committed: ExampleBank | undefined;
export function committedExampleBank(): ExampleBank {
  committed ??= loadExampleBank(exampleBankFileSchema.parse(JSON.parse(readFileSync(exampleBankPath, 'utf8'))));
  return committed;
}

export type ReadSafetyByExample = (text: string) => Promise<SafetyReading | undefined>;

/**
 * The backstop reading (layer c's similarity check): the message is embedded by the bundled
 * sentence encoder and read against its nearest labelled examples from the training authors.
 * When most of them are concerns, it is a possible concern: the bot asks its safety question
 * (`withReading`, the same addition as the model's reading: it never flags and never takes away).
 * Undefined when the encoder fails or is slower than the budget. The encoder must be the one
 * the bank was built with; any other's vectors would mean nothing here.
 */
export function createSafetyByExample(embedder: Embedder, bank: ExampleBank = committedExampleBank(), budgetMs = exampleReadingBudgetMs): ReadSafetyByExample {
  if (embedder.id !== bank.embedder) throw new Error(`the safety example bank was built with ${bank.embedder}, not ${embedder.id}`);
  return async (text) => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), budgetMs);
    });
    const reading = embedder.embed([text]).then(
      ([vector]) => (vector ? bank.read(vector) : undefined),
      () => undefined,
    );
    try {
      return await Promise.race([reading, late]);
    } finally {
      clearTimeout(timer);
    }
  };
}
