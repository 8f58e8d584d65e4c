import { beforeAll, describe, expect, it } from 'vitest';
import { composeGroundedAnswer } from '../../src/knowledge/answer.js';
import type { Article } from '../../src/knowledge/article.js';
import type { AssistantKnowledge } from '../../src/knowledge/assistantKnowledge.js';
import { openBundledKnowledge } from '../support/offlineTriage.js';

let knowledge: AssistantKnowledge;

beforeAll(async () => {
  knowledge = await openBundledKnowledge();
});

// Phrasings written for this test: the everyday question should get the everyday article, a
// question about a narrower case (Christmas, registering a birth) still gets the narrower one.
describe('which article answers', () => {
  it.each([
    ['when is my bin day', 'waste-collections-collection-days'],
    ['what day is bin day on my road', 'waste-collections-collection-days'],
    ['when do the bin men come', 'waste-collections-collection-days'],
    ['when is my bin day over christmas', 'waste-collections-bank-holiday-christmas'],
    ['are the bins collected on the bank holiday', 'waste-collections-bank-holiday-christmas'],
    ['i need a doctors appointment for my son', 'out-of-scope-health-gp-nhs'],
    ['can I get an appointment at the doctors for my mum', 'out-of-scope-health-gp-nhs'],
    ['my daughter needs to see a dentist', 'out-of-scope-health-gp-nhs'],
    ['how do I register with a GP', 'out-of-scope-health-gp-nhs'],
    ['how do I register a birth', 'out-of-scope-births-deaths-marriages'],
    ['how do i apply for a blue badge', 'out-of-scope-blue-badges'],
    ['can I renew my blue badge', 'out-of-scope-blue-badges'],
    ['my elderly dad needs carers at home', 'out-of-scope-social-care'],
  ])('"%s" is answered from %s', async (question, articleId) => {
    const { articles } = await knowledge.search(question);
    const answer = knowledge.answer(question, articles, []);
    expect(answer.kind === 'answer' && answer.articleId).toBe(articleId);
  });

  // What a band pays is the council's charge, said in the article without a number: never only how to challenge the band.
  it.each(['how much is my council tax band D', 'what do band B houses pay in council tax'])('"%s" is told where each band\'s charge is', async (question) => {
    const { articles } = await knowledge.search(question);
    expect(knowledge.answer(question, articles, []).text).toMatch(/each band pays|charge for each band|charges by band/);
  });

  it.each(['how do i apply for a blue badge', 'where do I get a disabled parking badge for my dad'])('"%s" does not open with the emergency number', async (question) => {
    const { articles } = await knowledge.search(question);
    expect(knowledge.answer(question, articles, []).text).not.toMatch(/^If someone is in immediate danger/);
  });
});

const article = (summary: string, sections: { heading: string; body: string }[]): Article =>
  ({ id: 'many-things', title: 'Many things', topic: 'out-of-scope', summary, url: 'https://www.northbrook.example/many', keywords: [], sampleQuestions: [], actions: [], sections }) as unknown as Article;

describe('the answer’s opening', () => {
  const covering = article('If anyone is in danger, call 999. Social care is run by the county.', [
    { heading: 'Social care', body: 'The county runs adult social care.' },
    { heading: 'Bus passes', body: 'Older person bus passes are issued by the county. Apply online.' },
  ]);

  it.each([
    ['a question about one section, sharing no word with the summary', 'how do I get a bus pass', 1, false],
    ['a question the summary speaks to', 'who runs social care', 0, true],
    ['a question sharing words with neither', 'what about the other thing', 0, true],
  ])('leads with the summary only for %s', (_case, question, sectionIndex, withSummary) => {
    const answer = composeGroundedAnswer(question, [{ article: covering, score: 0.9, sectionIndex, denseSimilarity: 0.8, lexicalScore: 10 }], []);
    expect(answer.text.startsWith('If anyone is in danger')).toBe(withSummary);
  });
});
