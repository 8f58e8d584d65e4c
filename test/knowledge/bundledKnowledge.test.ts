import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/knowledge/article.js';
import { loadConversationMoves } from '../../src/knowledge/conversationMoves.js';
import { loadCouncilProfile } from '../../src/profile/councilProfile.js';
import { answerableTopicIds } from '../../src/triage/topics.js';

const profile = loadCouncilProfile('knowledge/council.yaml');
const articles = loadArticles('knowledge/articles', profile);

describe('the bundled knowledge', () => {
  it('has at least 40 valid articles with unique ids', () => {
    expect(articles.length).toBeGreaterThanOrEqual(40);
    expect(new Set(articles.map((article) => article.id)).size).toBe(articles.length);
  });

  it.each(answerableTopicIds)('covers the topic %s', (topic) => {
    expect(articles.filter((article) => article.topic === topic).length).toBeGreaterThanOrEqual(topic === 'garages' || topic === 'complaints' ? 2 : 3);
  });

  it('writes every phone number as a profile placeholder, never literally', () => {
    const phoneLike = /(?<![\d{])(?:0\d{2,4}[ ]?\d{3}[ ]?\d{3,4}|0800 ?\d{3} ?\d{3,4}|116 ?\d{3})(?!\d)/;
    for (const article of articles) {
      expect(readFileSync(article.path, 'utf8'), article.path).not.toMatch(phoneLike);
    }
  });

  it('links every article to a page on the council or county site, GOV.UK or the NHS', () => {
    const sites = [profile.council.website, profile.county.website, 'https://www.gov.uk', 'https://www.nhs.uk'];
    for (const article of articles) expect(sites.some((site) => article.url.startsWith(site)), article.id).toBe(true);
  });

  it('loads the conversation moves the classifier learns from', () => {
    const moves = loadConversationMoves('knowledge/conversation-moves.yaml');
    expect(moves.smalltalk.length).toBeGreaterThanOrEqual(5);
    expect(moves['contact-human'].length).toBeGreaterThanOrEqual(5);
  });
});
