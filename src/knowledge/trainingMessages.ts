import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { topicIds } from '../triage/topics.js';
import { KnowledgeError } from './article.js';
import type { LabelledText } from './topicClassifier.js';

/** One line of `knowledge/training/*.jsonl`; the safety labels and notes on the line are kept for other readers. */
const messageSchema = z.looseObject({ text: z.string().min(1), topic: z.enum(topicIds) });

export interface TrainingFile {
  path: string;
  source: string;
}

/** The labelled resident messages the topic classifier learns from, one JSONL file per author; none when the folder is absent. */
export function readTrainingFiles(directory: string): TrainingFile[] {
  let names: string[];
  try {
    names = readdirSync(directory).filter((name) => name.endsWith('.jsonl')).sort();
  } catch {
    return [];
  }
  return names.map((name) => ({ path: join(directory, name), source: readFileSync(join(directory, name), 'utf8') }));
}

/** Parses every line; the first invalid one stops with its file, line and field. */
export function parseTrainingMessages(files: TrainingFile[]): LabelledText[] {
  return files.flatMap(({ path, source }) =>
    source.split('\n').flatMap((line, index) => {
      if (line.trim() === '') return [];
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch (error) {
        throw new KnowledgeError(`${path}:${index + 1}: not JSON: ${(error as Error).message}`);
      }
      const parsed = messageSchema.safeParse(raw);
      if (!parsed.success) throw new KnowledgeError(`${path}:${index + 1}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
      return [{ topic: parsed.data.topic, text: parsed.data.text }];
    }),
  );
}
