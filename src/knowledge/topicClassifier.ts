import { readFile, writeFile } from 'node:fs/promises';
import { setImmediate } from 'node:timers/promises';
import type { TopicId } from '../triage/topics.js';
import { topicFeatures } from './topicFeatures.js';

export interface LabelledText {
  topic: TopicId;
  text: string;
}

export interface TopicScore {
  topic: TopicId;
  /** Probability over the fitted topics (sums to 1). */
  probability: number;
}

interface TopicModel {
  topics: TopicId[];
  /** The vocabulary: features seen in training (`topicFeatures`). */
  features: string[];
  /** Inverse document frequency per feature. */
  idf: number[];
  /** Feature-major: weight of feature f for topic t at `f * topics.length + t`. */
  weights: Float32Array;
  bias: number[];
}

/** On disk the weights are base64 float32: a quarter of the size of JSON numbers, and read without parsing each one. */
/**
 * What the model's JSON file holds: everything but the weights, which have a file of their own, with
 * the vocabulary as one string a feature a line (a feature is made of word characters, never a line
 * break): parsed as an array of 125,000 strings it took twice as long, in one turn of the event loop.
 */
type StoredModel = Omit<TopicModel, 'weights' | 'features'> & { features: string };

/** Where a classifier is kept: the model as JSON, and its weights as raw float32s in the machine's byte order (as the index's vectors). */
export interface ClassifierFiles {
  model: string;
  weights: string;
}

/** A message as a sparse, L2-normalised TF-IDF vector over the vocabulary. */
interface SparseVector {
  indices: number[];
  values: number[];
}

export interface FitOptions {
  /** Passes over the training set. */
  epochs?: number;
  /** L2 penalty per example: larger keeps weights small and probabilities soft. */
  regularisation?: number;
}

/** Measured on held-out authors (each author's messages scored by a model trained without them); see `npm run eval`. */
const defaults: Required<FitOptions> = { epochs: 30, regularisation: 1e-4 };
/**
 * A feature seen in one training text only is more often noise than signal. Dropping words and word
 * pairs seen once (character n-grams already were) halved the vocabulary (243,000 → 125,000 features, 24 → 12 MB
 * on disk and about 15 MB less in memory) with classifier-alone accuracy unchanged or up on the dev set and six spent held-out sets.
 */
const minimumTextCount = 2;
/** First step size of stochastic gradient descent, decaying as 1/(1 + rate·λ·t) (Bottou). */
const initialRate = 0.5;

/**
 * Longest stretch of fitting between two turns of the event loop. Featurising a text costs about a
 * tenth of a millisecond (several on a busy machine), so slices stay well under the 100 ms a
 * health probe may wait.
 */
const sliceMilliseconds = 20;

/** Runs `work` over the items, yielding to the event loop whenever a slice has run for `sliceMilliseconds`. */
async function inSlices<T>(items: Iterable<T>, work: (item: T) => void): Promise<void> {
  let sliceStarted = performance.now();
  for (const item of items) {
    work(item);
    if (performance.now() - sliceStarted > sliceMilliseconds) {
      await setImmediate();
      sliceStarted = performance.now();
    }
  }
}

/** A fixed-seed shuffle, so the same content always trains the same model. */
function shuffled<T>(items: T[], seed: number): T[] {
  const result = [...items];
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
  for (let index = result.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [result[index], result[other]] = [result[other]!, result[index]!];
  }
  return result;
}

/** Scores become probabilities, in place: fitting calls this for every text in every pass. */
function softmaxInPlace(scores: Float64Array): void {
  let best = -Infinity;
  for (let index = 0; index < scores.length; index += 1) best = Math.max(best, scores[index]!);
  let total = 0;
  for (let index = 0; index < scores.length; index += 1) {
    const weight = Math.exp(scores[index]! - best);
    total += weight;
    scores[index] = weight;
  }
  for (let index = 0; index < scores.length; index += 1) scores[index]! /= total;
}

/** `scores[topic] += Σ value·scale·weights[feature·width + topic]` over the vector's features, in their order. */
function addScores(scores: Float64Array, vector: SparseVector, weights: Float64Array | Float32Array, scale: number): void {
  const width = scores.length;
  const { indices, values } = vector;
  for (let position = 0; position < indices.length; position += 1) {
    const value = values[position]! * scale;
    const row = indices[position]! * width;
    for (let topic = 0; topic < width; topic += 1) scores[topic]! += value * weights[row + topic]!;
  }
}

