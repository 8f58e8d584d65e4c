import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/knowledge/article.js';
import { LexicalIndex } from '../../src/knowledge/lexicalIndex.js';

const article = (id: string, body: string): Article =>
  ({ id, title: id, topic: 'out-of-scope', summary: body, url: `https://www.northbrook.example/${id}`, keywords: [], sampleQuestions: [], actions: [], sections: [{ heading: id, body }] }) as unknown as Article;

describe('LexicalIndex.query', () => {
  const built = LexicalIndex.build([article('emergencies', 'In an emergency call 999 now.'), article('gardens', 'Garden waste is collected every other week.')]);

  it('searches each word once: a word said 500 times finds what it finds said once (outside attack 17, N9)', async () => {
    const index = await built;
    expect(index.query('999 '.repeat(500), 5)).toEqual(index.query('999', 5));
  });

  it('searches the first 60 different words, where a long question says what it is about', async () => {
    const index = await built;
    const opening = Array.from({ length: 60 }, (_, word) => `word${word}`).join(' ');
    expect(index.query(`garden ${opening}`, 5).map((hit) => hit.articleId)).toEqual(['gardens']);
    expect(index.query(`${opening} garden`, 5)).toEqual([]);
  });
});
