import { availableParallelism } from 'node:os';
import { Piscina, type PiscinaTask, type TaskQueue } from 'piscina';
import type { SafetyReading } from '../llm/safetyCheck.js';
import type { Embedder } from './embedder.js';
import { useLiteModel } from './useLiteModel.js';

/** Texts per pool task when indexing: small enough to spread over every thread and report progress often. */
const textsPerTask = 16;

/**
 * The worker sits beside this module, in the same language: JavaScript in dist/ (`npm start`,
 * built by scripts/build.mjs), TypeScript under tsx or vitest, where its threads need tsx's loader.
 */
const workerFile = new URL(import.meta.url.endsWith('.ts') ? './encoderWorker.ts' : './encoderWorker.js', import.meta.url);

export interface PooledEmbedderOptions {
  /** Threads at most; they start as work queues up. */
  threads: number;
}

/**
 * Threads for answering questions: one core is left to the event loop, which has the rest of
 * every turn to do, and each thread holds its own copy of the model (about 135 MB).
 */
export const servingThreads = (): number => Math.max(1, availableParallelism() - 1);

/** Threads for indexing, when nothing else runs yet: every core. */
export const indexingThreads = (): number => availableParallelism();

/** The name of the pool task that reads a resident's message for safety (`encoderWorker.ts`). */
const safetyReading = 'readByExample';

/**
 * The pool's queue, a resident's safety reading ahead of everything else. Indexing queues every chunk at once, so on a cold
 * start a message's reading waited behind all of them: "I can smell gas", sent 9 s after start, was answered 58 s later.
 * Now it waits at most for the chunks a thread is already encoding. Written here: piscina takes a queue but ships only FIFO ones.
 */
class SafetyReadingsFirst implements TaskQueue {
  private readonly readings: PiscinaTask[] = [];
  private readonly rest: PiscinaTask[] = [];

  get size(): number {
    return this.readings.length + this.rest.length;
  }

  push(task: PiscinaTask): void {
    (task.name === safetyReading ? this.readings : this.rest).push(task);
  }

  shift(): PiscinaTask | null {
    return this.readings.shift() ?? this.rest.shift() ?? null;
  }

  remove(task: PiscinaTask): void {
    for (const queue of [this.readings, this.rest]) {
      const position = queue.indexOf(task);
      if (position >= 0) queue.splice(position, 1);
    }
  }
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

  constructor({ threads }: PooledEmbedderOptions) {
    this.pool = new Piscina({
      filename: workerFile.href,
      // Started by the first text, so a pool that is never used costs nothing.
      minThreads: 0,
      maxThreads: Math.max(1, threads),
      // Loading the model costs seconds: a thread is kept for the pool's life once started.
      idleTimeout: Number.POSITIVE_INFINITY,
      taskQueue: new SafetyReadingsFirst(),
      ...(workerFile.pathname.endsWith('.ts') && { execArgv: ['--import', import.meta.resolve('tsx')] }),
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

  /** The safety reading by example of one message, encoder and example search both on a pool thread (`encoderWorker.ts`). */
  readByExample(text: string): Promise<SafetyReading> {
    return this.pool.run(text, { name: safetyReading }) as Promise<SafetyReading>;
  }

  async warm(): Promise<void> {
    await this.embed(['warming up']);
  }

  close(): Promise<void> {
    return this.pool.destroy();
  }
}
