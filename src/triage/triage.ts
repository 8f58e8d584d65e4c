import { callBackChoice, type BotReply, type Choice } from '../reply.js';
import type { GroundedAnswer } from '../knowledge/answer.js';
import type { AssistantKnowledge } from '../knowledge/assistantKnowledge.js';
import type { RetrievedArticle } from '../knowledge/hybridRetriever.js';
import type { CouncilProfile } from '../profile/councilProfile.js';
import type { SafetyAssessment, SafetyCheck } from './safety.js';
import type { TopicId } from './topics.js';
import type { LlmServices } from '../llm/llmServices.js';
import type { ConversationTurn } from '../llm/modelInput.js';
import { isShort, readsAsFollowUp, sharesAWord, subjectOf } from './conversationCues.js';
import { late, settleWithin } from '../settleWithin.js';
import { chooseTopic, type TopicEvidence } from './topicRouter.js';
import { englishTermsIn, type ServiceTerms } from '../knowledge/serviceTerms.js';
import { detectLanguage, requestedLanguage } from './language.js';
import { isWithinOpeningHours } from '../handoff/openingHours.js';
import { abuseBoundaryReply, afterFindingSomeone, bold, cannotCall, emergencyReply, hoursFor, matterOf, offersReport, safeguardingReply, safetyQuestion, sceneOf, withoutAVoiceCall, type ConcernFor, type Hours } from './safetyReplies.js';

/** What the assistant decided to do with one message, before any conversation state. */
export type Route =
  | { kind: 'safety' }
  /** The grey zone: one calm, direct question before anything else (see `SafetyAssessment.safetyCheck`). */
  | { kind: 'safety-check'; check: SafetyCheck }
  | { kind: 'abuse' }
  | { kind: 'human' }
  | { kind: 'smalltalk' }
  | { kind: 'answer'; answer: GroundedAnswer };

export interface TriageDecision {
  topic: TopicId;
  safety: SafetyAssessment;
  articles: RetrievedArticle[];
  route: Route;
  /** The first reply the live bot sends for this message. */
  reply: BotReply;
  /** ISO 639-3 code when the message is not in English. */
  language?: string;
}

/** The knowledge side of triage: retrieval and classification, and the grounded answer. */
export type TriageKnowledge = Pick<AssistantKnowledge, 'search' | 'answer'>;

/** The optional LLM: follow-ups rewritten before retrieval, answers generated from the same articles. */
export type TriageLlm = Pick<LlmServices, 'rewriteQuery' | 'answer'>;

export interface TriageParts {
  profile: CouncilProfile;
  assessSafety: (text: string) => SafetyAssessment;
  /** A promise while the index loads: turns that arrive early wait for it. */
  knowledge: TriageKnowledge | Promise<TriageKnowledge>;
  phrases: { talkToSomeone: (profile: CouncilProfile) => BotReply; contactDetails: (profile: CouncilProfile) => BotReply; smalltalk: (text: string, profile: CouncilProfile) => BotReply };
  /** Absent: extractive answers only (the embedded default, and the triage CLI). */
  llm?: TriageLlm;
  /** Words for council services in other languages (`knowledge/service-terms.yaml`), so such messages reach their topic. */
  serviceTerms?: ServiceTerms;
  /** The clock for opening hours: out of hours a safety reply never promises an advisor. */
  now?: () => Date;
  /** How long a message waits for an index still loading before it is asked to come back (`indexWaitMs` unless given). */
  indexWaitMs?: number;
}

/**
 * A cold start builds the index for a minute or more (two instances starting together on a busy machine: over two minutes, with
 * every question held and unanswered, operations trial 24, OPS24-03). A question waits this long, then hears when to ask again.
 */
export const indexWaitMs = 15_000;

