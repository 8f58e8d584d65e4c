import type { Article } from './article.js';

/**
 * What gets embedded for an article: each section, the summary, and each sample question
 * and the keywords as extra keys pointing at the same article (residents ask in their words,
 * not in the article's).
 */
export type ChunkKind = 'summary' | 'section' | 'question' | 'keywords';

export interface Chunk {
  articleId: string;
  kind: ChunkKind;
  /** Index into `article.sections` for a section chunk. */
  sectionIndex?: number;
  text: string;
}

/** Plain text from Markdown: list markers, emphasis and link syntax removed. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/^\s*(?:[-*]|\d+\.)\s+/gm, '')
    .replace(/[*_`#>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words of a section that are embedded: its opening carries the key fact, and longer text costs time, not accuracy. */
const sectionLeadWords = 32;

function lead(text: string, wordLimit: number): string {
  const words = text.split(' ');
  return words.length <= wordLimit ? text : words.slice(0, wordLimit).join(' ');
}

export function chunkArticle(article: Article): Chunk[] {
  const chunks: Chunk[] = [{ articleId: article.id, kind: 'summary', text: `${article.title}. ${plainText(article.summary)}` }];
  article.sections.forEach((section, sectionIndex) => {
    chunks.push({ articleId: article.id, kind: 'section', sectionIndex, text: `${article.title}: ${section.heading}. ${lead(plainText(section.body), sectionLeadWords)}` });
  });
  for (const question of article.sampleQuestions) chunks.push({ articleId: article.id, kind: 'question', text: question });
  chunks.push({ articleId: article.id, kind: 'keywords', text: article.keywords.join(', ') });
  return chunks;
}
