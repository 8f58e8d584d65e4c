import type { DetailLine } from '../forms/formResult.js';
import type { EmergencyKind } from '../triage/safety/emergencyRules.js';
import type { SafeguardingFlag } from '../triage/safety/safeguardingRules.js';
import type { ConversationMemory } from './memory.js';

/** How much of each message an advisor or a call back's case is given in the resident's words. */
const wordsCharacters = 300;

/** Kinds whose ids do not read as words. */
const emergencyWords: Partial<Record<EmergencyKind, string>> = {
  'no-heat-vulnerable': 'no heating with someone vulnerable',
  'damp-health': 'damp or mould harming health',
  'insecure-home': 'a home that cannot be made secure',
  'water-electrics': 'water near the electrics',
};

const inWords = (id: EmergencyKind | SafeguardingFlag): string => emergencyWords[id as EmergencyKind] ?? id.replace(/-/g, ' ');

/** "Domestic abuse", "Carbon monoxide": the conversation's concern named for staff, the disclosure before the emergency. */
export function concernName(memory: ConversationMemory): string | undefined {
  const { safeguarding, emergency } = memory.raisedConcern ?? {};
  const named = safeguarding ?? emergency;
  if (!named) return undefined;
  const words = inWords(named);
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * What staff taking up the conversation, now or by a call back, need of its concern, first: what was raised, the resident's
 * words up to it, and whether calling is safe. Built from the first message and the form's fields, the advisor's summary of a
 * Polish "please don't call, my husband checks my phone, he beats me when he drinks" was about a leak, and a suicidal caller's
 * call back held "safeguarding" and nothing more (caller trial 29, H29-07 and H29-08).
 */
export function concernLines(memory: ConversationMemory): DetailLine[] {
  const { safeguarding, emergency } = memory.raisedConcern ?? {};
  const lines: DetailLine[] = [];
  if (safeguarding) lines.push({ label: 'Safeguarding', value: inWords(safeguarding) });
  if (emergency) lines.push({ label: 'Emergency', value: inWords(emergency) });
  const said = memory.residentMessages ?? [];
  const upToConcern = lines.length > 0 && memory.messagesSinceConcern !== undefined ? said.slice(0, Math.max(0, said.length - memory.messagesSinceConcern)) : [];
  if (upToConcern.length > 0) lines.push({ label: 'In their words', value: upToConcern.map((text) => (text.length > wordsCharacters ? `${text.slice(0, wordsCharacters)}…` : text)).join(' / ') });
  if (memory.noCalls) lines.push({ label: 'Contact safety', value: 'They said it is not safe to call them: do not ring or leave messages' });
  return lines;
}
