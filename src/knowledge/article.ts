import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { readFrontMatter } from '../content/frontMatter.js';
import { resolvePlaceholders, unknownPlaceholders, type CouncilProfile } from '../profile/councilProfile.js';
import { answerableTopicIds } from '../triage/topics.js';

/** What an article's action button starts: a form, or a handoff to a person. */
export const actionTargets = ['report-repair', 'report-damp-mould', 'report-missed-bin', 'check-case', 'request-callback', 'talk-to-someone'] as const;
export type ActionTarget = (typeof actionTargets)[number];

const isoDate = z.union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date such as 2026-11-20')]).transform((value) =>
  typeof value === 'string' ? value : value.toISOString().slice(0, 10),
);

const action = z.union([
  z.strictObject({ label: z.string().min(2).max(40), start: z.enum(actionTargets) }),
  z.strictObject({ label: z.string().min(2).max(40), url: z.string().min(8) }),
]);

const frontMatterSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case'),
  title: z.string().min(3).max(90),
  topic: z.enum(answerableTopicIds),
  summary: z.string().min(20).max(400),
  url: z.string().min(8),
  lastReviewed: isoDate,
  owner: z.string().min(2),
  keywords: z.array(z.string().min(2)).min(3).max(20),
  sampleQuestions: z.array(z.string().min(8)).min(3).max(8),
  actions: z.array(action).max(3).default([]),
});
export type FrontMatter = z.infer<typeof frontMatterSchema>;

export interface ArticleSection {
  heading: string;
  /** The section's Markdown body, placeholders resolved. */
  body: string;
}

/** One knowledge article, validated and with every profile placeholder filled in. */
export interface Article extends FrontMatter {
  sections: ArticleSection[];
  /** The file it came from, for error messages and the content team. */
  path: string;
}

export class KnowledgeError extends Error {}


function splitSections(body: string): ArticleSection[] {
  const sections: ArticleSection[] = [];
  for (const block of body.split(/^## /m).slice(1)) {
    const newline = block.indexOf('\n');
    const heading = (newline === -1 ? block : block.slice(0, newline)).trim();
    const text = newline === -1 ? '' : block.slice(newline + 1).trim();
    if (heading && text) sections.push({ heading, body: text });
  }
  return sections;
}

/** Parses one article file; every problem is reported with the file path and the field at fault. */
export function parseArticle(path: string, source: string, profile: CouncilProfile): Article {
  const fail = (problem: string): never => {
    throw new KnowledgeError(`${path}: ${problem}`);
  };
  const { front, body } = readFrontMatter(source, frontMatterSchema, fail);
  if (front.id !== basename(path, '.md')) fail(`id: "${front.id}" must equal the file name`);
  const unknown = unknownPlaceholders(source, profile);
  if (unknown.length > 0) fail(`unknown placeholder(s) ${unknown.map((key) => `{{${key}}}`).join(', ')}: add them to the council profile`);

  const sections = splitSections(body);
  if (sections.length === 0) fail('body: needs at least one section starting with "## "');
  const fill = (text: string) => resolvePlaceholders(text, profile);
  return {
    ...front,
    summary: fill(front.summary),
    url: fill(front.url),
    actions: front.actions.map((item) => ('url' in item ? { ...item, url: fill(item.url) } : item)),
    sections: sections.map((section) => ({ heading: fill(section.heading), body: fill(section.body) })),
    path,
  };
}

export interface ArticleFile {
  path: string;
  source: string;
}

/** The raw `*.md` files of the folder, sorted by name. */
export function readArticleFiles(directory: string): ArticleFile[] {
  const files = readdirSync(directory).filter((name) => name.endsWith('.md')).sort();
  if (files.length === 0) throw new KnowledgeError(`${directory}: no articles (*.md) found`);
  return files.map((name) => ({ path: join(directory, name), source: readFileSync(join(directory, name), 'utf8') }));
}

/** Parses every article file; the first invalid one stops with its path and field. */
export function parseArticles(files: ArticleFile[], profile: CouncilProfile): Article[] {
  return files.map((file) => parseArticle(file.path, file.source, profile));
}

/** Loads every `*.md` article in the folder, sorted by id. */
export function loadArticles(directory: string, profile: CouncilProfile): Article[] {
  return parseArticles(readArticleFiles(directory), profile);
}
