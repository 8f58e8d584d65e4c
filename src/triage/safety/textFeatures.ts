/**
 * The features the safety classifier reads: word unigrams and bigrams, and character 3- to
 * 5-grams inside words (so "pils", "pillz" and "pills" share most of their features, and words in
 * any script or with any ending are read without a stemmer per language). Each is hashed into a
 * fixed number of buckets, so the model is an array of weights and no vocabulary is shipped.
 * Counts are damped (log 1 + n) and the vector scaled to unit length, so a long message does not
 * score higher for being long.
 */
export const featureBuckets = 1 << 16;
/** The squared length below which a message is not scaled up (about forty words of features). */
const shortestNorm = 300;

/** A sparse vector: bucket indexes and their values, same length. */
export interface SparseVector {
  indexes: Uint32Array;
  values: Float32Array;
}

/** FNV-1a over UTF-16 code units: fast, stable across runs and platforms. */
function bucketOf(feature: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < feature.length; index += 1) {
    hash ^= feature.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) & (featureBuckets - 1);
}

/** Lower case, Latin accents off, letters and digits of any script kept, everything else a space. */
export function featureText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/([a-z])\p{M}+/gu, '$1')
    .normalize('NFC')
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
}

/** The message's hashed features, damped and scaled to unit length. */
export function textFeatures(text: string): SparseVector {
  const words = featureText(text).split(' ').filter(Boolean);
  const counts = new Map<number, number>();
  const add = (feature: string) => {
    const bucket = bucketOf(feature);
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  };
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    add(`w:${word}`);
    if (index > 0) add(`b:${words[index - 1]} ${word}`);
    const padded = ` ${word} `;
    for (let size = 3; size <= 5; size += 1) {
      for (let start = 0; start + size <= padded.length; start += 1) add(`c:${padded.slice(start, start + size)}`);
    }
  }
  const indexes = new Uint32Array(counts.size);
  const values = new Float32Array(counts.size);
  let norm = 0;
  let position = 0;
  for (const [bucket, count] of counts) {
    const value = Math.log1p(count);
    indexes[position] = bucket;
    values[position] = value;
    norm += value * value;
    position += 1;
  }
  // A floor on the length: a message of a few words has few features, and scaled to unit length each would weigh as much as a disclosure's.
  const scale = 1 / Math.sqrt(Math.max(norm, shortestNorm));
  for (let index = 0; index < values.length; index += 1) values[index] = values[index]! * scale;
  return { indexes, values };
}
