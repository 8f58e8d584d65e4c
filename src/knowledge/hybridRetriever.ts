import type { Article } from './article.js';
import { dot, type Embedder } from './embedder.js';
import type { KnowledgeIndex } from './knowledgeIndex.js';
import { terms } from './textTokens.js';

export type RetrievalMode = 'hybrid' | 'dense' | 'lexical';

export interface RetrievedArticle {
  article: Article;
  /** Calibrated confidence in 0..1 that this article answers the query. */
  score: number;
  /** The section that best matches the query. */
  sectionIndex: number;
  /** Best cosine similarity of any of the article's chunks (sections, summary, questions, keywords). */
  denseSimilarity: number;
  /** BM25 score of the article, 0 when the lexical index did not find it. */
  lexicalScore: number;
}

export interface Retrieval {
  articles: RetrievedArticle[];
  /** The query's embedding, for callers that score more things against it (the topic router). */
  queryVector: number[];
}

/** Chunks read from the dense index per query: enough that every strong article shows up. */
const denseCandidates = 60;
const lexicalCandidates = 20;
/** Reciprocal-rank fusion constant (Cormack et al.); 60 is the usual choice and measured best here. */
const rrfK = 60;
/**
 * What a sample question loses when it is the resident's question narrowed to its article's own
 * subject: every word the resident used, plus a word only that article's title has, which they did
 * not say ("when is my bin day over Christmas" for "when is my bin day"). Sentence embeddings score
 * such a question closest of all, so the article about the narrower case beat the one asked about.
 */
const narrowerQuestionDiscount = 0.1;

/**
 * Dense (sentence embeddings) and lexical (BM25) retrieval over the same articles, fused by
 * reciprocal rank with a third ranking of both scores at once, one hit per article. The confidence is a logistic of the dense similarity and
 * whether both retrievers agree, so "I'm not sure" means the same thing for every query.
 */
export class HybridRetriever {
  /** Per article, its section chunks' labels and word stems, computed on the article's first use. */
  private readonly sectionsByArticle = new Map<string, { label: number; sectionIndex: number; terms: Set<string> }[]>();
  /** Per sample-question chunk, its word stems and the stems only its article's title has, computed on the chunk's first use. */
  private readonly questionTerms = new Map<number, { terms: Set<string>; subjectTerms: Set<string> } | null>();
  /** Per article, the stems of its title that no other title has. */
  private readonly subjectTermsByArticle = new Map<string, Set<string>>();
  /** Section chunk labels per article (positions only: their stems wait for `sectionsOf`). */
  private readonly sectionLabels = new Map<string, number[]>();

  /**
   * Only the titles' stems at once: stemming every chunk here (questions and sections) held the
   * event loop 40–80 ms at the end of a cold start; each chunk is stemmed when a query first needs it.
   */
  constructor(
    private readonly index: KnowledgeIndex,
    private readonly embedder: Embedder,
  ) {
    const titleTerms = new Map([...index.articles.values()].map((article) => [article.id, new Set(terms(article.title))]));
    const titlesWith = new Map<string, number>();
    for (const stems of titleTerms.values()) for (const term of stems) titlesWith.set(term, (titlesWith.get(term) ?? 0) + 1);
    for (const [articleId, stems] of titleTerms) this.subjectTermsByArticle.set(articleId, new Set([...stems].filter((term) => titlesWith.get(term) === 1)));
    index.chunks.forEach((chunk, label) => {
      if (chunk.kind !== 'section' || chunk.sectionIndex === undefined) return;
      const labels = this.sectionLabels.get(chunk.articleId) ?? [];
      labels.push(label);
      this.sectionLabels.set(chunk.articleId, labels);
    });
  }

  /** A sample-question chunk's stems and its article's subject stems; undefined for any other chunk. */
  private questionOf(label: number): { terms: Set<string>; subjectTerms: Set<string> } | undefined {
    let question = this.questionTerms.get(label);
    if (question === undefined) {
      const chunk = this.index.chunks[label];
      question = chunk?.kind === 'question' ? { terms: new Set(terms(chunk.text)), subjectTerms: this.subjectTermsByArticle.get(chunk.articleId) ?? new Set() } : null;
      this.questionTerms.set(label, question);
    }
    return question ?? undefined;
  }

  /** An article's section chunks with their stems. */
  private sectionsOf(articleId: string): { label: number; sectionIndex: number; terms: Set<string> }[] {
    let sections = this.sectionsByArticle.get(articleId);
    if (!sections) {
      sections = (this.sectionLabels.get(articleId) ?? []).map((label) => {
        const chunk = this.index.chunks[label]!;
        return { label, sectionIndex: chunk.sectionIndex!, terms: new Set(terms(chunk.text)) };
      });
      this.sectionsByArticle.set(articleId, sections);
    }
    return sections;
  }

