import { abuseRules } from './safety/abuse.js';
import { readFileSync } from 'node:fs';
import { LRUCache } from 'lru-cache';
import WordsNinja from 'wordsninja';
import { classifierModelPath } from './safety/classifierFingerprint.js';
import { classifierFileSchema, loadClassifier, type SafetyClassifier } from './safety/classifierModel.js';
import { conceptVocabulary, readConcepts, type CombinationHit, type ConceptReading } from './safety/combinations.js';
import { emergencyInfoRules } from './safety/emergencyInfo.js';
import { emergencyPriority, emergencyRules, softKinds, type EmergencyKind } from './safety/emergencyRules.js';
import { createTypoCorrector } from './safety/fuzzy.js';
import { multilingualHazardRules } from './safety/multilingualHazards.js';
import { multilingualEmergencyRules } from './safety/multilingualRules.js';
import { multilingualSafeguardingRules } from './safety/multilingualSafeguarding.js';
import { multilingualWantsHumanRules } from './safety/multilingualWantsHuman.js';
import { normaliseMessage, type NormalisedMessage } from './safety/normalise.js';
import { protectedWords } from './safety/protectedWords.js';
import { intimatePartner, vulnerableAdult } from './safety/concepts.js';
import { findHits, oneOf, present, stemsOf, vocabularyOf, type Rule, type RuleHit } from './safety/rules.js';
import { adultInTroubleRule, safeguardingPriority, safeguardingRules, type SafeguardingFlag } from './safety/safeguardingRules.js';
import { wantsHumanRules, type HumanRequest } from './safety/wantsHuman.js';
import { detectLanguage } from './language.js';

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
  /**
   * The grey zone: signals of danger or of self-harm below a flag. The bot asks one calm, direct
   * question before anything else; null when there is nothing to ask or the message is flagged.
   */
  safetyCheck: SafetyCheck | null;
  /** Ids of the rules that fired, for logs and tests; never the resident's text. */
  evidence: string[];
}

/** What the safety question asks: whether they are thinking of ending their life, or whether anyone is in danger. */
export type SafetyCheck = 'danger' | 'self-harm';

const allEmergencyRules: readonly Rule<EmergencyKind>[] = [...emergencyRules, ...multilingualEmergencyRules, ...multilingualHazardRules];
const allSafeguardingRules: readonly Rule<SafeguardingFlag>[] = [...safeguardingRules, ...multilingualSafeguardingRules];
const allWantsHumanRules: readonly Rule<HumanRequest>[] = [...wantsHumanRules, ...multilingualWantsHumanRules];