/** How often each vocabulary position occurs in a text whose features are numbered (`fit`): `featureOf` maps each number to the vocabulary, -1 when left out. */
function countIndices(ids: Int32Array, featureOf: Int32Array): Map<number, number> {
  const counts = new Map<number, number>();
  for (const id of ids) {
    const index = featureOf[id]!;
    if (index >= 0) counts.set(index, (counts.get(index) ?? 0) + 1);
  }
  return counts;
}

/** Counts of vocabulary positions as a sparse, L2-normalised TF-IDF vector. */
function weighted(counts: Map<number, number>, idf: readonly number[]): SparseVector {
  const indices = [...counts.keys()];
  const values = indices.map((index) => (1 + Math.log(counts.get(index)!)) * idf[index]!);
  const norm = Math.sqrt(values.reduce((sum, value) => sum + value * value, 0)) || 1;
  return { indices, values: values.map((value) => value / norm) };
}

/**
 * A feature's position in the vocabulary: an open-addressing table of positions (4 bytes a slot,
 * at most half full) over the vocabulary array itself. A Map of the bundled knowledge's 165,000
 * features held about 7 MB of heap for the server's life, beside the 1.3 MB array it indexed;
 * this is 2 MB outside the heap, built in 15–50 ms (the Map took 75). Same answers as that Map:
 * exact string equality, and the last position of a feature listed twice.
 */
export class VocabularyIndex {
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(private readonly features: readonly string[]) {
    let size = 2;
    while (size < features.length * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    // Positions are kept one up, so 0 marks an empty slot.
    features.forEach((feature, position) => (this.slots[this.slotOf(feature)] = position + 1));
  }

  get(feature: string): number | undefined {
    const held = this.slots[this.slotOf(feature)]!;
    return held === 0 ? undefined : held - 1;
  }

  /** The slot that holds `feature`, or the empty one where it would go (linear probing). */
  private slotOf(feature: string): number {
    let slot = hashOf(feature) & this.mask;
    for (;;) {
      const held = this.slots[slot]!;
      if (held === 0 || this.features[held - 1] === feature) return slot;
      slot = (slot + 1) & this.mask;
    }
  }
}

/** FNV-1a over the UTF-16 code units. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}

/**
 * Multinomial logistic regression over word, word-pair and character n-gram TF-IDF features, fitted at
 * ingest on the articles' sample questions, keywords and titles, the conversation moves and the
 * labelled training messages in `knowledge/training/` (never on evaluation sentences). Character
 * n-grams are what let it generalise to wording, spelling and languages it was not shown.
 *
 * Hand-written (about a hundred lines) because the npm logistic regressions work on dense
 * matrices: tens of thousands of n-gram features by a thousand texts would not fit in memory.
 * Training yields to the event loop every `sliceSize` texts; classifying costs well under a millisecond.
 */
export class TopicClassifier {
  private readonly lookup: VocabularyIndex;

  private constructor(private readonly model: TopicModel) {
    this.lookup = new VocabularyIndex(model.features);
  }

