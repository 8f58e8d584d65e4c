import { Document } from '@langchain/core/documents';
import { BaseRetriever, type BaseRetrieverInput } from '@langchain/core/retrievers';
import type { HybridRetriever } from './hybridRetriever.js';

export interface KnowledgeRetrieverInput extends BaseRetrieverInput {
  retriever: HybridRetriever;
  limit?: number;
}

/**
 * The hybrid retriever as a LangChain retriever: one document per article, its best section
 * as the content, so a chain can cite article ids and links.
 */
export class LangChainKnowledgeRetriever extends BaseRetriever {
  override lc_namespace = ['council_assistant', 'knowledge'];
  private readonly retriever: HybridRetriever;
  private readonly limit: number;

  constructor(input: KnowledgeRetrieverInput) {
    super(input);
    this.retriever = input.retriever;
    this.limit = input.limit ?? 4;
  }

  override async _getRelevantDocuments(query: string): Promise<Document[]> {
    const { articles } = await this.retriever.retrieve(query, this.limit);
    return articles.map(({ article, score, sectionIndex }) => {
      const section = article.sections[sectionIndex] ?? article.sections[0]!;
      return new Document({
        pageContent: `${article.title}\n${article.summary}\n\n${section.heading}\n${section.body}`,
        metadata: { id: article.id, title: article.title, topic: article.topic, url: article.url, section: section.heading, score },
      });
    });
  }
}