const rulePatterns = [...allEmergencyRules, ...emergencyInfoRules, ...allSafeguardingRules, ...allWantsHumanRules, ...abuseRules].flatMap((rule) =>
  rule.alsoNeeds ? [rule.pattern, rule.alsoNeeds] : [rule.pattern],
);
const corrector = createTypoCorrector({
  vocabulary: vocabularyOf(rulePatterns),
  protectedWords: new Set([...protectedWords, ...conceptVocabulary]),
  minLength: 5,
  stems: stemsOf(rulePatterns),
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

/** A flag or a question from a layer that can only add: a combination of concepts, or the classifier. */
interface Addition {
  id: string;
  adds: CombinationHit['adds'];
}

/**
 * The least score at which a head asks with no sign of risk beside it, whatever its flag threshold:
 * a head whose flag threshold is low (the child head's, set from few benign messages about
 * children) would otherwise ask on short harmless messages ("the kids play out on the green all
 * afternoon"). Trained with the hard negatives of the third round's authors, the heads' flag
 * thresholds sit above this for every head but the child one.
 */
const aloneAtLeast = 0.6;

/**
 * Layer (c): the classifier's head that is furthest over its own threshold. It asks and never
 * flags: trained on about a thousand messages, it scores short harmless ones ("I need to end my
 * tenancy") as high as disclosures, so on its own it is a reason to ask, not to assume. With a sign
 * of risk beside it, a head asks over its question threshold (the benign messages' 99th
 * percentile); alone, only over its flag threshold (above every benign message's score) and `aloneAtLeast`,
 * and the child head only when someone is named: its words ("little", "waste") read alike in "food
 * waste, the little caddy", which was asked whether anyone was in danger. One head
 * chooses the question: several heads over their thresholds together are one worry, and the
 * self-harm question is for a message that reads most like self-harm, not for any that reads a little like it.
 * A message that says why someone's money is in other hands, with their leave, or that the resident will be out for a visit, is not read by the score alone.
 */
function classifierAdditions(
  classifier: SafetyClassifier,
  text: string,
  whole: string,
  { riskSign, namesSomeone, withLeave, awayForAVisit }: Pick<ConceptReading, 'riskSign' | 'namesSomeone' | 'withLeave' | 'awayForAVisit'>,
): Addition[] {
  if (!riskSign && (withLeave || awayForAVisit)) return [];
  const scores = classifier.score(text);
  const otherLanguage = !riskSign && scores.some((head) => head.ask && head.score >= aloneAtLeast) && inOtherLanguage(text);
  const over = scores.filter((head) =>
    riskSign ? head.ask : otherLanguage ? head.ask && head.score >= aloneAtLeast : head.flag && head.score >= aloneAtLeast && (namesSomeone || head.label !== 'child-at-risk'),
  );
  const strongest = over.sort((a, b) => b.score / b.threshold - a.score / a.threshold)[0];
  if (!strongest) return [];
  if (strongest.flag && corroborates(strongest.label, whole)) return [{ id: `classifier.${strongest.label}.corroborated`, adds: { safeguarding: strongest.label as SafeguardingFlag } }];
  return [{ id: `classifier.${strongest.label}`, adds: { ask: strongest.label === 'self-harm' ? 'self-harm' : 'danger' } }];
}

/** Someone the Care Act names at risk: older, frail, disabled, cared for. */
const caredForAdult = present(oneOf(vulnerableAdult, 'carers?', 'care workers?', 'sheltered', 'care home', 'nursing home'));

/**
 * Who the abuse a head reads is done to or by, named in the message: a partner or ex for domestic abuse, someone older, frail,
 * disabled or cared for for an adult at risk. With a sign of risk and a score above every harmless message's, that is three
 * independent signals, and the flag's own help rather than the danger question's ambulance: "my boyfriend did it… he threw a
 * chair, im scared hes coming back tonight", "my dad's carer keeps taking money from his wallet and shouts at him" were asked
 * whether anyone needed an ambulance (caller trial 31, C31-01 to C31-05). Measured on an outside author's 400 training messages
 * (150 look-alikes): every message it flags was that concern.
 */
function corroborates(label: string, whole: string): boolean {
  if (label === 'domestic-abuse') return partnerTold.test(whole);
  if (label === 'adult-at-risk') return caredForAdult.test(whole);
  return false;
}

/** The ten community languages the multilingual rules and concept lists are written for. */
const ruleLanguages = ['pol', 'ron', 'spa', 'por', 'lit', 'urd', 'ben', 'arb', 'pan', 'som'];

/**
 * A message in one of the community languages needs no sign of risk beside the classifier's score
 * (over its question threshold and `aloneAtLeast`): the signs are our own word lists, thin outside
 * English, while the question threshold is already above 199 in 200 harmless training messages.
 * Measured on the nine spent outside sets (classifier trained without them): 9 more concerns asked
 * about, none of 340 harmless messages in those languages.
 */
function inOtherLanguage(text: string): boolean {
  return detectLanguage(text, ruleLanguages) !== 'eng';
}

/** Layers (b) and (c) over one text; the classifier's bar is lower when a sign of risk is there to corroborate it. */
function additionsFor(text: string, message: NormalisedMessage, classifier: SafetyClassifier | undefined): Addition[] {
  const reading = readConcepts(message);
  return classifier ? [...reading.combinations, ...classifierAdditions(classifier, text, message.whole, reading)] : reading.combinations;
}

/**
 * Additions from the conversation: the layers read the last few resident messages with this one, so
 * a concern told across two messages is caught; what the earlier messages give on their own was
 * dealt with on their turn and is not raised again.
 */
function contextAdditions(text: string, recent: readonly string[], storyAdditions: (story: string) => readonly Addition[]): Addition[] {
  if (recent.length === 0) return [];
  const before = new Set(storyAdditions(recent.join('\n')).map((addition) => addition.id));
  return storyAdditions([...recent, text].join('\n'))
    .filter((addition) => !before.has(addition.id))
    .map((addition) => ({ ...addition, id: `context.${addition.id}` }));
}

/** Words at most in a piece of a sentence sent in pieces, and in the piece that ends it. */
const pieceWordsAtMost = 5;
const lastPieceWordsAtMost = 8;
const wordCount = (said: string): number => said.trim().split(/\s+/).filter(Boolean).length;
/** A message that could be the start or middle of a sentence: short, and not ended with a full stop, a question or an exclamation. */
const unfinishedPiece = (said: string): boolean => wordCount(said) <= pieceWordsAtMost && !/[.!?…]\s*$/.test(said.trim());

/**
 * A sentence sent in pieces, a word or two a message ("i wanna" then "die", "he's got a" then "knife"): the rules read the short
 * unfinished messages just before this one and this one as one sentence, which the story (a message a line) never is; they had
 * got the greeting menu (outside attack 26, A26-1). What the pieces before said on their own was dealt with on their turn.
 */
function pieceAdditions(text: string, recent: readonly string[]): Addition[] {
  if (wordCount(text) > lastPieceWordsAtMost) return [];
  const pieces: string[] = [];
  for (let index = recent.length - 1; index >= 0 && pieces.length < recentMessagesRead && unfinishedPiece(recent[index]!); index -= 1) pieces.unshift(recent[index]!);
  if (pieces.length === 0) return [];
  const read = (said: string) => {
    const message = normaliseMessage(said, corrector);
    const ignored: string[] = [];
    return { emergency: assessEmergency(message, ignored).emergency, safeguarding: assessSafeguarding(message, ignored) };
  };
  const before = read(pieces.join(' '));
  const whole = read([...pieces, text].join(' '));
  return [
    ...(whole.emergency && !before.emergency ? [{ id: 'pieces.emergency', adds: { emergency: whole.emergency } }] : []),
    ...(whole.safeguarding && !before.safeguarding ? [{ id: 'pieces.safeguarding', adds: { safeguarding: whole.safeguarding } }] : []),
  ];
}

/** Letters at least in a word that may be several run together ("iwanttodie"), and in the word after one that was ("mylife"). */
const runTogetherAtLeast = 8;
const runTogetherNextAtLeast = 5;
/**
 * Letters at most in a word split, and in all the words a message splits: a sentence typed without spaces is some tens of letters
 * ("myhusbandhascollapsedandisnotbreathing" is 38); a thousand-letter "word" is not one, and splitting each took about 100 ms of the
 * event loop, which an address over its limits could send a hundred times over (outside attack 28, A28-01: /healthz at 5-7 s).
 */
const runTogetherAtMost = 80;
const runTogetherLettersAtMost = 240;
/** The rules' own words and a few small ones: a word split in two is read only as two of these ("killmyself", "notbreathing"), not "upskills" as "ups kills". */
const ruleWords: ReadonlySet<string> = new Set([
  // The English rules' only: the community languages' stems ("gaisr", fire in Lithuanian) split other languages' words into them.
  ...vocabularyOf([...emergencyRules, ...emergencyInfoRules, ...safeguardingRules, ...wantsHumanRules, ...abuseRules].flatMap((rule) => (rule.alsoNeeds ? [rule.pattern, rule.alsoNeeds] : [rule.pattern]))),
  ...['not', 'no', 'is', 'on', 'my', 'his', 'her', 'he', 'she', 'i', 'a', 'the', 'in', 'has', 'been'],
]);

/**
 * A split that reads as English: words of 2.5 letters on average, and no lone letter but "i" or "a"; in two,
 * both the rules' own words, unless the word before was split too ("wanttoend mylife"). Another language's long word splits
 * into scraps ("przeciwpozarowych": "pr ze c iw po zaro wych") that the rules must not read.
 */
function readsAsWords(words: readonly string[], afterSplit: boolean): boolean {
  const letters = words.reduce((sum, word) => sum + word.length, 0);
  if (words.length === 2 && !afterSplit && !words.every((word) => ruleWords.has(word))) return false;
  return words.length > 1 && letters / words.length >= 2.5 && words.every((word) => word.length > 1 || word === 'i' || word === 'a');
}

/**
 * Splits words run together by English word frequency (wordsninja, a port of wordninja), with the rules' own words added at the
 * commonest word's cost so that a danger is split out as the rules spell it ("theresafireinmyflat" is "there s a fire in my
 * flat", not "there safire…"). Its list is read at the first long word (about 0.1 s and a few MB, once), which the server's first uses before it listens include.
 */
let splitter: WordsNinja | undefined;
function splitRunTogether(word: string): string[] {
  if (!splitter) {
    splitter = new WordsNinja();
    void splitter.loadDictionary();
    splitter.addWords([...ruleWords, 'i', 'a']);
  }
  // A contraction's end joins the word before, as the shorthand reads it: "i m" is "im", "don t" is "dont", "there s" is "theres";
  // any other lone "s" begins the next word ("my s on is dead" is "my son is dead").
  const pieces = splitter.splitSentence(word);
  const words: string[] = [];
  for (let index = 0; index < pieces.length; index += 1) {
    const piece = pieces[index]!;
    const before = words.at(-1);
    if (before !== undefined && contractionEnds.has(piece) && (piece !== 's' || subjectsWithS.has(before))) words[words.length - 1] = `${before}${piece}`;
    else if (piece === 's' && index + 1 < pieces.length) pieces[index + 1] = `s${pieces[index + 1]}`;
    else words.push(piece);
  }
  return words;
}
const contractionEnds: ReadonlySet<string> = new Set(['m', 's', 't', 'd', 'll', 've', 're']);
const subjectsWithS: ReadonlySet<string> = new Set(['there', 'it', 'he', 'she', 'that', 'what', 'who', 'where', 'here', 'someone', 'somebody', 'everyone', 'nobody']);

/**
 * Words typed without spaces: "iwanttodie", "myhusbandhascollapsed", "theresafireinmyflat" got the greeting menu or the not-sure
 * reply (outside attacks 26 and 27, A26-2). Each long word that splits into several English words is read split, in its sentence, by
 * the rules.
 */
function runTogetherAdditions(text: string, message: NormalisedMessage): Addition[] {
  let split = false;
  let lastSplit = false;
  let lettersLeft = runTogetherLettersAtMost;
  // Only a word written as it is read: "priešgaisrinės" (Lithuanian, fire safety) read "priesgaisrines" split into English words.
  const written = text.toLowerCase();
  const read = message.whole
    .split(' ')
    .map((token) => {
      const long = token.length >= (lastSplit ? runTogetherNextAtLeast : runTogetherAtLeast) && token.length <= Math.min(runTogetherAtMost, lettersLeft) && written.includes(token);
      const words = long && /^[a-z]+$/.test(token) ? splitRunTogether(token) : [token];
      if (words.length > 1) lettersLeft -= token.length;
      lastSplit = readsAsWords(words, lastSplit);
      split ||= lastSplit;
      return lastSplit ? words.join(' ') : token;
    })
    .join(' ');
  // Another language's long words split into English ones by chance: only English is read split.
  if (!split || inOtherLanguage(read)) return [];
  const rewritten = normaliseMessage(read, corrector);
  const ignored: string[] = [];
  const { emergency } = assessEmergency(rewritten, ignored);
  const safeguarding = assessSafeguarding(rewritten, ignored);
  return [
    ...(emergency ? [{ id: `run-together.emergency.${emergency}`, adds: { emergency } }] : []),
    ...(safeguarding ? [{ id: `run-together.safeguarding.${safeguarding}`, adds: { safeguarding } }] : []),
  ];
}

/** Stories remembered: a few turns of each conversation a few messages long, read once each. */
const storiesRemembered = 500;

/**
 * The layers' reading of a conversation's last few messages joined, remembered by the joined text: a turn reads the story
 * before it, which the turn before read as the story with its own message (each reading normalises and reads some
 * hundreds of characters again: a fifth of a form turn's safety work).
 */
function rememberedStories(classifier: SafetyClassifier | undefined): (story: string) => readonly Addition[] {
  const read = new LRUCache<string, readonly Addition[]>({ max: storiesRemembered });
  return (story) => {
    let additions = read.get(story);
    if (!additions) {
      additions = additionsFor(story, normaliseMessage(story, corrector), classifier);
      read.set(story, additions);
    }
    return additions;
  };
}

/** Adds what the rules missed: a flag where there was none of that family, or a question in the grey zone. */
function applyAdditions(assessment: SafetyAssessment, additions: readonly Addition[]): void {
  const asks: SafetyCheck[] = [];
  const guesses: SafetyCheck[] = [];
  for (const { id, adds } of additions) {
    // A layer's emergency that comes first leads: gas heard hissing beside a neighbour's threat to kill himself is the gas advice first (caller trial 26, C26-14).
    if ('emergency' in adds && (!assessment.emergency || emergencyPriority.indexOf(adds.emergency) < emergencyPriority.indexOf(assessment.emergency))) assessment.emergency = adds.emergency;
    else if ('safeguarding' in adds && !assessment.safeguarding) assessment.safeguarding = adds.safeguarding;
    else if ('ask' in adds) (readByClassifier(id) ? guesses : asks).push(adds.ask);
    else continue;
    assessment.evidence.push(id);
  }
  assessment.safetyCheck = grey(assessment, asks.length > 0 ? asks : guesses);
}

/**
 * The classifier's question is a guess from the words; a combination of concepts names what is happening. When both ask, the
 * combination chooses: "I don't know how to get home, nothing looks familiar" is someone lost, and the classifier's suicide
 * question, answered "I've only got my slippers on and I'm shivering", went on to the Samaritans (caller trial 24, N24-C5).
 */
const readByClassifier = (id: string): boolean => /^(?:context\.)?classifier\./.test(id);

/** The question to ask, if any: none once a message is flagged, self-harm before danger. */
function grey(assessment: SafetyAssessment, asks: readonly SafetyCheck[]): SafetyCheck | null {
  if (assessment.emergency || assessment.safeguarding) return null;
  return asks.includes('self-harm') ? 'self-harm' : asks.includes('danger') ? 'danger' : null;
}

const vulnerableAdultTold = present(vulnerableAdult);
const writerHarmed = present(oneOf('me', 'myself', 'us'));
/** A grown-up child, grandchild, nephew or niece, whoever's. */
const grownUpChild = '(?:sons?|daughters?|grandsons?|granddaughters?|nephews?|nieces?|grandkids|grandchildren)';
/** The grown-up child of the person the message is about: "his daughter", "her grandson". */
const theirGrownUpChild = present(`(?:his|her|their) ${grownUpChild}`);
const youngChildTold = present(oneOf('kids', 'children', 'baby', 'babies', 'toddlers?', 'little', 'school', 'nursery', '(?:[1-9]|1[0-7]) (?:years? old|yr old|yo)', '(?:is|are|only|about|aged) (?:[1-9]|1[0-7])'));

/**
 * Harm to someone the message calls old, frail, disabled or living with dementia by their grown-up
 * child or grandchild, told by someone else, is an adult at risk (the Care Act's route: adult social
 * care, the police to check on them), not the domestic-abuse reply addressed to the writer's own
 * danger (caller re-trial 15b, H3: "his son locks him in when he goes out", of a neighbour with
 * dementia), nor a child at risk read from the word grandson. Between partners ("my grandad's been
 * hitting my nan") it stays domestic abuse.
 */
function aboutAVulnerableAdult(assessment: SafetyAssessment, message: NormalisedMessage): void {
  const { whole } = message;
  if (!vulnerableAdultTold.test(whole) || !theirGrownUpChild.test(whole) || writerHarmed.test(whole) || youngChildTold.test(whole)) return;
  const childReadFromAWord = assessment.safeguarding === 'child-at-risk' && assessment.evidence.filter((id) => id.includes('child')).every((id) => id.startsWith('combination.child'));
  if (assessment.safeguarding !== 'domestic-abuse' && !childReadFromAWord) return;
  assessment.safeguarding = 'adult-at-risk';
  assessment.evidence.push('adult-at-risk.harmed-by-their-grown-up-child');
}

/** The writer's own age, 65 or over: "im 82", "I am seventy nine". */
const olderWriter = present(`(?:i am|i m|im) (?:${oneOf('6[5-9]', '[7-9]\\d', '1[01]\\d', 'sixty (?:five|six|seven|eight|nine)', '(?:seventy|eighty|ninety)(?: \\S+)?')})(?: years? old)?(?! (?:minutes|mins|pounds|quid|percent|miles|times|days|weeks|floors|stone|kilos|kg))`);
/** The writer's own grown-up child or grandchild: "my son", "our grandson". */
const ownGrownUpChild = present(`(?:my|our) ${grownUpChild}`);
const partnerTold = present(intimatePartner);

/**
 * The same told by the older person harmed: "my son takes my pension every week and locks me in my bedroom when he goes out, im 82"
 * got the domestic abuse reply, which speaks of leaving home with the housing team (caller trial 28, C28-24), not adult social care
 * and Hourglass. Partners stay domestic abuse.
 */
function olderWriterHarmedByFamily(assessment: SafetyAssessment, message: NormalisedMessage): void {
  const { whole } = message;
  if (assessment.safeguarding !== 'domestic-abuse' || !olderWriter.test(whole) || !ownGrownUpChild.test(whole) || partnerTold.test(whole)) return;
  assessment.safeguarding = 'adult-at-risk';
  assessment.evidence.push('adult-at-risk.older-writer-harmed-by-family');
}

/**
 * Someone old or frail fallen or down, told with a danger to life, is the ambulance's, not a safeguarding concern, unless harm by
 * someone is told as well (caller trial 25, C25-3; outside re-check 24c, R24c-L4: the elder-abuse and modern-slavery helplines
 * replaced, or crowded, "ask for an ambulance").
 */
function downNotHarmed(assessment: SafetyAssessment): void {
  if (assessment.emergency !== 'danger-to-life' || assessment.safeguarding !== 'adult-at-risk') return;
  // Only when that rule is what read it: a welfare concern read by a combination ("not seen since Thursday… he's 88") stays one.
  if (!assessment.evidence.includes(adultInTroubleRule) || !assessment.evidence.filter((id) => id.includes('adult')).every((id) => id === adultInTroubleRule)) return;
  assessment.safeguarding = null;
}

/** "Domestic abuse? No." The word a reply used, said back in the next sentence's denial. */
const deniedAbuse = present('domestic(?: abuse| violence)? \\. (?:no|what|why|eh)(?= [.,]|$)');

/**
 * A resident who turns the word back on a reply that misread them ("Domestic abuse? No. Look we're
 * fine. The wife's just nodded off", caller trial 16, in a carbon monoxide call) has not disclosed
 * abuse by naming it: read from the naming alone, the flag is dropped.
 */
function wordTurnedBack(assessment: SafetyAssessment, message: NormalisedMessage): void {
  if (assessment.safeguarding !== 'domestic-abuse' || !deniedAbuse.test(message.whole)) return;
  if (assessment.evidence.some((id) => id !== 'domestic-abuse.named' && id.includes('domestic-abuse'))) return;
  assessment.safeguarding = null;
  assessment.evidence = assessment.evidence.filter((id) => id !== 'domestic-abuse.named');
}

export interface SafetyContext {
  /** The conversation's last few resident messages before this one, oldest first. */
  recent?: readonly string[];
}

/** How many earlier resident messages the layers read with this one. */
export const recentMessagesRead = 3;

export type AssessSafety = (text: string, context?: SafetyContext) => SafetyAssessment;

/**
 * Deterministic safety triage of one resident message: no model call, no network, a few
 * milliseconds at most (npm run bench). Layer (a), the lexicons and patterns, decides from the
 * message alone; layers (b) and (c) can only add a flag or a question, from the message and the
 * last few messages before it.
 */
export function createSafetyAssessor(classifier: SafetyClassifier | undefined): AssessSafety {
  const storyAdditions = rememberedStories(classifier);
  return (text, { recent = [] } = {}) => {
    const message = normaliseMessage(text, corrector);
    const evidence: string[] = [];
    const { emergency, emergencyInfo } = assessEmergency(message, evidence);
    const safeguarding = assessSafeguarding(message, evidence);
    const wantsHuman = anyLive(allWantsHumanRules, message, evidence);
    const abusive = anyLive(abuseRules, message, evidence);
    const assessment: SafetyAssessment = { emergency, emergencyInfo, safeguarding, wantsHuman, abusive, safetyCheck: null, evidence };
    applyAdditions(assessment, [...runTogetherAdditions(text, message), ...additionsFor(text, message, classifier), ...pieceAdditions(text, recent), ...contextAdditions(text, recent.slice(-recentMessagesRead), storyAdditions)]);
    aboutAVulnerableAdult(assessment, message);
    olderWriterHarmedByFamily(assessment, message);
    wordTurnedBack(assessment, message);
    downNotHarmed(assessment);
    return assessment;
  };
}

/** The committed model (`npm run train:safety`), read once at start-up. */
export const committedClassifier: SafetyClassifier = loadClassifier(classifierFileSchema.parse(JSON.parse(readFileSync(classifierModelPath, 'utf8'))));

/** Safety triage with every offline layer. */
export const assessSafety: AssessSafety = createSafetyAssessor(committedClassifier);
