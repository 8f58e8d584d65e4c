import { describe, expect, it } from 'vitest';
import { KnowledgeError, parseArticle } from '../../src/knowledge/article.js';
import { loadCouncilProfile } from '../../src/profile/councilProfile.js';

const profile = loadCouncilProfile('knowledge/council.yaml');

function articleSource(overrides: Record<string, string> = {}, body = '## Who to call\nCall us on {{council.phone}}.\n'): string {
  const fields: Record<string, string> = {
    id: 'repairs-test-article',
    title: 'A test article',
    topic: 'repairs',
    summary: 'Ring {{council.phone}} or use {{council.website}} to report a repair.',
    url: '"{{council.website}}/repairs"',
    lastReviewed: '2026-11-20',
    owner: 'Housing Repairs Team',
    keywords: '[repair, broken, fix]',
    sampleQuestions: '["How do I get something fixed?", "Who mends a broken window?", "Can you repair my door?"]',
    actions: '[{label: Report a repair, start: report-repair}]',
    ...overrides,
  };
  const frontMatter = Object.entries(fields)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');
  return `---\n${frontMatter}\n---\n\n${body}`;
}

const parse = (source: string) => parseArticle('knowledge/articles/repairs-test-article.md', source, profile);

describe('article front-matter', () => {
  it('parses a valid article and resolves profile placeholders everywhere', () => {
    const article = parse(articleSource());
    expect(article.summary).toBe(`Ring ${profile.council.phone} or use ${profile.council.website} to report a repair.`);
    expect(article.url).toBe(`${profile.council.website}/repairs`);
    expect(article.sections).toEqual([{ heading: 'Who to call', body: `Call us on ${profile.council.phone}.` }]);
    expect(article.actions).toEqual([{ label: 'Report a repair', start: 'report-repair' }]);
  });

  it.each([
    [{ topic: 'potholes' }, 'topic'],
    [{ summary: '' }, 'summary'],
    [{ sampleQuestions: '["Just one question here?"]' }, 'sampleQuestions'],
    [{ lastReviewed: 'last week' }, 'lastReviewed'],
    [{ actions: '[{label: Do it, start: launch-rocket}]' }, 'actions.0'],
    [{ colour: 'blue' }, 'colour'],
  ])('names the file and the field at fault: %o', (overrides, field) => {
    expect(() => parse(articleSource(overrides))).toThrow(KnowledgeError);
    expect(() => parse(articleSource(overrides))).toThrow(new RegExp(`repairs-test-article\\.md: .*${field.replace('.', '\\.')}`));
  });

  it('rejects an id that does not match the file name', () => {
    expect(() => parse(articleSource({ id: 'repairs-something-else' }))).toThrow(/id: "repairs-something-else" must equal the file name/);
  });

  it('rejects a placeholder the council profile cannot fill', () => {
    expect(() => parse(articleSource({}, '## Fees\nIt costs {{serviceStandards.repairs.calloutFee}}.\n'))).toThrow(
      /unknown placeholder\(s\) \{\{serviceStandards\.repairs\.calloutFee\}\}/,
    );
  });

  it('rejects a body without sections and a file without front-matter', () => {
    expect(() => parse(articleSource({}, 'Just a paragraph.\n'))).toThrow(/body: needs at least one section/);
    expect(() => parse('# Title only\n')).toThrow(/missing YAML front-matter/);
  });

  it('a changed profile value changes the article text', () => {
    const changed = { ...profile, council: { ...profile.council, phone: '01632 960999' } };
    const article = parseArticle('knowledge/articles/repairs-test-article.md', articleSource(), changed);
    expect(article.summary).toContain('01632 960999');
  });
});
