/**
 * The embeddings port. The embedded default runs a sentence encoder shipped inside an npm
 * package; a deployment may choose a hosted model instead. The id goes into the index
 * manifest, so changing the model rebuilds the index.
 */
export interface Embedder {
  /** Identifies the model and its version, e.g. "use-lite@0.2.0". */
  readonly id: string;
  readonly dimensions: number;
  /** Unit vectors in the order of `texts`; `onProgress` hears how many are done, for long indexing runs. */
  embed(texts: string[], onProgress?: (done: number) => void): Promise<number[][]>;
  /** Loads the model before the first question waits for it (the bundled encoder takes seconds). */
  warm?(): Promise<void>;
  /** Stops what the embedder started (the encoder pool's threads). */
  close?(): Promise<void>;
}

/** Scales a vector to unit length, so cosine similarity is a dot product. */
export function normalise(vector: number[]): number[] {
  const length = Math.hypot(...vector);
  return length === 0 ? vector : vector.map((value) => value / length);
}

export function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let index = 0; index < a.length; index += 1) sum += a[index]! * b[index]!;
  return sum;
}
