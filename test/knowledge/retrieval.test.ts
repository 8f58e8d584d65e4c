import { beforeAll, describe, expect, it } from 'vitest';
import type { AssistantKnowledge } from '../../src/knowledge/assistantKnowledge.js';
import { LangChainKnowledgeRetriever } from '../../src/knowledge/langchainRetriever.js';
import { openBundledKnowledge } from '../support/offlineTriage.js';

let knowledge: AssistantKnowledge;

beforeAll(async () => {
  knowledge = await openBundledKnowledge();
});

describe('hybrid retrieval and grounded answers (real embedded model)', () => {
  it('finds the damp and mould reporting article for a paraphrase that shares few of its words', async () => {
    const { articles } = await knowledge.search('dark spotty fungus is creeping up the wall behind the wardrobe in our rented council flat');
    expect(articles[0]!.article.topic).toBe('damp-mould');
    expect(articles[0]!.score).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    ['can I pay by direct debit for council tax', 'council-tax-how-to-pay'],
    ['is it possible to set my council tax up on direct debit', 'council-tax-how-to-pay'],
    ['I live alone, can I get money off my council tax?', 'council-tax-single-person-discount'],
  ])('answers %j from the article that shares its rarest words, not a nearer-sounding one of the same service', async (text, id) => {
    // The arrears article answered "direct debit" with court summonses (caller trial 30, C30-31).
    const { articles } = await knowledge.search(text);
    expect(articles[0]!.article.id).toBe(id);
  });

  it('returns one hit per article, best first', async () => {
    const { articles } = await knowledge.search('my recycling bin was not emptied this week');
    const ids = articles.map((hit) => hit.article.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...articles].sort((a, b) => b.score - a.score).map((hit) => hit.article.id)[0]).toBe(ids[0]);
    expect(articles[0]!.article.topic).toBe('missed-bin');
  });

  it('answers from the article: its summary, its link and its actions', async () => {
    const text = 'my green garden bin never got picked up on Monday';
    const { articles } = await knowledge.search(text);
    const answer = knowledge.answer(text, articles, []);
    expect(answer.kind).toBe('answer');
    if (answer.kind !== 'answer') return;
    const article = articles[0]!.article;
    expect(answer.text).toContain(article.summary.trim().slice(0, 40));
    expect(answer.text).toContain(`(${article.url})`);
    expect(answer.actions.map((action) => action.label)).toEqual(article.actions.map((action) => action.label));
    expect(answer.text).not.toMatch(/\{\{/);
  });

  it('says it is not sure, with topic choices, when nothing matches well', async () => {
    const text = 'zxq blorvat mintek quopple';
    const { articles } = await knowledge.search(text);
    const answer = knowledge.answer(text, articles, ['repairs', 'council-tax']);
    expect(answer.kind).toBe('unsure');
    if (answer.kind !== 'unsure') return;
    expect(answer.text).toMatch(/not sure/);
    expect(answer.suggestions.length).toBeGreaterThanOrEqual(2);
    expect(answer.suggestions[0]).toEqual({ topic: 'repairs', label: 'Repairs' });
  });

  it('is usable as a LangChain retriever, with the article as metadata', async () => {
    const retriever = new LangChainKnowledgeRetriever({ retriever: knowledge.retriever, limit: 3 });
    const documents = await retriever.invoke('how do I pay my council tax by direct debit');
    expect(documents).toHaveLength(3);
    expect(documents[0]!.metadata).toMatchObject({ topic: 'council-tax' });
    expect(documents[0]!.metadata.url).toMatch(/^https:\/\//);
    expect(documents[0]!.pageContent.length).toBeGreaterThan(40);
  });
});
