import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPrompts, promptIds, PromptError } from '../../src/llm/prompts.js';
import { prompts } from './harness.js';

const template = (front: string, body = '## system\nAnswer {{question}}.\n\n## user\n<q>{{question}}</q>\n') => `---\n${front}\n---\n${body}`;
const good = template('id: grounded-answer\nversion: 1\ndescription: A test template.\ninputs: [question]');

/** A prompts folder holding every required template, with one file replaced or added. */
function promptsDir(files: Record<string, string>): string {
  const directory = mkdtempSync(join(tmpdir(), 'prompts-'));
  for (const id of promptIds) {
    writeFileSync(join(directory, `${id}.v1.md`), good.replace('id: grounded-answer', `id: ${id}`));
  }
  for (const [name, source] of Object.entries(files)) writeFileSync(join(directory, name), source);
  return directory;
}

describe('prompt templates', () => {
  it('loads every bundled prompt, versioned', () => {
    for (const id of promptIds) expect(prompts.get(id).version).toBeGreaterThanOrEqual(1);
    expect(prompts.render('query-rewrite', { conversation: 'Resident: bins', message: 'garden?' })).toMatchObject({ name: 'query-rewrite@1' });
  });

  it('renders in one pass, so a value cannot fill another placeholder', () => {
    const rendered = loadPrompts(promptsDir({})).render('grounded-answer', { question: '{{question}} twice' });
    expect(rendered.user).toBe('<q>{{question}} twice</q>');
  });

  it('refuses missing or unexpected values', () => {
    expect(() => prompts.render('sentiment', { message: 'hi' })).toThrow(/sentiment\.v1\.md: inputs do not match \(emotions\)/);
    expect(() => prompts.render('sentiment', { message: 'hi', emotions: 'x', extra: 'y' })).toThrow(/\(extra\)/);
  });

  it('uses the highest version of a prompt', () => {
    const v2 = template('id: sentiment\nversion: 2\ndescription: A newer template.\ninputs: [question]', '## system\nv2 {{question}}\n');
    expect(loadPrompts(promptsDir({ 'sentiment.v2.md': v2 })).render('sentiment', { question: 'q' })).toEqual({ system: 'v2 q', user: undefined, name: 'sentiment@2' });
  });

  it.each([
    ['a declared input never used', template('id: sentiment\nversion: 1\ndescription: A test template.\ninputs: [question, message]'), /declared input\(s\) never used: message/],
    ['an undeclared placeholder', template('id: sentiment\nversion: 1\ndescription: A test template.\ninputs: []'), /not declared in inputs: \{\{question\}\}/],
    ['no front-matter', '## system\nhello\n', /missing YAML front-matter/],
    ['front-matter that is not YAML', template('id: [sentiment'), /not valid YAML/],
    ['a bad front-matter field', template('id: sentiment\nversion: one\ndescription: A test template.\ninputs: [question]'), /version:/],
    ['an unknown front-matter field', template('id: sentiment\nversion: 1\ndescription: A test template.\ninputs: [question]\nmodel: gpt'), /Unrecognized key/],
    ['a file name not matching id and version', template('id: sentiment\nversion: 3\ndescription: A test template.\ninputs: [question]'), /file name must be sentiment\.v3\.md/],
    ['no system section', template('id: sentiment\nversion: 1\ndescription: A test template.\ninputs: [question]', '## user\n{{question}}\n'), /must be a "## system" section/],
    ['text before the system section', template('id: sentiment\nversion: 1\ndescription: A test template.\ninputs: [question]', 'stray\n## system\n{{question}}\n'), /must be a "## system" section/],
  ])('fails fast with the file name on %s', (_case, source, problem) => {
    const directory = promptsDir({ 'sentiment.v1.md': source });
    expect(() => loadPrompts(directory)).toThrow(PromptError);
    expect(() => loadPrompts(directory)).toThrow(new RegExp(`${join(directory, 'sentiment.v1.md').replace(/[.]/g, '\\.')}: .*${problem.source}`));
  });

  it('fails when a required prompt is missing', () => {
    const directory = mkdtempSync(join(tmpdir(), 'prompts-'));
    writeFileSync(join(directory, 'grounded-answer.v1.md'), good);
    expect(() => loadPrompts(directory)).toThrow(/missing prompt\(s\) persona, query-rewrite/);
  });
});
