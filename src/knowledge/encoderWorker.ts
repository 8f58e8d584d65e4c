import { Piscina } from 'piscina';
import type { SafetyReading } from '../llm/safetyCheck.js';
import { committedExampleBank } from '../triage/safety/byExample.js';
import { UseLiteEmbedder } from './useLiteEmbedder.js';

/**
 * Runs in each thread of the encoder pool (`PooledEmbedder`): the model is loaded once per
 * thread, on its first task, and kept for the thread's life.
 */
const encoder = new UseLiteEmbedder();

/** The vectors of `texts`, one after another in one buffer, moved (not copied) back to the caller. */
export default async function embed(texts: string[]): Promise<Float32Array> {
  const vectors = await encoder.embed(texts);
  const flat = new Float32Array(vectors.length * encoder.dimensions);
  vectors.forEach((vector, position) => flat.set(vector, position * encoder.dimensions));
  return Piscina.move(flat) as unknown as Float32Array;
}

/**
 * The safety reading by example, whole, in this thread: the message's vector and its search among
 * some 1,600 labelled examples (about 4 ms a message) never reach the event loop. The bank is
 * loaded on the thread's first reading; it was built by this encoder (`createSafetyByExample` checks the same).
 */
export async function readByExample(text: string): Promise<SafetyReading> {
  const bank = committedExampleBank();
  if (bank.embedder !== encoder.id) throw new Error(`the safety example bank was built with ${bank.embedder}, not ${encoder.id}`);
  const [vector] = await encoder.embed([text]);
  return bank.read(vector!);
}
