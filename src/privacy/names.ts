import { everydayWords, placeWords, stateWords } from './commonWords.js';
import { replaceSpans, type Span } from './spans.js';

/**
 * People's names, found by what comes before them: a self-introduction ("I'm", "my name is",
 * "this is … speaking", "it's … here"), a title (Mr, Mrs, Dr, Rev …), a relation ("my husband
 * Gary Lomax") or a sign-off ("thanks, Mary" at the end). Hand-written patterns rather than a
 * library: the NER packages on npm rely on capitals and English prose, where residents type in
 * lower case, and a name-list package would redact "Grace" in "grace period" or "Bill" in
 * "council tax bill" with no lead-in at all. A name with no lead-in is not caught.
 */

/** One word of a name: letters with apostrophes or hyphens (O'Brien, Llewellyn-Jones), an initial (J.), or a nickname in brackets. */
const wordPattern = /^(?:\([\p{L}'’-]+\)|[\p{L}][\p{L}'’-]*\.?)$/u;
/** Joining words of multi-part surnames: van der Berg, de la Cruz, Ní Bhriain, bin Ali. */
const particles = new Set(['van', 'der', 'den', 'de', 'la', 'le', 'du', 'da', 'di', 'von', 'al', 'el', 'bin', 'ibn', 'ní', 'ni', 'nic', 'mac', 'ap', 'dos', 'das', 'del']);
/** Brands and phrases that look like a title and a name. */
const notPeople = new Set(['martens', 'marten', 'pepper', 'who', 'oetker', 'seuss', 'scholl', 'whippy', 'softee', 'kipling', 'tumble', 'blobby', 'motivator', 'muscle', 'sheen', 'men', 'frosty']);
/** Words a resident writes after "my son" that are what he did or does, not his name ("my son broke his arm", "my kids love it"). */
const doingWords = new Set(['broke', 'fell', 'went', 'took', 'gave', 'saw', 'ran', 'hit', 'lost', 'found', 'put', 'let', 'bought', 'brought', 'caught', 'thought', 'felt', 'heard', 'held', 'knew', 'met', 'paid', 'rang', 'sat', 'sold', 'slept', 'spent', 'stood', 'stole', 'swore', 'threw', 'woke', 'won', 'wore', 'hurt', 'cut', 'quit', 'became', 'use', 'used', 'usually', 'often', 'sometimes', 'recently', 'currently', 'too', 'both', 'and', 'who', 'which', 'that', 'whose', 'love', 'like', 'hate', 'play', 'attend', 'enjoy', 'share', 'sleep', 'stay', 'miss', 'deserve', 'suffer', 'struggle', 'cannot', 'keeps']);
/** First names that end like the adjectives the state rule below turns away. */
const namesLikeAdjectives = new Set(['mohammed', 'muhammed', 'mohamed', 'muhammad', 'ahmed', 'ahmad', 'fred', 'ted', 'ned', 'jed', 'emily', 'kelly', 'holly', 'lily', 'sally', 'molly', 'billy', 'polly', 'shelly', 'ally', 'carly', 'beverly', 'kimberly', 'stirling', 'sterling']);

const titles = 'mr|mrs|ms|miss|mx|dr|doctor|prof|professor|rev|revd|reverend|cllr|councillor|sgt|sergeant|pc|insp|inspector|capt|captain';
/** Titles that are also everyday words ("my sister is ill"), so they count only with a capital. */
const capitalTitles = 'Sir|Dame|Lady|Lord|Sister|Father|Brother|Imam|Rabbi|Pastor|Canon';
const titleAt = new RegExp(`^(?:(?:${titles})\\b\\.?|(?:${capitalTitles})\\b)\\s*`, 'iu');
const capitalTitleOnly = new RegExp(`^(?:${capitalTitles})\\b`, 'u');
const capitalTitleAnyCase = new RegExp(`^(?:${capitalTitles})\\b`, 'iu');

const bare = (word: string): string => word.toLowerCase().replace(/[’']s?$/u, '').replace(/\.$/, '');
const capitalised = (word: string): boolean => /^\(?\p{Lu}/u.test(word);
const adjectiveLike = (word: string): boolean => /(?:ing|ed|ly|less|ful|ous|able|ible)$/.test(word) && !namesLikeAdjectives.has(word);

/** A lower-case word after a relation that may be a name: not a state, a verb or a past tense. */
const ordinaryLowerCaseName = (key: string): boolean =>
  !stateWords.has(key) && !doingWords.has(key) && !placeWords.has(key) && !adjectiveLike(key) && !/[^s]s$/.test(key) && key.length > 1;

type Strength =
  /** "my name is", "name:", a title: whatever follows is a name unless it is an everyday word. */
  | 'named'
  /** "I'm", "I am": also not a state ("I'm worried") or a role ("I am a tenant"). */
  | 'introduced'
  /** "this is", "it's", "thanks,": only a capitalised name, not a council or a day ("this is Northbrook Borough Council"). */
  | 'capitalised'
  /**
   * "my grandson", "the lodger": a capitalised name, or one in lower case that is not what the
   * person did ("my son broke", "my wife works") or is ("my nan is ill").
   */
  | 'related';

interface NameSpan {
  end: number;
  /** Where the name itself starts, after any title. */
  start: number;
}

/** Lets a title count as one only where it is written as one ("Sister Bernadette", not "my sister"). */
function titleLength(text: string): number {
  const title = titleAt.exec(text);
  if (!title) return 0;
  if (capitalTitleAnyCase.test(title[0]) && !capitalTitleOnly.test(title[0])) return 0;
  return title[0].length;
}

/** The name at the start of `text` (after a lead-in), or undefined. */
function nameAt(text: string, strength: Strength): NameSpan | undefined {
  const title = titleLength(text);
  const effective: Strength = title > 0 ? 'named' : strength;
  const words: { word: string; end: number }[] = [];
  const wordRun = /[^\s,;:!?"]+/gu;
  wordRun.lastIndex = title;
  let gap = title;
  for (let match = wordRun.exec(text); match && words.length < 5; match = wordRun.exec(text)) {
    if (!/^\s*$/.test(text.slice(gap, match.index))) break;
    const initial = /^\p{L}\.$/u.test(match[0]);
    // A full stop after a word (not an initial) ends the sentence, and so the name.
    const endsSentence = !initial && match[0].endsWith('.');
    const word = endsSentence ? match[0].slice(0, -1) : match[0];
    const key = bare(word);
    const particle = particles.has(key) && (words.length > 0 || title > 0);
    if (!initial && !particle && (!wordPattern.test(word) || everydayWords.has(key) || notPeople.has(key))) break;
    const first = words.length === 0;
    if (/^x+$/.test(key)) break;
    if (first && effective === 'introduced' && (stateWords.has(key) || placeWords.has(key) || (!capitalised(word) && adjectiveLike(key)))) return undefined;
    if (first && effective === 'capitalised' && stateWords.has(key)) return undefined;
    // A capitalised run with a place or service word in it names an organisation ("Universal Credit").
    if (effective === 'capitalised' && !particle && capitalised(word) && placeWords.has(key)) return undefined;
    if (effective === 'capitalised' && !particle && !capitalised(word)) {
      if (first) return undefined;
      break;
    }
    if (effective === 'related' && !particle && (capitalised(word) ? placeWords.has(key) : !ordinaryLowerCaseName(key) || words.length >= 2)) {
      if (first) return undefined;
      break;
    }
    // After a capitalised first name, the name goes on only while the words are capitalised ("Dr Patel said").
    if (!first && !particle && capitalised(words[0]!.word) && !capitalised(word)) break;
    words.push({ word, end: match.index + word.length });
    gap = match.index + match[0].length;
    if (endsSentence || /[’']s$|s[’']$/u.test(word)) break;
  }
  while (words.length > 0 && particles.has(bare(words[words.length - 1]!.word))) words.pop();
  if (words.length === 0) return undefined;
  return { start: title, end: words[words.length - 1]!.end };
}

interface LeadIn {
  pattern: RegExp;
  strength: Strength;
  /** What must follow the name, e.g. "here" after "it's Nadia". */
  after?: RegExp;
  /** The lead-in is the title itself, which must then be written as one. */
  titled?: true;
}

/** Family, household and the people who work on a home, as a resident names them ("my stepdaughter", "the builder", "the lady next door"). */
const relatives =
  'partner|husband|wife|son|daughter|mum|mother|mom|dad|father|brother|sister|step-?(?:son|daughter|mum|dad|mother|father|brother|sister|kids?|children)|' +
  'twins?|kids?|children|grandson|granddaughter|grandchild|grandchildren|grandkids?|nan|nanna|nana|nanny|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|' +
  'fianc[eé]e?|friend|boyfriend|girlfriend|mate|child|baby|niece|nephew|aunt|auntie|aunty|uncle|cousin|in-?laws?|' +
  'neighbou?rs?|landlord|landlady|lodger|tenant|flatmate|housemate|carer|gp|social\\s+worker|support\\s+worker|key\\s*worker|care\\s+worker|case\\s*worker|' +
  'housing\\s+officer|health\\s+visitor|letting\\s+agent|estate\\s+agent|agent|builder|plumber|electrician|roofer|gardener|cleaner|contractor|surveyor|caretaker|warden|' +
  'bloke|man|lady|woman|guy|girl|lad|fella|chap|family|couple|' +
  // Council and agency staff, as a resident names them: "your worker Tobias", "the social workers Hattie and Bram".
  '(?:social|support|care|case|key)\\s*workers|workers?|officers?|advis[eo]rs?|assessors?|inspectors?|managers?|colleagues?';
/** Where a neighbour lives, between the relation and the name ("the tenant upstairs Piotr"). */
const dwelling = String.raw`(?:\s+(?:next\s+door|upstairs|downstairs|opposite|(?:over|across)\s+the\s+road|at\s+(?:number|no\.?)\s*\d+[a-z]?))?`;
/** "my ex partner", "my foster daughter", "our eldest son": words between the possessive and the relation. */
const relationModifier = String.raw`(?:(?:ex|foster|step|adopted|eldest|oldest|youngest|little|older|younger|elder|big|late|new|current|former)[\s-]+)?`;
const relation = String.raw`\b(?:my|our|his|her|their|the|your)\s+${relationModifier}(?:${relatives})\b${dwelling}`;
/** The council teams a resident names staff by: "Kerry in revenues", "Callum from planning enforcement", "Marguerite in the housing options team". */
const team = String.raw`(?:from|in|at|with)\s+(?:the\s+|your\s+)?(?:revenues?|benefits?|council\s+tax|housing|planning|enforcement|environmental|highways|parking|licensing|repairs|waste|customer\s+services|building\s+control|social\s+services|[\p{L} ]{1,40}?\steam\b)`;

const leadIns: readonly LeadIn[] = [
  { pattern: /\b(?:my\s+(?:full\s+)?name\s*(?:is|'s|’s|s|:|-)|(?:full\s+)?name\s*(?:is|:|=|-)|i\s+am\s+called|i'?m\s+called|is\s+called|named|in\s+the\s+name\s+of|on\s+behalf\s+of|from:|the\s+tenant\s+is|addressed\s+to)\s*/giu, strength: 'named' },
  { pattern: /(?:^|[\s,.!(])(?:i\s*['’]?\s*m|i\s+am)\s+/giu, strength: 'introduced' },
  { pattern: /\bthis\s+is\s+/giu, strength: 'capitalised' },
  { pattern: /\bthis\s+is\s+/giu, strength: 'named', after: /^\s+(?:from|speaking|here|again)\b/i },
  { pattern: /\bit['’]?s\s+|\bit\s+is\s+/giu, strength: 'named', after: /^\s+here\b/i },
  { pattern: /\bit['’]?s\s+/giu, strength: 'capitalised', after: /^\s*(?:[,.!]|$)/ },
  { pattern: new RegExp(`(?=\\b(?:${titles}|${capitalTitles})\\b)`, 'giu'), strength: 'named', titled: true },
  { pattern: /\bname\s*,\s*/giu, strength: 'capitalised' },
  { pattern: new RegExp(`${relation}(?:['’]s\\s+name\\s+is|\\s+is\\s+called|\\s+called|\\s+named)?\\s*,?\\s*`, 'giu'), strength: 'related' },
  { pattern: new RegExp(`${relation}\\s+(?:is|are)\\s+`, 'giu'), strength: 'capitalised' },
  // Form-like text: "Caller: Eamon Tully.", "Contact: Philippa Nash |", "tenant=Marek", "Name on account Priscilla Vane".
  {
    pattern:
      /\b(?:(?:contact|caller|applicant|resident|tenant|customer|client|complainant|occupier|occupant|owner|reporter|(?:reported|submitted|raised)\s+by|account\s+holder)(?:\s+name)?\s*[:=|]|name\s+on\s+(?:the\s+)?(?:account|bill|tenancy)\s*[:=|-]?)\s*/giu,
    strength: 'named',
  },
  // A member of staff the resident dealt with: "rang Bartek", "emailed Kerry".
  { pattern: /\b(?:rang|phoned|emailed|e-mailed|messaged|texted|contacted|met\s+with|met|called)\s+/giu, strength: 'capitalised' },
  // Someone to be told or asked: "can you tell Siobhan Murphy", "ask Kwame about it".
  { pattern: /\b(?:tell|told|ask|asked|let)\s+/giu, strength: 'capitalised' },
  // "spoke to aisling in council tax", "ask for Rashida", "pass a message to Marguerite", "the one called Imogen".
  {
    pattern:
      /\b(?:(?:speak|spoke|spoken|speaking|talk|talked|talking|chat|chatted)\s+(?:to|with)|ask(?:ed|ing)?\s+for|(?:pass|passed|give|forward|forwarded|send)\s+(?:a\s+|the\s+|this\s+|my\s+)?(?:message|note|this|it)\s+(?:on\s+)?to|dealt\s+with\s+by|(?:for\s+the\s+)?attention\s+of|f\.?a\.?o\.?:?|attn:?|(?:one|person|lady|man|woman|guy|bloke|chap|girl|fella|gentleman)\s+(?:called|named))\s+/giu,
    strength: 'related',
  },
  // A name before the team it works in: "Callum Prentice from planning enforcement", "Kerry in revenues".
  {
    pattern:
      new RegExp(String.raw`\b(?=\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+${team})`, 'gu'),
    strength: 'capitalised',
  },
  // The same in lower case after talking to someone: "spoke to aisling in council tax".
  { pattern: new RegExp(String.raw`\b(?:speak|spoke|spoken|talk|talked|chatted)\s+(?:to|with)\s+(?=[\p{L}'’-]+\s+${team})`, 'giu'), strength: 'named' },
  // A child or relation listed without "my": "two children: son Jasper and daughter Ottilie".
  { pattern: /(?:^|[,:;(]|\band\b|&)\s*(?:sons?|daughters?|step-?(?:son|daughter)s?|grandsons?|granddaughters?|twins?|baby|kids?|children)\s+(?:(?:is|are|called|named)\s+)?/giu, strength: 'capitalised' },
  // Children listed with their ages after the word for them: "three kids, Maisie 9, Theo 6 and Arlo 2".
  {
    pattern:
      /\b(?=\p{Lu}\p{Ll}+\s+\(?(?:aged\s+)?\d{1,2}\)?(?:\s*(?:yrs?|years?(?:\s+old)?))?\s*(?:,|and\b|&|$))(?<=\b(?:kids|children|sons|daughters|boys|girls|grandchildren|twins)\b[^.\n]{0,40})/gu,
    strength: 'capitalised',
  },
  // A name in brackets after a role: "the officer (Yusuf) said".
  { pattern: new RegExp(`\\b(?:${relatives})\\s*\\(\\s*`, 'giu'), strength: 'capitalised', after: /^\s*\)/ },
  // The writer's name as the message's first words: "Fenwick Adeyemi. My bin …", "Ignatius. Still no reply".
  {
    pattern: /^\s*(?=\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s*[.,]|\p{Lu}\p{Ll}+(?<![^aiu]s|ing|ed|ly)[.,]\s)/gu,
    strength: 'capitalised',
    after: /^\s*[.,](?!\s*\d)/,
  },
  // A change of name: "changed my surname from Pettifer to Oyelaran".
  { pattern: /\b(?:sur)?name\s+(?:changed\s+)?from\s+/giu, strength: 'named' },
  { pattern: /\b(?:sur)?name\s+(?:changed\s+)?from\s+(?:[^\s,.]+\s+){1,2}?to\s+/giu, strength: 'named' },
  // "Sent from Leopold's iPad".
  { pattern: /\bsent\s+from\s+/giu, strength: 'named', after: /^\s*(?:i?pad|i?phone|samsung|galaxy|android|mobile|tablet|laptop|kindle|device|phone|pixel)\b/i },
  // "the Pettigrews next door": a family by its surname, where it lives.
  { pattern: /\bthe\s+(?=\p{Lu}\p{Ll}+s\s+(?:next\s+door|upstairs|downstairs|opposite|(?:over|across)\s+the\s+road|at\s+(?:number|no\.?)\s*\d))/gu, strength: 'capitalised' },
  { pattern: /^\s*(?:(?:hi|hello|hiya|hey|morning|afternoon|evening)\b(?:\s+(?:there|all|team))?[,!]?\s*)?/giu, strength: 'capitalised', after: /^\s+(?:here|speaking)\b/i },
  { pattern: /\byou(?:\s+are|['’]?re)\s+(?:speaking|talking|chatting)\s+(?:to|with)\s+/giu, strength: 'named' },
  // Text-speak at the start: "its dionne, …", "am kwame n i need …", "its me ravinder again".
  { pattern: /^\s*(?:(?:hi|hello|hiya|hey|morning|afternoon|evening)\b(?:\s+(?:there|all|team))?[,!]?\s*)?(?:it['’]?s|am)\s+/giu, strength: 'introduced', after: /^\s*(?:[,.!]|$)|^\s+(?:here|again|from|n|and|&)\b/i },
  { pattern: /^\s*(?:(?:hi|hello|hiya|hey|morning|afternoon|evening)\b(?:\s+(?:there|all|team))?[,!]?\s*)?am\s+/giu, strength: 'introduced' },
  { pattern: /\bit['’]?s\s+me\s+/giu, strength: 'introduced' },
  { pattern: /\bthis\s+is\s+/giu, strength: 'introduced', after: /^\s+(?:about|re|regarding|calling|ringing|writing|emailing|texting|with)\b/i },
  // A nickname: "everyone calls me Bex but …", "known as Jim".
  { pattern: /\b(?:calls?\s+me|called\s+me|known\s+as|go(?:es)?\s+by)\s+/giu, strength: 'capitalised' },
  // A name that heads the message before the resident's contact details: "Ifeoma Nwosu, 07700 …".
  { pattern: /^\s*/gu, strength: 'named', after: /^\s*[-–—,:/|(]*\s*\[(?:email|phone)\]/ },
  // "Hana was born …", "Joel, born …".
  { pattern: /\b(?=\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?,?\s+(?:was\s+)?born\b)/gu, strength: 'capitalised' },
];

const signOff = /\b(?:thanks|thank\s+you|thankyou|thx|cheers|regards|rgds|wishes|best(?=\s*[,\n–—-])|yours(?:\s+truly)?|all\s+the\s+best|speak\s+soon|take\s+care|sincerely|faithfully|ta|love|from|bye)(?:\s+(?:for\s+your\s+help|in\s+advance|again|very\s+much|so\s+much|a\s+lot))?\s*[,.!–—-]*\s+/giu;
/** A name after a dash, a kiss or on a line of its own, at the end: "- Malcolm", "xx Tamsin", "…\nFenella". */
const signature: readonly { pattern: RegExp; strength: Strength }[] = [
  { pattern: /(?:^|\s)[-–—~]+\s*/gu, strength: 'capitalised' },
  { pattern: /(?:^|\s)x{1,4}\s+/giu, strength: 'named' },
  { pattern: /\n\s*/gu, strength: 'capitalised' },
];
/** What may follow a sign-off name: the end, kisses, the contact details that end the message, or a role in brackets ("(tenant)"). */
const endOfMessage = /^\s*[.!]*\s*(?:x{1,4}\b\s*[.!]*\s*)?$|^\s*[,-]\s*\[|^\s*\([^()\n]{1,40}\)\s*[.!]*\s*$/iu;

/** Between two joined names: "and", "&", or a child's age and a comma ("4, "); the first group is the age. */
const nameJoin = /^(\s*\(?(?:aged\s+)?\d{1,2}\)?(?:\s*(?:yrs?|years?(?:\s+old)?|months?))?)?\s*(?:,\s*(?:and\s+|&\s*)?|(?:and|&)\s+)/iu;

/** Replaces names with `[name]`, keeping the lead-in and any title ("Dr [name] said"). */
export function redactNames(text: string, marker: string): string {
  const spans: Span[] = [];
  const consider = (from: number, strength: Strength, { after, titled, atEnd = false }: Omit<LeadIn, 'pattern' | 'strength'> & { atEnd?: boolean } = {}): void => {
    const span = nameAt(text.slice(from), strength);
    if (!span || (titled && (span.start === 0 || !standsForPerson(text.slice(0, from), text.slice(from))))) return;
    const found = [{ start: from + span.start, end: from + span.end }];
    // "Ruby and Jade", "Gwen & Tariq", children with their ages "Lottie 4, Reuben 7 and Mae": names joined to the first.
    for (let joined = nameJoin.exec(text.slice(found[0]!.end)); joined && found.length < 6; joined = nameJoin.exec(text.slice(found[found.length - 1]!.end))) {
      if (!joined[1] && !/(?:and|&)\s+$/iu.test(joined[0])) break;
      const next = found[found.length - 1]!.end + joined[0].length;
      const second = nameAt(text.slice(next), 'capitalised');
      if (!second) break;
      found.push({ start: next + second.start, end: next + second.end });
    }
    const rest = text.slice(found[found.length - 1]!.end);
    if (after && !after.test(rest)) return;
    // A sign-off ends the message, or comes just before the contact details that end it.
    if (atEnd && !endOfMessage.test(rest)) return;
    spans.push(...found);
  };
  for (const { pattern, strength, ...rule } of leadIns) {
    for (const match of text.matchAll(pattern)) {
      consider(match.index + match[0].length, strength, rule);
    }
  }
  for (const match of text.matchAll(signOff)) consider(match.index + match[0].length, 'named', { atEnd: true });
  for (const { pattern, strength } of signature) {
    for (const match of text.matchAll(pattern)) consider(match.index + match[0].length, strength, { atEnd: true });
  }
  return replaceSpans(text, spans, marker);
}

/**
 * Whether a title names a person rather than a product, a character or a building: not after an
 * article or a possessive ("the Mrs Brown's Boys show", "my Mr Kipling cakes"), not before a
 * holiday ("Father Christmas") and not in a building's name ("Sir John Moore Primary").
 */
function standsForPerson(before: string, from: string): boolean {
  if (/\b(?:the|a|an|my|your|our|their|some|any|these|those)\s+$/iu.test(before.slice(-12))) return false;
  // "Sir John Moore Primary", "Lady Margaret Hall": a place word in the capitalised run names a building.
  const run = /^\s*\S+((?:\s+\p{Lu}[\p{L}'’.-]*){1,5})/u.exec(from);
  return !(run && run[1]!.trim().split(/\s+/u).some((word) => placeWords.has(bare(word))));
}
