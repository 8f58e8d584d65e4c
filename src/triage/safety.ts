import { abuseRules } from './safety/abuse.js';
import { emergencyInfoRules } from './safety/emergencyInfo.js';
import { emergencyPriority, emergencyRules, softKinds, type EmergencyKind } from './safety/emergencyRules.js';
import { createTypoCorrector } from './safety/fuzzy.js';
import { multilingualEmergencyRules } from './safety/multilingualRules.js';
import { multilingualSafeguardingRules } from './safety/multilingualSafeguarding.js';
import { multilingualWantsHumanRules } from './safety/multilingualWantsHuman.js';
import { normaliseMessage, type NormalisedMessage } from './safety/normalise.js';
import { protectedWords } from './safety/protectedWords.js';
import { findHits, present, vocabularyOf, type Rule, type RuleHit } from './safety/rules.js';
import { safeguardingPriority, safeguardingRules, type SafeguardingFlag } from './safety/safeguardingRules.js';
import { wantsHumanRules, type HumanRequest } from './safety/wantsHuman.js';

export type { EmergencyKind } from './safety/emergencyRules.js';
export type { SafeguardingFlag } from './safety/safeguardingRules.js';

export interface SafetyAssessment {
  /** A report of a live emergency (taxonomy definition). */
  emergency: EmergencyKind | null;
  /** A question or what-if about one: not an emergency, but the reply must still give the number. */
  emergencyInfo: EmergencyKind | null;
  safeguarding: SafeguardingFlag | null;
  /** Explicitly asks for a person, an advisor or a call back, or says the bot is useless. */
  wantsHuman: boolean;
  /** Abusive language aimed at the bot or staff (not swearing about a situation). */
  abusive: boolean;
  /** Ids of the rules that fired, for logs and tests; never the resident's text. */
  evidence: string[];
}

const allEmergencyRules: readonly Rule<EmergencyKind>[] = [...emergencyRules, ...multilingualEmergencyRules];
const allSafeguardingRules: readonly Rule<SafeguardingFlag>[] = [...safeguardingRules, ...multilingualSafeguardingRules];
const allWantsHumanRules: readonly Rule<HumanRequest>[] = [...wantsHumanRules, ...multilingualWantsHumanRules];

const corrector = createTypoCorrector({
  vocabulary: vocabularyOf(
    [...allEmergencyRules, ...emergencyInfoRules, ...allSafeguardingRules, ...allWantsHumanRules, ...abuseRules].flatMap((rule) =>
      rule.alsoNeeds ? [rule.pattern, rule.alsoNeeds] : [rule.pattern],
    ),
  ),
  protectedWords,
  minLength: 5,
});

/** "It's not an emergency" / "no rush": the resident's own word that a soft hazard can wait. */
const notUrgent = present('(?:not|no) (?:an )?(?:emergency|urgent|rush|hurry)|not that urgent|no rush|whenever (?:you|someone) can|when you get a chance');

function firstByPriority<Kind extends string>(kinds: Iterable<Kind>, priority: readonly Kind[]): Kind | null {
  const found = new Set(kinds);
  return priority.find((kind) => found.has(kind)) ?? null;
}

function liveKinds<Kind extends string>(hits: RuleHit<Kind>[]): Kind[] {
  return hits.filter((hit) => hit.status === 'live').map((hit) => hit.rule.kind);
}

function assessEmergency(message: NormalisedMessage, evidence: string[]): Pick<SafetyAssessment, 'emergency' | 'emergencyInfo'> {
  const hits = findHits(allEmergencyRules, message);
  const downplayed = notUrgent.test(message.whole);
  const asked = liveKinds(findHits(emergencyInfoRules, message));
  // "What's the number for a power cut?" asks about a soft hazard rather than reporting one.
  const onlyAsking = (kind: EmergencyKind) => softKinds.has(kind) && asked.includes(kind);
  const live = hits.filter((hit) => hit.status === 'live' && !(downplayed && softKinds.has(hit.rule.kind)) && !onlyAsking(hit.rule.kind));
  const emergency = firstByPriority(liveKinds(live), emergencyPriority);
  evidence.push(...live.map((hit) => hit.rule.id));
  if (emergency) return { emergency, emergencyInfo: null };

  // A what-if about a hazard, or a question about who to call: the reply still gives the number.
  const hypothetical = hits.filter((hit) => hit.status === 'hypothetical');
  const emergencyInfo = firstByPriority([...hypothetical.map((hit) => hit.rule.kind), ...asked], emergencyPriority);
  if (emergencyInfo) evidence.push(`info.${emergencyInfo}`);
  return { emergency: null, emergencyInfo };
}

function assessSafeguarding(message: NormalisedMessage, evidence: string[]): SafeguardingFlag | null {
  const live = findHits(allSafeguardingRules, message).filter((hit) => hit.status === 'live');
  evidence.push(...live.map((hit) => hit.rule.id));
  return firstByPriority(liveKinds(live), safeguardingPriority);
}

function anyLive<Kind extends string>(rules: readonly Rule<Kind>[], message: NormalisedMessage, evidence: string[]): boolean {
  const live = findHits(rules, message).filter((hit) => hit.status !== 'negated');
  evidence.push(...live.map((hit) => hit.rule.id));
  return live.length > 0;
}

/** Deterministic safety triage of one resident message: no model, no network, well under a millisecond. */
export function assessSafety(text: string): SafetyAssessment {
  const message = normaliseMessage(text, corrector);
  const evidence: string[] = [];
  const { emergency, emergencyInfo } = assessEmergency(message, evidence);
  const safeguarding = assessSafeguarding(message, evidence);
  const wantsHuman = anyLive(allWantsHumanRules, message, evidence);
  const abusive = anyLive(abuseRules, message, evidence);
  return { emergency, emergencyInfo, safeguarding, wantsHuman, abusive, evidence };
}