export interface TriageOptions {
  /** The conversation so far, for follow-ups ("what about the garden one?"). */
  history?: readonly ConversationTurn[];
  /** Shows a model's answer while it is written (see `AnswerOptions.onCheckedText`). */
  onAnswerText?: (textSoFar: string) => void;
  /** True when the message will start a form instead of being answered: the model's answer is not drafted. */
  startsForm?: (topic: TopicId, confident: boolean) => boolean;
  /** The message is a choice the bot offered, in the bot's own English words: no language is detected in it. */
  choicePicked?: boolean;
  /** What the conversation is about (the last answer's title, or a form in progress): a short follow-up is read with it. */
  subject?: string;
  /** The message was asked in the middle of a form: a short question ("how long will it take?") is about the form's subject. */
  withinForm?: boolean;
  /** The message was spoken on a phone call: an interpreter offer says what to say, not what to write. */
  spoken?: boolean;
  /** Nobody answered when this call was put through: a safety reply offers the call back, as out of hours, not a person now. */
  advisorsAway?: boolean;
  /** The resident's messages before this one: a safety reply to "should I go and look for him?" knows who he is. */
  earlier?: readonly string[];
}

/** Every choice a safety reply can offer, as many as a channel must show at once. */
export const safetyChoices: Choice[] = [{ label: 'Talk to an advisor now' }, { label: 'Report it' }];

/**
 * A person now in opening hours, out of hours a priority call back (marked by the conversation's
 * priority); "Report it" only for a home's hazard (`offersReport`). In opening hours it was offered
 * whatever the concern, and an overdose's "Report it" opened a repair form (caller re-trial 12b).
 */
export function safetyChoicesFor(hours: Hours, reportable: boolean): Choice[] {
  const report = reportable ? [{ label: 'Report it' }] : [];
  return hours === 'open' ? [{ label: 'Talk to an advisor now' }, ...report] : [...report, callBackChoice];
}

/** The index, or undefined if it has not loaded within `waitMs`; a failed load fails the turn, as before. */
async function loadedWithin(knowledge: TriageKnowledge | Promise<TriageKnowledge>, waitMs: number): Promise<TriageKnowledge | undefined> {
  const loaded = await settleWithin(Promise.resolve(knowledge), waitMs);
  return loaded === late ? undefined : loaded;
}

/** A question that came while the index was still loading. */
const stillStarting = (profile: CouncilProfile): BotReply => ({
  text: `I'm still getting ready to answer questions. Please ask again in a minute or two. If anyone is in danger, call ${bold(profile.national.emergency)}.`,
});

/** What retrieval gives a message whose safety reply did not wait for the index to load. */
const noEvidence: TopicEvidence = { classifier: [], articles: [] };

/** Asked for an interpreter without naming a language: ask which, in English (the one shared language so far). */
const whichLanguage = 'We can arrange an interpreter. Which language would you like? Then say or write: talk to someone.';

/** The reply keeps what it was (an emergency stays urgent: read slowly and repeated on a call); only a line and the "Talk to someone" choice are added. */
function withLine(decision: TriageDecision, line: string): TriageDecision {
  const choices = decision.reply.choices ?? [];
  return {
    ...decision,
    reply: {
      ...decision.reply,
      text: `${decision.reply.text}\n\n${line}`,
      choices: choices.some((choice) => choice.label === 'Talk to someone') ? choices : [...choices, { label: 'Talk to someone' }],
    },
  };
}

