import type { AppConfig } from '../config.js';
import type { Logger } from '../logger.js';
import type { CouncilProfile } from '../profile/councilProfile.js';
import type { AnswerableTopicId } from '../triage/topics.js';
import { composeGroundedAnswer, type GroundedAnswer } from './answer.js';
import type { Embedder } from './embedder.js';
import { HybridRetriever, type RetrievedArticle } from './hybridRetriever.js';
import type { IndexManifest } from './knowledgeIndex.js';
import { openKnowledgeIndex } from './openKnowledgeIndex.js';
import type { TopicScore } from './topicClassifier.js';
import { CachedEmbedder, type EmbeddingCacheStats } from './cachedEmbedder.js';
import { chooseEmbedder } from './chooseEmbedder.js';

export interface KnowledgeSearch {
  articles: RetrievedArticle[];
  classifier: TopicScore[];
}

/** The knowledge side of the assistant, as the triage and the forms use it. */
export interface AssistantKnowledge {
  manifest: IndexManifest;
  retriever: HybridRetriever;
  search(text: string): Promise<KnowledgeSearch>;
  answer(text: string, articles: RetrievedArticle[], alternatives: AnswerableTopicId[]): GroundedAnswer;
  /** Residents' messages from `knowledge/training/`: what the server warms its readers on before it is ready. */
  trainingMessages: readonly string[];
  /** How often a question's embedding came from the cache, for `/metrics`. */
  queryCache(): EmbeddingCacheStats;
  /** Stops the encoder's threads. */
  close(): Promise<void>;
}

/** Articles considered per message: enough for "did you mean" choices and for topic voting. */
const articlesPerSearch = 5;

export interface KnowledgeParts {
  config: Pick<AppConfig, 'knowledgeDir' | 'indexDir' | 'councilProfilePath' | 'embeddings'>;
  profile: CouncilProfile;
  logger: Logger;
  /** Chosen from config when not given. */
  embedder?: Embedder;
  /** Hears the share of an index rebuild done, 0..1. */
  onProgress?: (fraction: number) => void;
}

/** Opens (and if stale, rebuilds) the index and wraps retrieval, classification and answering. */
export async function openAssistantKnowledge({ config, profile, logger, embedder, onProgress }: KnowledgeParts): Promise<AssistantKnowledge> {
  const questions = embedder ?? (await chooseEmbedder(config, 'questions'));
  const { index, trainingMessages } = await openKnowledgeIndex({
    knowledgeDir: config.knowledgeDir,
    councilProfilePath: config.councilProfilePath,
    indexDir: config.indexDir,
    profile,
    // A rebuild at start uses the same threads: the event loop keeps its core, so health probes answer.
    embedder: questions,
    logger,
    ...(onProgress && { onProgress }),
  });
  const queries = new CachedEmbedder(questions);
  await questions.warm?.();
  const retriever = new HybridRetriever(index, queries);
  return {
    trainingMessages,
    queryCache: () => queries.stats(),
    close: async () => questions.close?.(),
    manifest: index.manifest,
    retriever,
    async search(text) {
      const { articles } = await retriever.retrieve(text, articlesPerSearch);
      return { articles, classifier: index.classifier.classify(text) };
    },
    answer: composeGroundedAnswer,
  };
}
