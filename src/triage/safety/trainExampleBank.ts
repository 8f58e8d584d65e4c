import { exampleBankFileSchema, loadExampleBank, packVectors, type ExampleBankFile, type ExampleLabel } from './exampleBank.js';

/** A labelled training message with the file (the author) it came from. */
export interface LabelledExample {
  emergency: boolean;
  safeguarding: string | null;
  author: string;
}

/** Neighbours read: seven outvote one near-copy of a harmless message, and still see a small category. */
const neighbours = 7;
/**
 * Questions for at most one benign example in 100 (the issue allows 3 in 100 over every layer):
 * once the concept layer stopped asking on everyday speech about family ("my son says…"), the
 * outside sets had room for it, and the bank is the layer that reads wording nobody listed.
 */
const benignPercentile = 99;

/** A safeguarding category names the concern better than "emergency" (a self-harm emergency asks the self-harm question). */
export function labelOf(example: Pick<LabelledExample, 'emergency' | 'safeguarding'>): ExampleLabel {
  if (example.safeguarding) return example.safeguarding as ExampleLabel;
  return example.emergency ? 'emergency' : 'none';
}

function percentile(values: readonly number[], wanted: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((wanted / 100) * sorted.length) - 1))] ?? Number.POSITIVE_INFINITY;
}

/**
 * The bank file: every example's vector and label, and the threshold from the benign examples,
 * each read against the other authors' examples only (as a message from a new author will be),
 * so the threshold is not set by a message finding its own author's near-copies.
 */
export function trainExampleBank(
  examples: readonly LabelledExample[],
  vectors: readonly ArrayLike<number>[],
  { embedder, fingerprint }: Pick<ExampleBankFile, 'embedder' | 'fingerprint'>,
): ExampleBankFile {
  const labels = examples.map(labelOf);
  const file: ExampleBankFile = { embedder, dimensions: vectors[0]?.length ?? 1, fingerprint, neighbours, threshold: 0, labels, ...packVectors(vectors) };
  const bank = loadExampleBank(file);
  const benign = examples.flatMap((example, index) => (labels[index] === 'none' ? [bank.lean(vectors[index]!, (other) => examples[other]!.author === example.author).score] : []));
  return exampleBankFileSchema.parse({ ...file, threshold: percentile(benign, benignPercentile) + 1e-6 });
}