/** National services residents ask for by name, with the profile's number for each and how it is open. */
const namedHelplines: readonly { names: RegExp; number: (national: CouncilProfile['national']) => string; say: string }[] = [
  { names: /\bsamaritans?\b/i, number: (national) => national.samaritans, say: 'Samaritans: call {number}, free, any time, day or night.' },
  { names: /\bshelter\b/i, number: (national) => national.shelter, say: "Shelter's free housing advice helpline: {number}." },
  { names: /\b(?:national )?gas emergency(?: service| line| number)?\b|\bgas (?:leak )?(?:emergency )?(?:line|number)\b/i, number: (national) => national.gasEmergency, say: 'The National Gas Emergency Service: {number}, free, any time.' },
  { names: /\b(?:domestic abuse|refuge) (?:helpline|line|number)\b|\brefuge\b/i, number: (national) => national.domesticAbuseHelpline, say: 'The National Domestic Abuse Helpline: {number}, free, any time.' },
  { names: /\bmen'?s advice line\b/i, number: (national) => national.mensAdviceLine, say: "The Men's Advice Line: {number}, free." },
  { names: /\bchildline\b/i, number: (national) => national.childline, say: 'Childline: {number}, free, any time; it does not show on the phone bill.' },
  { names: /\bnspcc\b/i, number: (national) => national.nspcc, say: 'The NSPCC helpline, for adults worried about a child: {number}.' },
  { names: /\bfloodline\b/i, number: (national) => national.floodline, say: 'Floodline: {number}.' },
  { names: /\bpower ?cut (?:line|number)\b/i, number: (national) => national.powerCut, say: 'For a power cut, call {number}, free.' },
  { names: /\bhousing ombudsman\b/i, number: (national) => national.housingOmbudsman, say: 'The Housing Ombudsman: {number}.' },
];

/** "What's the Samaritans number?": the named service's number from the profile; undefined when none is named or no number is asked for. */
function helplineAskedFor(text: string, profile: CouncilProfile): string | undefined {
  if (!/\b(?:number|phone|ring|call|contact|helpline|line)\b/i.test(text)) return undefined;
  const named = namedHelplines.filter(({ names }) => names.test(text));
  if (named.length !== 1) return undefined;
  const { number, say } = named[0]!;
  return say.replace('{number}', bold(number(profile.national)));
}

/** "Me and my two kids", "we have", "my children": the children are with the resident who is asking. */
const ownChildrenWithThem = /\b(?:me|us|we) and (?:my|our|the) (?:\w+ )?(?:kids?|children|child|babies|baby|sons?|daughters?|little ones)\b|\b(?:my|our) (?:\w+ )?(?:kids?|children|child|babies|baby|sons?|daughters?|little ones) and (?:me|i)\b/i;

/**
 * Another way to reach the council than a phone call: "can I e-mail the housing team instead?", "can
 * I just walk into the office on Monday?", "is there really no way except by phone?" (caller re-trial
 * 15b, H2: four callers who could not be phoned were each sent back into the call back form).
 */
const asksForAnotherWay =
  /\b(?:can|could|may|do|should) (?:i|we|you) (?:just )?(?:e-?mail|write to|text|come (?:in|into|to)|walk in(?:to)?|visit|drop in|pop in)\b|\b(?:e-?mail|a text|texting|writing|the office|in person)\b[^.?!]*\binstead\b|\b(?:another|other|different) way (?:to|of) (?:get|getting|contact|contacting|reach|reaching|talk|talking)\b|\bno way\b[^.?!]*\bexcept\b|\bwhere(?:'s| is) (?:your|the) (?:office|offices|housing office)\b|\b(?:address|where) of (?:the|your) (?:council )?(?:office|offices)\b/i;

/** Asking how to reach the council without a call back or a person on the line. */
export const asksHowToReachUs = (text: string): boolean => asksForContactDetails.test(text) || asksForAnotherWay.test(text);

/** A question about how to reach the council: its e-mail, phone number, address or opening hours. */
const asksForContactDetails =
  /\b(?:what(?:'?s| is) (?:your|the council'?s?|the) (?:e-?mail(?: address)?|phone number|telephone number|number|address|postal address)|(?:your|the council'?s?|council) (?:e-?mail(?: address)?|postal address|address)\b(?! change)|where (?:is|are) (?:the )?(?:town hall|council offices?|civic cent(?:re|er)|your offices?)|(?:what|which) (?:time|times|hours) (?:do|are) you (?:open|close)|what are your opening (?:hours|times)|when (?:do|are) you (?:open|closed?)|are you open (?:on |at )?(?:today|tomorrow|saturday|sunday|the weekend|bank holidays?))\b/i;
/** "Can I speak to someone", "put me through": a person, whatever else is asked. */
const asksForAPerson = /\b(?:speak|talk) to (?:a |an |some|any)|\bput me through\b|\bcall me back\b|\bring me back\b/i;

/** "My son, he's fifteen", "my 14 year old daughter": the resident is telling of their own child, not of themselves. */
const theirChild = /\b(?:my|our) (?:\w+ )?(?:son|daughter|kid|child|boy|girl|teenager|teen|lad|lass|stepson|stepdaughter|(?:\w+[- ])?year[- ]old)\b(?=[^.!?]*\b(?:he|she|they|him|her|them|himself|herself|themselves|self[- ]?harm(?:s|ing|ed)?|harms|harming|cutting)\b)/i;
/** "I've been cutting myself", "I want to end it": the resident speaks of their own harm, whoever else they mention. */
const ownHarm =
  /\b(?:i|i'?m|i'?ve|i'?ll|im|ive|ill)\b[^.!?]{0,30}\b(?:myself|my life|end it|kill me|not be here|want to die|wanna die|go on|no point|give up|be a burden|better off without me|wake up|live any ?more)\b/i;
const aboutTheirChild = (text: string): boolean => theirChild.test(text) && !ownHarm.test(text);
/** "He's gone up in the loft and pulled the ladder up", "she's locked herself in", a message that starts with him: what someone else is doing now. */
const someoneElseActing =
  /^\W*(?:he|she|they)\b|\b(?:he|she|they)(?:'s|'re|'ve| is| are| has| have)? (?:just |now |gone and )?(?:gone|run|ran|climbed|locked|shut|bolted|barricaded|wedged|jammed|pulled|hiding|hidden|not (?:answering|replying|responding|talking|speaking|making a sound)|won'?t|will not|wo not)\b|\b(?:himself|herself|themselves|themself)\b/i;

/** A friend, partner or relative: "mate", "brother", "flatmate". */
const close = '(?:friend|mate|pal|brother|sister|partner|husband|wife|boyfriend|girlfriend|dad|mum|father|mother|flatmate|housemate|neighbour|colleague|cousin|uncle|aunt|auntie|nan|grandad|grandma|son|daughter)';
/** One named: "my mate", "our Kev's brother", "a friend of mine". */
const someoneCloseTold = new RegExp(String.raw`\b(?:my|our|a) (?:\w+ )?${close}\b`, 'i');
/** Their own harm told of them: a goodbye sent, the means got, "he wants to end it", "she'd be better off dead", "himself". */
const theirSelfHarm = new RegExp(
  String.raw`\b(?:himself|herself|themselves|themself)\b|\b(?:his|her|their) (?:own )?life\b|\b(?:he|she|they|${close})(?:'s|'d| is| has| have| had| would)? (?:\S+ ){0,3}` +
    String.raw`(?:(?:posted|sent|written|wrote|said|saying|texted|messaged|left) (?:\S+ ){0,4}(?:goodbye|goodbyes|farewell|sorry for everything)|(?:got|bought|has|have|hidden|hid|took|taken) (?:a |some |the |his |her )?(?:rope|noose|pills|tablets|gun|ligature)|(?:wants?|going|gonna|means|talking about|talks about) (?:to )?(?:die|end it|kill)|better off dead)`,
  'i',
);
/** He, she or they, him, her or them: someone other than the writer is who the message is about. */
const thirdPerson = /\b(?:he|she|they|him|her|them|his|himself|herself|themselves)\b/i;
/**
 * Someone else's thoughts of ending their life, told by a friend or relative (caller trials 17 and 17b:
 * the friend, the parent and the sister were asked "are you thinking about ending your life?"): their
 * harm told of them, or someone close named and spoken of as he or she, with no harm of the writer's own.
 */
const aboutTheirSelfHarm = (text: string): boolean =>
  !ownHarm.test(text) && (((someoneCloseTold.test(text) || theirChild.test(text)) && (theirSelfHarm.test(text) || thirdPerson.test(text) || closeOneActing.test(text))) || (someoneTold.test(text) && thirdPerson.test(text)));
/** The one named doing it, with no pronoun: "my sister's taken a load of paracetamol" (caller trial 22: the caller's own script). */
const closeOneActing = new RegExp(String.raw`\b(?:my|our) (?:\w+ )?${close}(?:'s| s| has| is| was| had)\b`, 'i');
/** Someone unnamed: "a lad has jumped off the bridge, he's not come up" (caller trial 22, R19-02). */
const someoneTold = /\b(?:a|the|this|some) (?:young |old |little |teenage )?(?:lad|lass|man|woman|girl|boy|bloke|guy|fella|kid|teenager|person|stranger)\b|\b(?:someone|somebody)\b/i;

/** A child, someone doing something now, or someone else's plans to end their life. */
const toldOfSomeoneElse = (text: string): boolean => theirChild.test(text) || someoneElseActing.test(text) || aboutTheirSelfHarm(text);

/**
 * Whether a worry is told about someone else: their child, someone doing something now, or someone
 * else's plans, in this message or, when this one speaks of him or her, in the resident's messages
 * before it ("should I drive round to the bridge to look for him?" after "my son says he'll jump"). The
 * question for it is whether anyone is in danger; asking the parent "are you thinking about ending
 * your life?" about a son gone silent in the loft was heard as not listening (caller re-trial 13b, C7),
 * and so was it by a parent on the phone to 999 (caller re-trial 17b).
 */
export const aboutSomeoneElse = (text: string, earlier: readonly string[] = []): boolean =>
  !ownHarm.test(text) && (toldOfSomeoneElse(text) || (thirdPerson.test(text) && earlier.some((said) => !ownHarm.test(said) && toldOfSomeoneElse(said))));

/** Whom the safeguarding advice is for, read with what the resident said before (`earlier`) when this message speaks of him or her. */
export function concernFor(text: string, safety: SafetyAssessment, earlier: readonly string[] = []): ConcernFor | undefined {
  // A son's or a daughter's plan with a place and a time is for the police to go to them now, whatever their age (caller re-check 22b, C18-05).
  if (safety.safeguarding === 'self-harm' && aboutTheirChild(text) && planTold.test(text)) return 'someone-else';
  if (aboutTheirChild(text)) return 'their-child';
  if (safety.safeguarding === 'self-harm' && aboutSomeoneElse(text, earlier)) return 'someone-else';
  if (safety.safeguarding === 'domestic-abuse' && abuseOfSomeoneElse(text)) return 'someone-else';
  return notSeen.test(text) || safety.evidence.some((id) => id.includes('not-seen')) ? 'someone-not-seen' : undefined;
}

/** A plan told of them: "he's going to … jump off", "she said she'd hang herself tonight". */
const planTold = /\b(?:going to|gonna|will|'ll|wants to|said (?:he|she|they)(?:'d| would))\b[^.?!]{0,80}\b(?:jump|hang|throw|drive|walk into|lie down|take (?:all|the lot|them all)|end it|kill (?:himself|herself|themselves))\b/i;

/** Signs someone has not been seen: no answer, curtains shut, post piling up. */
const notSeen =
  /\b(?:not|n't|never) (?:been )?seen\b|\bhaven'?t seen\b|\bnot (?:been )?answering\b|\bno answer\b|\bnot heard from\b|\bcurtains? (?:are |still )*(?:closed|shut|drawn)\b|\bpost (?:is )?(?:piling|piled|sticking)\b|\bmilk (?:is )?(?:on|outside)\b/i;

/** The resident is the one harmed: "he hits me", "my partner", "I'm scared of him", "I need to get out". */
const ownAbuse =
  /\b(?:hit|hits|hitting|hurt|hurts|hurting|beat|beats|beating|punch\w*|kick\w*|slap\w*|chok\w*|strangl\w*|push\w*|shov\w*|grab\w*|threaten\w*|control\w*|rap\w*|attack\w*|abus\w*|follow\w*|track\w*|(?:scream|shout|yell)\w* at) me\b|\bmy (?:husband|partner|boyfriend|ex|wife|girlfriend|fianc\w*)\b(?!'s| s\b)|\bi(?:'m| am) (?:so |really )?(?:scared|afraid|frightened|terrified)\b|\bi (?:need|want|have) to (?:leave|get out|escape)\b/i;
/** Someone near the resident but not them: a neighbour, the woman next door, a sister or a friend, spoken of as he or she. */
const someoneElseNear =
  /\b(?:neighbou?rs?|next door|upstairs|downstairs|across the (?:road|landing|hall)|over the road|opposite|(?:my|our) (?:\w+ )?(?:sister|daughter|mum|mother|friend|mate|niece|nephew|son|brother|dad|father|nan|gran|grandma|cousin|aunt|auntie|colleague)(?:'s| s)?)\b/i;
/**
 * Domestic abuse told by a neighbour, friend or relative about someone else (caller re-trial 17c: a neighbour who heard a head
 * hit the wall got the victim's advice): someone near named, spoken of as he or she, and nothing of the resident's own harm.
 */
const abuseOfSomeoneElse = (text: string): boolean => !ownAbuse.test(text) && someoneElseNear.test(text) && thirdPerson.test(text);

/**
 * A family with nowhere to stay tonight is an emergency housing matter: the out-of-hours
 * homelessness number leads, alone, rather than under the child-safeguarding script (about 90
 * seconds on a call, the one number that mattered buried in it). The flag stays, so the case and
 * any call back are still marked as safeguarding.
 */
function familyWithNowhereTonight(text: string, safety: SafetyAssessment): boolean {
  return safety.emergency === 'homeless-tonight' && safety.safeguarding === 'child-at-risk' && ownChildrenWithThem.test(text);
}

/**
 * Safety first, then topic: the same decision for the live bot and the triage CLI.
 * Safety replies never depend on retrieval, so a slow or failing index cannot hide them.
 */
export function createTriage(parts: TriageParts) {
  const interpreterLanguages = Object.keys(parts.profile.interpreterLines);
  /** The index once it has loaded; until then (or if it never does), undefined. */
  let loaded: TriageKnowledge | undefined;
  Promise.resolve(parts.knowledge).then(
    (knowledge) => (loaded = knowledge),
    () => undefined,
  );
  /** `safety` may be passed when the caller has already assessed the message (the pipeline does, first). */
  return async function triage(text: string, safety: SafetyAssessment = parts.assessSafety(text), options: TriageOptions = {}): Promise<TriageDecision> {
    // Asking for a language counts as much as writing in it; an answer to a form question (a name, a time) is not a sample of any.
    const requested = options.choicePicked ? undefined : requestedLanguage(text, interpreterLanguages);
    const sample = options.choicePicked || (options.withinForm === true && isShort(text)) ? 'eng' : detectLanguage(text, interpreterLanguages);
    const language = requested && requested !== 'ask' ? requested : sample;
    // Written in another language: its service words in English help retrieval find the topic.
    const englishTerms = language === 'eng' || !parts.serviceTerms ? '' : englishTermsIn(text, language, parts.serviceTerms);
    const decision = await decideInEnglish(text, englishTerms, safety, options);
    // The English reply plus a line in their language: 999 and its interpreters for a life in danger or a fire, otherwise an advisor with an interpreter.
    const for999 = decision.safety.emergency === 'danger-to-life' || decision.safety.emergency === 'fire';
    const line = (for999 && parts.profile.emergencyInterpreterLines[language]) || (options.spoken && parts.profile.spokenInterpreterLines[language]) || parts.profile.interpreterLines[language];
    if (requested === 'ask' && language === 'eng') return withLine(decision, whichLanguage);
    if (language === 'eng' || !line) return decision;
    return { ...withLine(decision, line), language };
  };

  async function decideInEnglish(text: string, englishTerms: string, safety: SafetyAssessment, { history = [], onAnswerText, startsForm, subject, withinForm, spoken, advisorsAway, earlier = [] }: TriageOptions): Promise<TriageDecision> {
    // A safety reply or question never waits for the index: on a cold start "I can smell gas" waited 58 s for it (operations
    // trial 24, OPS24-03). Retrieval only chooses such a message's topic, which the emergency itself mostly decides.
    const concern = Boolean(safety.emergency || safety.safeguarding || safety.safetyCheck);
    const knowledge = loaded ?? (concern ? undefined : await loadedWithin(parts.knowledge, parts.indexWaitMs ?? indexWaitMs));
    if (!knowledge && !concern) return { topic: 'contact-human', safety, articles: [], route: { kind: 'smalltalk' }, reply: stillStarting(parts.profile) };
    const withTerms = (words: string): string => (englishTerms ? `${words} ${englishTerms}` : words);
    // Routing starts from the resident's own words. Safety was judged on them too; only retrieval sees a follow-up read with what came before.
    let query = withTerms(text);
    const followUp = readsAsFollowUp(text) || (withinForm === true && isShort(text));
    if (followUp && parts.llm && history.length > 0) {
      const rewritten = (await parts.llm.rewriteQuery(history, text)).value;
      // A rewrite that shares no word with the message is the model's own idea, not the resident's question.
      if (sharesAWord(rewritten, text)) query = withTerms(rewritten);
    } else if (followUp && subject) {
      query = withTerms(`${text} ${subject}`);
    }
    // Asking for a person "about my PCN": the request's own words ("talk", "human") would pull retrieval off the subject.
    const evidence = knowledge ? await knowledge.search((safety.wantsHuman && subjectOf(query)) || query) : noEvidence;
    const { topic, alternatives } = chooseTopic(query, safety, evidence);
    const { articles } = evidence;
    const decide = (route: Route, reply: BotReply): TriageDecision => ({ topic, safety, articles, route, reply });

    if (safety.emergency || safety.safeguarding) {
      const hours = hoursFor(isWithinOpeningHours(parts.profile, (parts.now ?? (() => new Date()))()), advisorsAway === true);
      const family = familyWithNowhereTonight(text, safety);
      const reportable = offersReport(safety.emergency, safety.safeguarding, text);
      // The scene told before, when this message tells none: "the smoke's coming under my door now" after "I can't get down,
      // the stairs are full of smoke" is still the trapped's advice.
      const scene = safety.emergency ? (sceneOf(text, safety.emergency) ?? sceneOf(earlier.join('\n'), safety.emergency)) : undefined;
      // Someone found hanging is the one in danger, not the resident who found them: the cut-down advice, and support for the one who found them.
      const foundHanging = scene === 'hanging' && safety.safeguarding === 'self-harm';
      const sections = [
        safety.emergency ? emergencyReply(safety.emergency, parts.profile, 'report', hours, spoken, reportable, scene) : undefined,
        foundHanging ? afterFindingSomeone(parts.profile) : undefined,
        safety.safeguarding && !family && !foundHanging
          ? safeguardingReply(safety.safeguarding, parts.profile, hours, concernFor(text, safety, earlier), matterOf(safety.evidence))
          : undefined,
        cannotCall.test(text) ? withoutAVoiceCall(parts.profile) : undefined,
      ].filter((section): section is string => section !== undefined);
      const choices = safetyChoicesFor(hours, reportable);
      return decide({ kind: 'safety' }, { text: sections.join('\n\n'), choices, urgent: safety.emergency ? 'emergency' : 'safeguarding' });
    }
    if (safety.safetyCheck) return decide({ kind: 'safety-check', check: safety.safetyCheck }, safetyQuestion(safety.safetyCheck, parts.profile));
    if (safety.abusive) return decide({ kind: 'abuse' }, { text: abuseBoundaryReply(false) });

    // A question about an emergency still gets the number first, then the article.
    const emergencyInfo = safety.emergencyInfo ? emergencyReply(safety.emergencyInfo, parts.profile, 'info') : undefined;
    // A national helpline's number asked for by name: that number, not the council's (outside attack 19, A19-6).
    const helpline = helplineAskedFor(text, parts.profile);
    if (helpline) return decide({ kind: 'smalltalk' }, { text: helpline });
    // Asking for the council's details is not asking for a person: the details are answered, a person offered.
    if (asksHowToReachUs(text) && !asksForAPerson.test(text)) return decide({ kind: 'smalltalk' }, parts.phrases.contactDetails(parts.profile));
    if (safety.wantsHuman) return decide({ kind: 'human' }, parts.phrases.talkToSomeone(parts.profile));
    if (topic === 'smalltalk') return decide({ kind: 'smalltalk' }, parts.phrases.smalltalk(text, parts.profile));
    if (topic === 'contact-human') return decide({ kind: 'human' }, parts.phrases.talkToSomeone(parts.profile));

    // Only a message needing a safety reply went on without the index; the others have it.
    const extractive = (knowledge ?? (await parts.knowledge)).answer(query, articles, alternatives);
    const llm = startsForm?.(topic, extractive.kind === 'answer') ? undefined : parts.llm;
    const answer = llm ? (await llm.answer({ question: text, history, retrieved: articles, extractive }, onAnswerText && { onCheckedText: onAnswerText })).value : extractive;
    const reply: BotReply =
      answer.kind === 'answer'
        ? { text: answer.text, choices: answer.actions.map((action) => ({ label: action.label, ...(action.url && { url: action.url }) })) }
        : // Not understood at all (slang, a dialect, a language the profile has no line for): 999 is said anyway, as the safety
          // rules may have missed a danger told that way (outside attack 19, A19-9: "je sens le gaz", "gonna kms tonight").
          { text: `${answer.text} If this is an emergency, call ${parts.profile.national.emergency}.`, choices: [...answer.suggestions.map((suggestion) => ({ label: suggestion.label })), { label: 'Talk to someone' }] };
    if (emergencyInfo) reply.text = `${emergencyInfo}\n\n${reply.text}`;
    return decide({ kind: 'answer', answer }, reply);
  }
}

export type Triage = ReturnType<typeof createTriage>;
