import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import type { Article } from './article.js';
import { chunkArticle, type Chunk } from './chunks.js';
import type { ConversationMoves } from './conversationMoves.js';
import type { Embedder } from './embedder.js';
import { LexicalIndex } from './lexicalIndex.js';
import { TopicClassifier, type ClassifierFiles, type LabelledText } from './topicClassifier.js';
import { VectorIndex } from './vectorIndex.js';

/** Bump when chunking, the classifier or the file layout changes: old indexes are then rebuilt. */
const formatVersion = 5;

export interface IndexManifest {
  formatVersion: number;
  /** Hash of the articles, conversation moves and council profile the index was built from. */
  contentHash: string;
  embedder: { id: string; dimensions: number };
  articleCount: number;
  chunkCount: number;
  /** Chunks the encoder ran for; the rest kept their vectors from the index before (same text, same model). */
  embeddedChunkCount?: number;
  builtAt: string;
  buildMilliseconds: number;
}

/** Everything retrieval needs in memory: articles, chunks with their vectors, and the three models. */
export interface KnowledgeIndex {
  manifest: IndexManifest;
  articles: Map<string, Article>;
  chunks: Chunk[];
  vectors: number[][];
  dense: VectorIndex;
  lexical: LexicalIndex;
  classifier: TopicClassifier;
}

export interface KnowledgeContent {
  articles: Article[];
  moves: ConversationMoves;
  /** Labelled resident messages (`knowledge/training/`), for the topic classifier only. */
  training: LabelledText[];
  /** The raw sources (files and profile) the hash is taken over. */
  sources: string[];
}

export function contentHash(content: KnowledgeContent): string {
  const hash = createHash('sha256').update(`format ${formatVersion}\n`);
  for (const source of content.sources) hash.update(source).update('\n\u0000\n');
  return hash.digest('hex');
}

/** The classifier's training set: sample questions, keywords and titles, conversation moves and labelled messages. */
export function trainingExamples(content: KnowledgeContent): LabelledText[] {
  const fromArticles = content.articles.flatMap((article) => [
    article.title,
    ...article.sampleQuestions,
    ...article.keywords,
  ].map((text) => ({ topic: article.topic, text })));
  const fromMoves = Object.entries(content.moves).flatMap(([topic, phrases]) =>
    phrases.map((text) => ({ topic: topic as keyof ConversationMoves, text })),
  );
  return [...fromArticles, ...fromMoves, ...content.training];
}

/** A chunk's vector stays valid while its text and the model are the same. */
function vectorKey(embedderId: string, text: string): string {
  return createHash('sha256').update(embedderId).update('\n').update(text).digest('base64');
}

export interface BuildOptions {
  /** Vectors of an earlier index by `vectorKey`: unchanged chunks are not embedded again. */
  reuse?: ReadonlyMap<string, number[]>;
  /** Hears the share of the embedding work done, 0..1. */
  onProgress?: (fraction: number) => void;
}

export async function buildKnowledgeIndex(content: KnowledgeContent, embedder: Embedder, { reuse = new Map(), onProgress }: BuildOptions = {}): Promise<KnowledgeIndex> {
  const started = performance.now();
  const chunks = content.articles.flatMap(chunkArticle);
  const keys = chunks.map((chunk) => vectorKey(embedder.id, chunk.text));
  const toEmbed = [...new Map(chunks.flatMap((chunk, position) => (reuse.has(keys[position]!) ? [] : [[keys[position]!, chunk.text] as const]))).entries()];
  // The classifier is fitted on the event loop (in slices) while the encoder threads embed: one after
  // the other they took about 25 s and 35 s of a cold start on 2 cores, the event loop idle for the first.
  const [fresh, classifier] = await Promise.all([
    embedder.embed(
      toEmbed.map(([, text]) => text),
      (done) => onProgress?.(done / toEmbed.length),
    ),
    TopicClassifier.fit(trainingExamples(content)),
  ]);
  const embedded = new Map(toEmbed.map(([key], position) => [key, fresh[position]!]));
  const vectors = keys.map((key) => embedded.get(key) ?? reuse.get(key)!);
  const dense = await VectorIndex.build(vectors, embedder.dimensions);
  const lexical = await LexicalIndex.build(content.articles);
  return {
    manifest: {
      formatVersion,
      contentHash: contentHash(content),
      embedder: { id: embedder.id, dimensions: embedder.dimensions },
      articleCount: content.articles.length,
      chunkCount: chunks.length,
      embeddedChunkCount: toEmbed.length,
      builtAt: new Date().toISOString(),
      buildMilliseconds: Math.round(performance.now() - started),
    },
    articles: new Map(content.articles.map((article) => [article.id, article])),
    chunks,
    vectors,
    dense,
    lexical,
    classifier,
  };
}

