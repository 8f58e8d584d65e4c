import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import type { Article } from './article.js';
import { plainText } from './chunks.js';
import { searchTerm, words } from './textTokens.js';

interface LexicalDocument {
  id: string;
  title: string;
  keywords: string;
  questions: string;
  summary: string;
  body: string;
}

const fields = ['title', 'keywords', 'questions', 'summary', 'body'] as const;

const options: Options<LexicalDocument> = {
  fields: [...fields],
  storeFields: [],
  tokenize: (text: string) => words(text),
  processTerm: (term: string) => searchTerm(term),
  searchOptions: {
    // Keywords and sample questions are written in residents' words: they count most.
    boost: { title: 2, keywords: 3, questions: 2, summary: 1.5, body: 1 },
    // Typos ("mould" / "mold", "collcted") and word stems residents cut short.
    fuzzy: (term: string) => (term.length >= 5 ? 0.2 : false),
    prefix: (term: string) => term.length >= 4,
    combineWith: 'OR',
  },
};

/** Different words a query is searched for: well past a long question's point, which comes early. */
const queryWordsAtMost = 60;

/** BM25 over one document per article (MiniSearch), with stemming shared with the classifier. */
export class LexicalIndex {
  private constructor(private readonly search: MiniSearch<LexicalDocument>) {}

  /** Indexes a few articles at a time, letting the event loop run between them. */
  static async build(articles: Article[]): Promise<LexicalIndex> {
    const search = new MiniSearch<LexicalDocument>(options);
    await search.addAllAsync(
      articles.map((article) => ({
        id: article.id,
        title: article.title,
        keywords: article.keywords.join(' '),
        questions: article.sampleQuestions.join(' '),
        summary: plainText(article.summary),
        body: article.sections.map((section) => `${section.heading} ${plainText(section.body)}`).join(' '),
      })),
      { chunkSize: 5 },
    );
    return new LexicalIndex(search);
  }

  static fromJSON(json: string): LexicalIndex {
    return new LexicalIndex(MiniSearch.loadJSON<LexicalDocument>(json, options));
  }

  toJSON(): string {
    return JSON.stringify(this.search);
  }

  /**
   * Articles best first, with their BM25 scores. Each word is searched once, and only the first
   * `queryWordsAtMost` different words: every word costs a pass over the articles that hold it, so 500
   * of "999", a word most safety articles hold, held the event loop after safety advice, where the
   * message is searched for what the resident asks (outside attack 17, N9).
   */
  query(text: string, limit: number): { articleId: string; score: number }[] {
    return this.search
      .search([...new Set(words(text))].slice(0, queryWordsAtMost).join(' '))
      .slice(0, limit)
      .map((result: SearchResult) => ({ articleId: String(result.id), score: result.score }));
  }
}
