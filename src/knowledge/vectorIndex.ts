import { setImmediate } from 'node:timers/promises';
import hnswlib from 'hnswlib-node';
import { dot } from './embedder.js';

// hnswlib-node is CommonJS: default import, then destructure.
const { HierarchicalNSW } = hnswlib;

/** The default `ef` of 10 loses true nearest neighbours; 64 keeps recall exact at council scale. */
const searchEf = 64;

/** Points added between two turns of the event loop while building: about 10 ms of work each. */
const pointsPerSlice = 50;

/**
 * Approximate nearest neighbours over unit vectors (cosine), with hnswlib.
 * Labels are chunk positions in the knowledge index.
 */
export class VectorIndex {
  private constructor(private readonly index: InstanceType<typeof HierarchicalNSW>) {
    index.setEf(searchEf);
  }

  /** Adds the vectors a slice at a time, letting the event loop run between slices (a large index takes seconds). */
  static async build(vectors: number[][], dimensions: number): Promise<VectorIndex> {
    const index = new HierarchicalNSW('cosine', dimensions);
    index.initIndex({ maxElements: Math.max(vectors.length, 1), m: 16, efConstruction: 200, randomSeed: 42 });
    for (let label = 0; label < vectors.length; label += 1) {
      index.addPoint(vectors[label]!, label);
      if (label % pointsPerSlice === pointsPerSlice - 1) await setImmediate();
    }
    return new VectorIndex(index);
  }

  static read(path: string, dimensions: number): VectorIndex {
    const index = new HierarchicalNSW('cosine', dimensions);
    index.readIndexSync(path);
    return new VectorIndex(index);
  }

  /** Written on a libuv thread (hnswlib-node's async write), not the event loop. */
  async write(path: string): Promise<void> {
    await this.index.writeIndex(path);
  }

  /** The nearest labels with cosine similarity, best first. */
  query(vector: number[], limit: number): { label: number; similarity: number }[] {
    const count = Math.min(limit, this.index.getCurrentCount());
    if (count === 0) return [];
    const { neighbors, distances } = this.index.searchKnn(vector, count);
    return neighbors.map((label, position) => ({ label, similarity: 1 - distances[position]! }));
  }
}

/** The exact baseline the benchmark compares hnswlib with: a scan of every vector. */
export function bruteForceQuery(vectors: number[][], vector: number[], limit: number): { label: number; similarity: number }[] {
  return vectors
    .map((candidate, label) => ({ label, similarity: dot(candidate, vector) }))
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, limit);
}