  async retrieve(query: string, limit = 5, mode: RetrievalMode = 'hybrid'): Promise<Retrieval> {
    const [queryVector] = await this.embedder.embed([query]);
    if (!queryVector) throw new Error('the embedder returned no vector');

    const queryTerms = new Set(terms(query));
    const denseByArticle = new Map<string, number>();
    for (const { label, similarity } of this.index.dense.query(queryVector, denseCandidates)) {
      const chunk = this.index.chunks[label];
      if (!chunk) continue;
      const matched = this.isNarrowerQuestion(label, queryTerms) ? similarity - narrowerQuestionDiscount : similarity;
      denseByArticle.set(chunk.articleId, Math.max(denseByArticle.get(chunk.articleId) ?? -1, matched));
    }
    const denseRanking = [...denseByArticle].sort((a, b) => b[1] - a[1]).map(([articleId]) => articleId);
    const lexicalHits = this.index.lexical.query(query, lexicalCandidates);
    const lexicalByArticle = new Map(lexicalHits.map((hit) => [hit.articleId, hit.score]));
    const lexicalRanking = lexicalHits.map((hit) => hit.articleId);

    // Reciprocal ranks see only the order: a question sharing its rare words with one article ("direct debit", "live alone")
    // lost to an article a little nearer in meaning that shares a third as much (caller trial 30, C30-11 and C30-31). The
    // articles ordered by both scores at once, lexical times dense, are a third ranking that sees how far ahead one is.
    const agreedRanking = lexicalHits
      .map((hit) => [hit.articleId, hit.score * Math.max(denseByArticle.get(hit.articleId) ?? 0, 0)] as const)
      .sort((a, b) => b[1] - a[1])
      .map(([articleId]) => articleId);
    const rankings = mode === 'dense' ? [denseRanking] : mode === 'lexical' ? [lexicalRanking] : [denseRanking, lexicalRanking, agreedRanking];
    const fused = new Map<string, number>();
    for (const ranking of rankings) {
      ranking.forEach((articleId, rank) => fused.set(articleId, (fused.get(articleId) ?? 0) + 1 / (rrfK + rank + 1)));
    }
    const ranked = [...fused].sort((a, b) => b[1] - a[1]).slice(0, limit);
    const articles = ranked.flatMap(([articleId], position) => {
      const article = this.index.articles.get(articleId);
      if (!article) return [];
      const denseSimilarity = denseByArticle.get(articleId) ?? 0;
      const lexicalScore = lexicalByArticle.get(articleId) ?? 0;
      const agreement = denseRanking[0] === articleId && lexicalRanking[0] === articleId;
      return [
        {
          article,
          score: confidence(denseSimilarity, lexicalScore, agreement, position),
          sectionIndex: this.bestSection(article, queryVector, queryTerms),
          denseSimilarity,
          lexicalScore,
        },
      ];
    });
    return { articles, queryVector };
  }

  /** A sample question with every word of the query and a word only its article's title has, which the query lacks. */
  private isNarrowerQuestion(label: number, queryTerms: Set<string>): boolean {
    const question = this.questionOf(label);
    if (!question || queryTerms.size === 0 || ![...queryTerms].every((term) => question.terms.has(term))) return false;
    return [...question.terms].some((term) => !queryTerms.has(term) && question.subjectTerms.has(term));
  }

  /** The section closest to the query: embedding similarity plus a share of the query's words it contains. */
  private bestSection(article: Article, queryVector: number[], queryTerms: Set<string>): number {
    let best = { index: 0, score: -Infinity };
    for (const section of this.sectionsOf(article.id)) {
      const shared = [...queryTerms].filter((term) => section.terms.has(term)).length;
      const overlap = queryTerms.size === 0 ? 0 : shared / queryTerms.size;
      const score = dot(this.index.vectors[section.label]!, queryVector) + 0.5 * overlap;
      if (score > best.score) best = { index: section.sectionIndex, score };
    }
    return best.index;
  }
}

/**
 * Confidence as a logistic of retrieval features, set by inspecting the dev set (`npm run
 * bench:retrieval` prints the reliability table): below 0.5 the top article was more often wrong
 * than right, above 0.75 it was right about nine times in ten.
 */
export function confidence(denseSimilarity: number, lexicalScore: number, agreement: boolean, position: number): number {
  const z = -6.2 + 9.5 * denseSimilarity + 0.08 * Math.min(lexicalScore, 30) + (agreement ? 1.2 : 0) - 0.8 * position;
  return 1 / (1 + Math.exp(-z));
}