  static async fit(examples: LabelledText[], options: FitOptions = {}): Promise<TopicClassifier> {
    const { epochs, regularisation } = { ...defaults, ...options };
    const topics = [...new Set(examples.map((example) => example.topic))].sort();
    // Each text's features as numbers (first-seen order), each distinct feature string kept once: the
    // strings of every text (about 1.8 million) held the heap at 200+ MB and its collections held the event loop.
    const seen = new Map<string, number>();
    const seenCounts: number[] = [];
    const featureLists: Int32Array[] = [];
    await inSlices(examples, (example) => {
      const list = topicFeatures(example.text);
      const ids = new Int32Array(list.length);
      const inThisText = new Set<number>();
      list.forEach((feature, position) => {
        let id = seen.get(feature);
        if (id === undefined) {
          id = seenCounts.length;
          seen.set(feature, id);
          seenCounts.push(0);
        }
        ids[position] = id;
        if (!inThisText.has(id)) {
          inThisText.add(id);
          seenCounts[id]! += 1;
        }
      });
      featureLists.push(ids);
    });
    // The vocabulary and its weighting, a slice at a time.
    const features: string[] = [];
    const idf: number[] = [];
    const featureOf = new Int32Array(seenCounts.length).fill(-1);
    await inSlices(seen, ([feature, id]) => {
      const count = seenCounts[id]!;
      if (count < minimumTextCount) return;
      featureOf[id] = features.length;
      features.push(feature);
      // Four decimals are plenty for a weighting and keep the file small.
      idf.push(Math.round((Math.log((1 + examples.length) / (1 + count)) + 1) * 10_000) / 10_000);
    });
    seen.clear();
    const training: { target: number; vector: SparseVector }[] = [];
    await inSlices(examples, (example) => training.push({ target: topics.indexOf(example.topic), vector: weighted(countIndices(featureLists[training.length]!, featureOf), idf) }));
    featureLists.length = 0;

    // Each topic weighs the same in total, however many texts it has: their number says nothing about what residents ask.
    const perTopic = topics.map((_, topic) => training.filter((example) => example.target === topic).length);
    const sampleWeights = perTopic.map((count) => training.length / (topics.length * count));

    // Stochastic gradient descent with the L2 penalty kept as one scale factor, so each step touches only the text's features.
    const width = topics.length;
    const scaled = new Float64Array(features.length * width);
    const bias = new Float64Array(width);
    let scale = 1;
    let step = 0;
    // Plain loops over typed arrays and one buffer each for the scores and the gradients: with a
    // closure per feature and fresh arrays per text, 30 passes over 15,000 texts took 34 s of a
    // cold start on the event loop. Each weight still sees the same arithmetic in the same order.
    const probabilities = new Float64Array(width);
    const gradients = new Float64Array(width);
    for (let epoch = 0; epoch < epochs; epoch += 1) {
      await inSlices(shuffled(training, epoch + 1), ({ target, vector }) => {
        const rate = initialRate / (1 + initialRate * regularisation * step);
        step += 1;
        probabilities.set(bias);
        addScores(probabilities, vector, scaled, scale);
        softmaxInPlace(probabilities);
        scale *= 1 - rate * regularisation;
        for (let topic = 0; topic < width; topic += 1) {
          gradients[topic] = (probabilities[topic]! - (topic === target ? 1 : 0)) * sampleWeights[target]!;
          bias[topic]! -= rate * gradients[topic]!;
        }
        const { indices, values } = vector;
        for (let position = 0; position < indices.length; position += 1) {
          const row = indices[position]! * width;
          for (let topic = 0; topic < width; topic += 1) scaled[row + topic]! -= (rate * gradients[topic]! * values[position]!) / scale;
        }
        if (scale < 1e-6) {
          for (let index = 0; index < scaled.length; index += 1) scaled[index]! *= scale;
          scale = 1;
        }
      });
    }
    // A plain loop: \`Float32Array.from\` with a mapping function boxed every weight and held the event loop for 0.4 s at the end of a cold start.
    const weights = new Float32Array(scaled.length);
    for (let index = 0; index < scaled.length; index += 1) weights[index] = scaled[index]! * scale;
    await setImmediate();
    return new TopicClassifier({ topics, features, idf, weights, bias: Array.from(bias) });
  }

  /**
   * Reads what `write` wrote, the files on libuv's threads. The weights are raw bytes: as base64
   * inside one 12 MB JSON file, read and parsed at once, they held the event loop about 130 ms
   * just after a restart began answering health probes (a prebuilt index opened).
   */
  static async read(files: ClassifierFiles): Promise<TopicClassifier> {
    const [json, raw] = await Promise.all([readFile(files.model, 'utf8'), readFile(files.weights)]);
    const stored = JSON.parse(json) as StoredModel;
    await setImmediate();
    const features = stored.features.split('\n');
    await setImmediate();
    // A float32 view needs an offset that is a multiple of four: copied when the buffer's is not.
    const bytes = raw.byteOffset % Float32Array.BYTES_PER_ELEMENT === 0 ? raw : Buffer.from(raw);
    const model = new TopicClassifier({ ...stored, features, weights: new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / Float32Array.BYTES_PER_ELEMENT) });
    await setImmediate();
    return model;
  }

  /** Writes the model's two files (see `read`), on libuv's threads. */
  async write(files: ClassifierFiles): Promise<void> {
    const { weights, features, ...rest } = this.model;
    await writeFile(files.model, JSON.stringify({ ...rest, features: features.join('\n') } satisfies StoredModel));
    await writeFile(files.weights, new Uint8Array(weights.buffer, weights.byteOffset, weights.byteLength));
  }

  private vectorise(features: string[]): SparseVector {
    const counts = new Map<number, number>();
    for (const feature of features) {
      const index = this.lookup.get(feature);
      if (index !== undefined) counts.set(index, (counts.get(index) ?? 0) + 1);
    }
    return weighted(counts, this.model.idf);
  }

  /** Topics by probability, best first; the bias alone decides when the text has no known feature. */
  classify(text: string): TopicScore[] {
    const { topics, weights, bias } = this.model;
    const probabilities = Float64Array.from(bias);
    addScores(probabilities, this.vectorise(topicFeatures(text)), weights, 1);
    softmaxInPlace(probabilities);
    return topics.map((topic, index) => ({ topic, probability: probabilities[index]! })).sort((a, b) => b.probability - a.probability);
  }
}
