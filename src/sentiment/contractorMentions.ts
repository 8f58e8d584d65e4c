import type { CouncilProfile } from '../profile/councilProfile.js';

// Words that describe what a contractor does, not who it is: "Keystone Property Services" → "Keystone".
const descriptiveWords = new Set(['property', 'services', 'service', 'solutions', 'heating', 'environmental', 'ltd', 'limited', 'plc', 'group', 'uk', 'and', '&']);

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The full name and the distinctive short name, each tolerant of spacing and a possessive. */
function namePattern(name: string): RegExp {
  const words = name.split(/\s+/).filter(Boolean);
  const distinctive = words.filter((word) => !descriptiveWords.has(word.toLowerCase()));
  const variants = new Set([words.map(escapeRegExp).join('\\s+')]);
  if (distinctive.length > 0) variants.add(distinctive.map(escapeRegExp).join('\\s+'));
  return new RegExp(`(?<![\\w])(${[...variants].join('|')})(['’]s|s['’])?(?![\\w])`, 'i');
}

export type ContractorFinder = (text: string) => string[];

/** Finds the profile's contractors named in a message (case-insensitive; "Keystone's" counts). */
export function contractorFinder(contractors: CouncilProfile['contractors']): ContractorFinder {
  const patterns = contractors.map((contractor) => ({ name: contractor.name, pattern: namePattern(contractor.name) }));
  return (text) => patterns.filter(({ pattern }) => pattern.test(text)).map(({ name }) => name);
}
