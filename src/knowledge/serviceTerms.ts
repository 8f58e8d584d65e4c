import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { loadKnowledgeYaml } from './knowledgeYaml.js';

/** Per language (ISO 639-3), a resident's word (or its stem) → the English words retrieval understands. */
const termsSchema = z.record(z.string().regex(/^[a-z]{3}$/), z.record(z.string().min(2), z.string().min(2)));
export type ServiceTerms = z.infer<typeof termsSchema>;

/** `service-terms.yaml` in the knowledge folder: the words residents use for council services in other languages. Optional content. */
export function loadServiceTerms(knowledgeDir: string): ServiceTerms {
  const path = join(knowledgeDir, 'service-terms.yaml');
  if (!existsSync(path)) return {};
  return loadKnowledgeYaml(path, termsSchema, 'service terms');
}

/** A term matches at the start of a word, so a stem covers its endings. */
const startsAWord = (text: string, term: string): boolean => {
  let at = text.indexOf(term);
  while (at !== -1) {
    if (at === 0 || /[\s\p{P}]/u.test(text[at - 1]!)) return true;
    at = text.indexOf(term, at + 1);
  }
  return false;
};

/** The English words for the service terms in a message written in `language` ("" when none). */
export function englishTermsIn(text: string, language: string, terms: ServiceTerms): string {
  const lower = text.toLocaleLowerCase();
  const found = Object.entries(terms[language] ?? {}).filter(([term]) => startsAWord(lower, term.toLocaleLowerCase()));
  return [...new Set(found.flatMap(([, english]) => english.split(/\s+/)))].join(' ');
}
