import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { Embedder } from './embedder.js';
import { useLiteModel } from './useLiteModel.js';

/** Texts per pool task when indexing: small enough to spread over every thread and report progress often. */
const textsPerTask = 16;

/**
 * Under tsx (npm start, the tests) the worker is TypeScript and needs tsx's loader; built with
 * tsc it is plain JavaScript next to this file.
 */
const workerFile = new URL(import.meta.url.endsWith('.ts') ? './encoderWorker.ts' : './encoderWorker.js', import.meta.url);

export interface PooledEmbedderOptions {
  /** Threads at most; one starts at once and more as work queues up. Defaults to the machine's cores. */
  threads?: number;
}

/**
 * The bundled sentence encoder, run on worker threads so the event loop never waits for it
 * (it is about half of a question's CPU, and a long text held the loop for over 100 ms). Each
 * thread loads the model once; indexing spreads its chunks over all of them.
 */
export class PooledEmbedder implements Embedder {
  readonly id = useLiteModel.id;
  readonly dimensions = useLiteModel.dimensions;
  private readonly pool: Piscina;

  constructor({ threads = availableParallelism() }: PooledEmbedderOptions = {}) {
    this.pool = new Piscina({
      filename: workerFile.href,
      minThreads: 1,
      maxThreads: Math.max(1, threads),
      // Loading the model costs seconds: a thread is kept for the process's life once started.
      idleTimeout: Number.POSITIVE_INFINITY,
      ...(workerFile.pathname.endsWith('.ts') && { execArgv: ['--import', 'tsx'] }),
    });
  }

  async embed(texts: string[], onProgress?: (done: number) => void): Promise<number[][]> {
    const tasks: string[][] = [];
    for (let start = 0; start < texts.length; start += textsPerTask) tasks.push(texts.slice(start, start + textsPerTask));
    let done = 0;
    const results = await Promise.all(
      tasks.map(async (task) => {
        const flat = (await this.pool.run(task)) as Float32Array;
        done += task.length;
        onProgress?.(done);
        return task.map((_, position) => Array.from(flat.subarray(position * this.dimensions, (position + 1) * this.dimensions)));
      }),
    );
    return results.flat();
  }

  close(): Promise<void> {
    return this.pool.destroy();
  }
}
