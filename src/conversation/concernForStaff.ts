import { clipped } from '../clipped.js';
import type { DetailLine } from '../forms/formResult.js';
import type { EmergencyKind } from '../triage/safety/emergencyRules.js';
import type { SafeguardingFlag } from '../triage/safety/safeguardingRules.js';
import { isAnswerableTopic, topicLabels, type AnswerableTopicId, type TopicId } from '../triage/topics.js';
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

/** The resident's own messages as staff are given them, each cut to `wordsCharacters`. */
const inTheirWords = (said: readonly string[]): DetailLine => ({ label: 'In their words', value: said.map((text) => clipped(text, wordsCharacters)).join(' / ') });

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
  if (upToConcern.length > 0) lines.push(inTheirWords(upToConcern));
  if (memory.noCalls) lines.push({ label: 'Contact safety', value: 'They said it is not safe to call them: do not ring or leave messages' });
  return lines;
}

/**
 * What a call back is about, so the advisor who rings need not ask again: the service and the resident's own words (the last
 * message of more than three words that led to it). "Ring me back tomorrow afternoon about my council tax bill" became a name,
 * a number and a time (caller trial 30, C30-06).
 */
export function callBackSubject(topic: TopicId, topicBefore: TopicId | undefined, said: readonly string[]): DetailLine[] {
  const service = [topic, topicBefore].find((candidate): candidate is AnswerableTopicId => candidate !== undefined && isAnswerableTopic(candidate));
  const words = [...said].reverse().find(saysWhatItIsAbout);
  return [...(service ? [{ label: 'About', value: topicLabels[service] }] : []), ...(words ? [inTheirWords([words.trim()])] : [])];
}

/**
 * A sentence said while a call back is taken that answers none of its questions ("it's about my housing application, my band
 * changed"): what the call is about, kept for whoever rings. It was answered with an article and lost, and the case held a name,
 * a number and a time (caller trial 31, C31-08).
 */
export function saidDuringCallBack(forStaff: readonly DetailLine[] | undefined, text: string): DetailLine[] {
  const lines = [...(forStaff ?? [])];
  const earlier = lines.findIndex((line) => line.label === alsoSaidLabel);
  const value = clipped(text.trim(), wordsCharacters);
  if (earlier < 0) return [...lines, { label: alsoSaidLabel, value }];
  lines[earlier] = { label: alsoSaidLabel, value: [...lines[earlier]!.value.split(' / '), value].slice(-alsoSaidAtMost).join(' / ') };
  return lines;
}
const alsoSaidLabel = 'Also said during the call back request';
/** More than three words: a sentence that can say what a call is about, not a name, a time or a yes. */
export const saysWhatItIsAbout = (text: string): boolean => text.trim().split(/\s+/).length > 3;
/** The last few such sentences are kept: a long chat mid-form does not grow the case without end. */
const alsoSaidAtMost = 3;
