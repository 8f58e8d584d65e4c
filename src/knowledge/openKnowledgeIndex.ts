import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../logger.js';
import type { CouncilProfile } from '../profile/councilProfile.js';
import { parseArticles, readArticleFiles } from './article.js';
import { loadConversationMoves } from './conversationMoves.js';
import type { Embedder } from './embedder.js';
import {
  buildKnowledgeIndex,
  readKnowledgeIndex,
  readManifest,
  staleReason,
  writeKnowledgeIndex,
  type KnowledgeContent,
  type KnowledgeIndex,
} from './knowledgeIndex.js';

export interface KnowledgeLocation {
  /** Folder holding `articles/` and `conversation-moves.yaml`. */
  knowledgeDir: string;
  councilProfilePath: string;
  profile: CouncilProfile;
}

/** Reads and validates every content file; throws KnowledgeError naming the file and field at fault. */
export function readKnowledgeContent({ knowledgeDir, councilProfilePath, profile }: KnowledgeLocation): KnowledgeContent {
  const files = readArticleFiles(join(knowledgeDir, 'articles'));
  const movesPath = join(knowledgeDir, 'conversation-moves.yaml');
  const moves = loadConversationMoves(movesPath);
  const sources = [readFileSync(councilProfilePath, 'utf8'), readFileSync(movesPath, 'utf8'), ...files.map((file) => file.source)];
  return { articles: parseArticles(files, profile), moves, sources };
}

export interface OpenedIndex {
  index: KnowledgeIndex;
  /** Why it was rebuilt, or undefined when the index on disk was current. */
  rebuiltBecause?: string;
}

/** Loads the index from disk, rebuilding it first when the content or the embedding model changed. */
export async function openKnowledgeIndex(
  location: KnowledgeLocation & { indexDir: string; embedder: Embedder; logger: Logger },
): Promise<OpenedIndex> {
  const content = readKnowledgeContent(location);
  const manifest = readManifest(location.indexDir);
  const reason = staleReason(manifest, content, location.embedder);
  if (manifest && !reason) return { index: readKnowledgeIndex(location.indexDir, manifest, content.articles) };

  location.logger.info({ reason, articles: content.articles.length }, 'building the knowledge index');
  const index = await buildKnowledgeIndex(content, location.embedder);
  writeKnowledgeIndex(index, location.indexDir);
  location.logger.info({ chunks: index.manifest.chunkCount, milliseconds: index.manifest.buildMilliseconds }, 'knowledge index written');
  return { index, rebuiltBecause: reason };
}
