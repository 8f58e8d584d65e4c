import { LRUCache } from 'lru-cache';
import { queryText } from '../knowledge/cachedEmbedder.js';
import type { SafetyReading } from '../llm/safetyCheck.js';
import { exampleReadingBudgetMs, type ReadSafetyByExample } from './safety/byExample.js';

/** Where the whole reading runs: the bundled encoder's worker pool (`PooledEmbedder`). */
export interface ExampleReader {
  readByExample(text: string): Promise<SafetyReading>;
}

/** Messages remembered: a reading is a few bytes, so this is well under a megabyte. */
const defaultCapacity = 10_000;

/**
 * The reading by example as the server runs it: encoder and example search on a pool thread
 * (on the event loop the search alone was about 4 ms a message, the largest piece of a turn's
 * work there), and each message's reading remembered by the text the encoder sees, so the
 * "yes", "no" and common questions residents repeat are read once. The same answer as
 * `createSafetyByExample`, the same budget: a reading later than that is left out of this turn
 * (but still remembered for the next).
 */
export function pooledSafetyByExample(reader: ExampleReader, budgetMs = exampleReadingBudgetMs, capacity = defaultCapacity): ReadSafetyByExample {
  const readings = new LRUCache<string, Promise<SafetyReading>>({ max: capacity });
  const readingOf = (key: string): Promise<SafetyReading> => {
    const cached = readings.get(key);
    if (cached) return cached;
    const reading = reader.readByExample(key);
    readings.set(key, reading);
    // A failure is not remembered: the next message tries again.
    reading.catch(() => readings.delete(key));
    return reading;
  };
  return async (text) => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), budgetMs);
    });
    try {
      return await Promise.race([readingOf(queryText(text)).catch(() => undefined), late]);
    } finally {
      clearTimeout(timer);
    }
  };
}