/** The vectors of the index in `directory` by `vectorKey`, when it was built with the same model; otherwise none. */
export function reusableVectors(directory: string, embedder: Embedder): Map<string, number[]> {
  const manifest = readManifest(directory);
  if (!manifest || manifest.embedder.id !== embedder.id || manifest.embedder.dimensions !== embedder.dimensions) return new Map();
  try {
    const chunks = JSON.parse(readFileSync(join(directory, files.chunks), 'utf8')) as Chunk[];
    const vectors = readVectors(directory, manifest.embedder.dimensions);
    if (vectors.length !== chunks.length) return new Map();
    return new Map(chunks.map((chunk, position) => [vectorKey(embedder.id, chunk.text), vectors[position]!]));
  } catch {
    // An unreadable earlier index only means everything is embedded again.
    return new Map();
  }
}

const files = {
  manifest: 'manifest.json',
  chunks: 'chunks.json',
  vectors: 'vectors.f32',
  dense: 'dense.hnsw',
  lexical: 'lexical.json',
  classifier: { model: 'topic-classifier.json', weights: 'topic-classifier.f32' },
};

const classifierFiles = (directory: string): ClassifierFiles => ({ model: join(directory, files.classifier.model), weights: join(directory, files.classifier.weights) });

/**
 * Writes to a sibling folder and swaps it in, so a crash mid-write never leaves a half index. The
 * event loop runs between files (the classifier alone is megabytes of JSON).
 */
export async function writeKnowledgeIndex(index: KnowledgeIndex, directory: string): Promise<void> {
  const staging = `${directory}.building`;
  try {
    await writeStaged(index, staging);
  } catch (error) {
    // A full disk's half-written copy would hold the space the next start needs.
    try {
      rmSync(staging, { recursive: true, force: true });
    } catch {
      // Nothing was there to remove, or it cannot be reached either: the error that matters is the write's.
    }
    throw error;
  }
  rmSync(directory, { recursive: true, force: true });
  renameSync(staging, directory);
}

/** Every file of the index into `staging`, the manifest last. */
async function writeStaged(index: KnowledgeIndex, staging: string): Promise<void> {
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  // Written on libuv's threads: the 13 MB classifier written synchronously held the event loop 40–100 ms.
  await writeFile(join(staging, files.chunks), JSON.stringify(index.chunks));
  const { dimensions } = index.manifest.embedder;
  // Copied a vector at a time: `vectors.flat()` made an array of 430,000 boxed numbers first.
  const flat = new Float32Array(index.vectors.length * dimensions);
  index.vectors.forEach((vector, position) => flat.set(vector, position * dimensions));
  await writeFile(join(staging, files.vectors), flat);
  await setImmediate();
  await index.dense.write(join(staging, files.dense));
  await writeFile(join(staging, files.lexical), index.lexical.toJSON());
  await setImmediate();
  await index.classifier.write(classifierFiles(staging));
  await setImmediate();
  // The manifest last: its presence marks a complete index.
  writeFileSync(join(staging, files.manifest), JSON.stringify(index.manifest, null, 2));
}

export function readManifest(directory: string): IndexManifest | undefined {
  const path = join(directory, files.manifest);
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as IndexManifest;
  } catch {
    return undefined;
  }
}

function readVectors(directory: string, dimensions: number): number[][] {
  const raw = readFileSync(join(directory, files.vectors));
  const flat = new Float32Array(raw.buffer, raw.byteOffset, raw.byteLength / Float32Array.BYTES_PER_ELEMENT);
  const vectors: number[][] = [];
  for (let start = 0; start < flat.length; start += dimensions) vectors.push(Array.from(flat.subarray(start, start + dimensions)));
  return vectors;
}

/** Reads the index a file at a time, letting the event loop run between files. */
export async function readKnowledgeIndex(directory: string, manifest: IndexManifest, articles: Article[]): Promise<KnowledgeIndex> {
  const { dimensions } = manifest.embedder;
  const chunks = JSON.parse(readFileSync(join(directory, files.chunks), 'utf8')) as Chunk[];
  await setImmediate();
  const vectors = readVectors(directory, dimensions);
  await setImmediate();
  const dense = VectorIndex.read(join(directory, files.dense), dimensions);
  await setImmediate();
  const lexical = LexicalIndex.fromJSON(readFileSync(join(directory, files.lexical), 'utf8'));
  await setImmediate();
  const classifier = await TopicClassifier.read(classifierFiles(directory));
  return { manifest, articles: new Map(articles.map((article) => [article.id, article])), chunks, vectors, dense, lexical, classifier };
}

/** Why an index on disk cannot be used as it is; undefined when it is current. */
export function staleReason(manifest: IndexManifest | undefined, content: KnowledgeContent, embedder: Embedder): string | undefined {
  if (!manifest) return 'no index yet';
  if (manifest.formatVersion !== formatVersion) return 'index format changed';
  if (manifest.embedder.id !== embedder.id || manifest.embedder.dimensions !== embedder.dimensions) return 'embedding model changed';
  if (manifest.contentHash !== contentHash(content)) return 'knowledge or council profile changed';
  return undefined;
}
