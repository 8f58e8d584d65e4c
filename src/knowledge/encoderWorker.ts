import { Piscina } from 'piscina';
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
