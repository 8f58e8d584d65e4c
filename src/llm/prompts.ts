import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { readFrontMatter } from '../content/frontMatter.js';

/** Every prompt the assistant uses; start-up fails when one is missing. */
export const promptIds = ['persona', 'grounded-answer', 'query-rewrite', 'slot-extraction', 'sentiment', 'handoff-summary', 'safety-check'] as const;
export type PromptId = (typeof promptIds)[number];

const frontMatterSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case'),
  version: z.number().int().positive(),
  description: z.string().min(10),
  inputs: z
    .array(z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'camelCase names'))
    .refine((inputs) => new Set(inputs).size === inputs.length, 'must not repeat a name'),
});

export interface PromptTemplate {
  id: string;
  version: number;
  inputs: string[];
  system: string;
  /** The message carrying the data; absent for fragments such as the persona. */
  user?: string;
  file: string;
}

export interface RenderedPrompt {
  system: string;
  user?: string;
  /** "id@version", for logs and telemetry. */
  name: string;
}

export class PromptError extends Error {}

const placeholderPattern = /\{\{\s*([^{}\s]*)\s*\}\}/g;
const sectionPattern = /^## (system|user)[ \t]*$/gm;

/** Parses one template file: front-matter, a `## system` section and an optional `## user` section. */
export function parsePromptTemplate(file: string, source: string): PromptTemplate {
  const fail = (problem: string): never => {
    throw new PromptError(`${file}: ${problem}`);
  };
  const { front, body } = readFrontMatter(source, frontMatterSchema, fail);
  const { id, version, inputs } = front;
  if (basename(file) !== `${id}.v${version}.md`) fail(`file name must be ${id}.v${version}.md`);

  const headings = [...body.matchAll(sectionPattern)];
  const names = headings.map((heading) => heading[1]);
  if (body.slice(0, headings[0]?.index ?? body.length).trim() !== '' || names[0] !== 'system' || names.length > 2 || (names.length === 2 && names[1] !== 'user')) {
    fail('body must be a "## system" section, optionally followed by one "## user" section');
  }
  const sectionText = (index: number) => body.slice(headings[index]!.index! + headings[index]![0].length, headings[index + 1]?.index ?? body.length).trim();
  const system = sectionText(0);
  const user = headings.length === 2 ? sectionText(1) : undefined;
  if (!system || user === '') fail('a section is empty');

  const used = new Set([...`${system}\n${user ?? ''}`.matchAll(placeholderPattern)].map((placeholder) => placeholder[1]!));
  const missing = inputs.filter((input) => !used.has(input));
  const undeclared = [...used].filter((name) => !inputs.includes(name));
  if (missing.length > 0) fail(`declared input(s) never used: ${missing.join(', ')}`);
  if (undeclared.length > 0) fail(`placeholder(s) not declared in inputs: ${undeclared.map((name) => `{{${name}}}`).join(', ')}`);
  return { id, version, inputs, system, user, file };
}

/** The prompt templates, loaded once at start-up; the highest version of each id is used. */
export class PromptLibrary {
  constructor(private readonly templates: ReadonlyMap<string, PromptTemplate>) {}

  get(id: PromptId): PromptTemplate {
    const template = this.templates.get(id);
    if (!template) throw new PromptError(`no prompt "${id}"`);
    return template;
  }

  /** Fills every declared input; a missing or unexpected value is a programming error. */
  render(id: PromptId, values: Record<string, string>): RenderedPrompt {
    const template = this.get(id);
    const given = Object.keys(values);
    const wrong = [...template.inputs.filter((input) => !given.includes(input)), ...given.filter((key) => !template.inputs.includes(key))];
    if (wrong.length > 0) throw new PromptError(`${template.file}: inputs do not match (${wrong.join(', ')})`);
    // One pass, so a value containing "{{…}}" is never filled in turn.
    const fill = (text: string) => text.replace(placeholderPattern, (_whole, name: string) => values[name]!);
    return { system: fill(template.system), user: template.user === undefined ? undefined : fill(template.user), name: `${template.id}@${template.version}` };
  }
}

/** Reads every `*.md` template in the folder; the first bad file stops start-up with its name. */
export function loadPrompts(directory: string, required: readonly PromptId[] = promptIds): PromptLibrary {
  const templates = new Map<string, PromptTemplate>();
  for (const name of readdirSync(directory).filter((file) => file.endsWith('.md')).sort()) {
    const template = parsePromptTemplate(join(directory, name), readFileSync(join(directory, name), 'utf8'));
    const current = templates.get(template.id);
    if (!current || current.version < template.version) templates.set(template.id, template);
  }
  const absent = required.filter((id) => !templates.has(id));
  if (absent.length > 0) throw new PromptError(`${directory}: missing prompt(s) ${absent.join(', ')}`);
  return new PromptLibrary(templates);
}
