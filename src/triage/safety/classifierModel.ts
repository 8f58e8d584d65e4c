import { z } from 'zod';
import type { SafeguardingFlag } from './safeguardingRules.js';
import { featureBuckets, textFeatures, type SparseVector } from './textFeatures.js';

/** What a head of the classifier recognises: an emergency of any kind, or one safeguarding category. */
export type HeadLabel = 'emergency' | SafeguardingFlag;
export const headLabels: readonly HeadLabel[] = ['emergency', 'domestic-abuse', 'self-harm', 'child-at-risk', 'adult-at-risk'];

const headSchema = z.object({
  label: z.enum(headLabels as [HeadLabel, ...HeadLabel[]]),
  bias: z.number(),
  /** Weights are stored as signed bytes times this scale. */
  scale: z.number().positive(),
  /** Base64 of `featureBuckets` signed bytes. */
  weights: z.string(),
  /** Scores at or above this ask the safety question: above the benign messages' 99.5th percentile (out of fold). */
  ask: z.number(),
  /** Scores at or above this add a flag: above every benign message's score (out of fold). */
  flag: z.number(),
});

/** The committed model file (`npm run train:safety` writes it). */
export const classifierFileSchema = z.object({
  buckets: z.literal(featureBuckets),
  /** sha256 of the trainer's and the features' source, and of each training file: what the staleness test compares. */
  fingerprint: z.object({ code: z.string(), data: z.record(z.string(), z.string()) }),
  examples: z.number().int(),
  heads: z.array(headSchema),
});
export type ClassifierFile = z.infer<typeof classifierFileSchema>;

export interface HeadScore {
  label: HeadLabel;
  score: number;
  /** The head's question threshold, so heads can be compared by how far over it they are. */
  threshold: number;
  ask: boolean;
  flag: boolean;
}

interface LoadedHead {
  label: HeadLabel;
  bias: number;
  weights: Float32Array;
  ask: number;
  flag: number;
}

/** Quantises a head's weights to signed bytes, so the committed file stays small (65,536 buckets a head). */
export function packWeights(weights: Float32Array): { scale: number; weights: string } {
  let largest = 0;
  for (const weight of weights) largest = Math.max(largest, Math.abs(weight));
  const scale = largest > 0 ? largest / 127 : 1;
  const bytes = new Int8Array(weights.length);
  for (let index = 0; index < weights.length; index += 1) bytes[index] = Math.round(weights[index]! / scale);
  return { scale, weights: Buffer.from(bytes.buffer).toString('base64') };
}

function unpackWeights(scale: number, packed: string): Float32Array {
  const bytes = new Int8Array(Buffer.from(packed, 'base64'));
  const weights = new Float32Array(bytes.length);
  for (let index = 0; index < bytes.length; index += 1) weights[index] = bytes[index]! * scale;
  return weights;
}

/** log-odds → probability. */
export const sigmoid = (value: number): number => 1 / (1 + Math.exp(-value));

/** The weighted sum of a sparse vector. */
export function dot(weights: Float32Array, vector: SparseVector): number {
  let sum = 0;
  for (let index = 0; index < vector.indexes.length; index += 1) sum += weights[vector.indexes[index]!]! * vector.values[index]!;
  return sum;
}

export interface SafetyClassifier {
  /** Every head's score for a message, and whether it reaches the head's question or flag threshold. */
  score(text: string): HeadScore[];
}

/** A classifier from a validated model file: one dot product a head, well under a millisecond. */
export function loadClassifier(file: ClassifierFile): SafetyClassifier {
  const heads: LoadedHead[] = file.heads.map((head) => ({ label: head.label, bias: head.bias, weights: unpackWeights(head.scale, head.weights), ask: head.ask, flag: head.flag }));
  return {
    score(text) {
      const vector = textFeatures(text);
      return heads.map((head) => {
        const score = sigmoid(head.bias + dot(head.weights, vector));
        return { label: head.label, score, threshold: head.ask, ask: score >= head.ask, flag: score >= head.flag };
      });
    },
  };
}
