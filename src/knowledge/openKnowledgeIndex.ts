import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import type { Logger } from '../logger.js';
import type { CouncilProfile } from '../profile/councilProfile.js';
import { parseArticle, readArticleFiles, type Article } from './article.js';
import { loadConversationMoves } from './conversationMoves.js';
import { parseTrainingMessages, readTrainingFiles } from './trainingMessages.js';
import type { Embedder } from './embedder.js';
import {
  buildKnowledgeIndex,
  readKnowledgeIndex,
  readManifest,
  reusableVectors,
  staleReason,
  writeKnowledgeIndex,
  type KnowledgeContent,
  type KnowledgeIndex,
} from './knowledgeIndex.js';

export interface KnowledgeLocation {
  /** Folder holding `articles/`, `conversation-moves.yaml` and `training/`. */
  knowledgeDir: string;
  councilProfilePath: string;
  profile: CouncilProfile;
}

/**
 * Reads and validates every content file; throws KnowledgeError naming the file and field at
 * fault. The event loop runs between articles, so health probes answer while hundreds are parsed.
 */
export async function readKnowledgeContent({ knowledgeDir, councilProfilePath, profile }: KnowledgeLocation): Promise<KnowledgeContent> {
  const files = readArticleFiles(join(knowledgeDir, 'articles'));
  const movesPath = join(knowledgeDir, 'conversation-moves.yaml');
  const moves = loadConversationMoves(movesPath);
  const trainingFiles = readTrainingFiles(join(knowledgeDir, 'training'));
  const sources = [readFileSync(councilProfilePath, 'utf8'), readFileSync(movesPath, 'utf8'), ...files.map((file) => file.source), ...trainingFiles.map((file) => file.source)];
  const articles: Article[] = [];
  for (const file of files) {
    articles.push(parseArticle(file.path, file.source, profile));
    await setImmediate();
  }
  // A file at a time: the 5,900 labelled messages parsed and validated in one go held the loop about 70 ms.
  const training: KnowledgeContent['training'] = [];
  for (const file of trainingFiles) {
    training.push(...parseTrainingMessages([file]));
    await setImmediate();
  }
  return { articles, moves, training, sources };
}

export interface OpenedIndex {
  index: KnowledgeIndex;
  /** The labelled resident messages in `knowledge/training/`, read with the content either way. */
  trainingMessages: readonly string[];
  /** Why it was rebuilt, or undefined when the index on disk was current. */
  rebuiltBecause?: string;
}

export interface IndexLocation extends KnowledgeLocation {
  indexDir: string;
  /** Its id and dimensions decide whether the index on disk fits; a rebuild embeds with it. */
  embedder: Embedder;
  logger: Logger;
  /** Hears the share of a rebuild done, 0..1 (for `/readyz`). */
  onProgress?: (fraction: number) => void;
}

/** Tenths of a rebuild logged: enough to see it move on a large council's knowledge. */
const progressSteps = 10;

/**
 * Loads the index from disk, rebuilding it first when the content or the embedding model changed.
 * A rebuild embeds only the chunks whose text changed; the rest keep their vectors.
 */
export async function openKnowledgeIndex(location: IndexLocation): Promise<OpenedIndex> {
  const { indexDir, embedder, logger, onProgress } = location;
  const content = await readKnowledgeContent(location);
  const manifest = readManifest(indexDir);
  const reason = staleReason(manifest, content, embedder);
  const trainingMessages = content.training.map(({ text }) => text);
  if (manifest && !reason) return { index: await readKnowledgeIndex(indexDir, manifest, content.articles), trainingMessages };

  logger.info({ reason, articles: content.articles.length }, 'building the knowledge index');
  // Heard at once: the encoder can take seconds to load before its first batch reports.
  onProgress?.(0);
  let logged = 0;
  const index = await buildKnowledgeIndex(content, embedder, {
    reuse: reusableVectors(indexDir, embedder),
    onProgress(fraction) {
      onProgress?.(fraction);
      const step = Math.floor(fraction * progressSteps);
      if (step > logged) logger.info({ progress: step / progressSteps }, 'building the knowledge index');
      logged = Math.max(logged, step);
    },
  });
  const { chunkCount, embeddedChunkCount, buildMilliseconds } = index.manifest;
  try {
    await writeKnowledgeIndex(index, indexDir);
    logger.info({ chunks: chunkCount, embedded: embeddedChunkCount, milliseconds: buildMilliseconds }, 'knowledge index written');
  } catch (error) {
    // Built but not kept (a full disk, a read-only folder): the instance answers from memory rather than never being ready and
    // apologising to every question (operations trial 25, OPS25-02); the next start builds it again.
    logger.error({ err: error, chunks: chunkCount, milliseconds: buildMilliseconds }, 'knowledge index built but not written: answering from memory, and the next start builds it again');
  }
  return { index, trainingMessages, rebuiltBecause: reason };
}
