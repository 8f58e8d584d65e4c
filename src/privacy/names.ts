import { everydayWords, placeWords, stateWords } from './commonWords.js';

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
const notPeople = new Set(['martens', 'marten', 'pepper', 'who', 'oetker', 'seuss', 'scholl']);
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

type Strength =
  /** "my name is", "name:", a title: whatever follows is a name unless it is an everyday word. */
  | 'named'
  /** "I'm", "I am": also not a state ("I'm worried") or a role ("I am a tenant"). */
  | 'introduced'
  /** "this is", "it's", "thanks,": only a capitalised name, not a council or a day ("this is Northbrook Borough Council"). */
  | 'capitalised';

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
    if (first && effective === 'introduced' && (stateWords.has(key) || (!capitalised(word) && adjectiveLike(key)))) return undefined;
    if (effective === 'capitalised' && !particle && (!capitalised(word) || placeWords.has(key))) {
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

const leadIns: readonly LeadIn[] = [
  { pattern: /\b(?:my\s+(?:full\s+)?name\s*(?:is|'s|’s|s|:|-)|(?:full\s+)?name\s*(?:is|:|-)|i\s+am\s+called|i'?m\s+called|is\s+called|named|in\s+the\s+name\s+of|on\s+behalf\s+of|from:|the\s+tenant\s+is|addressed\s+to)\s*/giu, strength: 'named' },
  { pattern: /(?:^|[\s,.!(])(?:i\s*['’]?\s*m|i\s+am)\s+/giu, strength: 'introduced' },
  { pattern: /\bthis\s+is\s+/giu, strength: 'capitalised' },
  { pattern: /\bthis\s+is\s+/giu, strength: 'named', after: /^\s+(?:from|speaking|here|again)\b/i },
  { pattern: /\bit['’]?s\s+|\bit\s+is\s+/giu, strength: 'named', after: /^\s+here\b/i },
  { pattern: /\bit['’]?s\s+/giu, strength: 'capitalised', after: /^\s*(?:[,.!]|$)/ },
  { pattern: new RegExp(`(?=\\b(?:${titles}|${capitalTitles})\\b)`, 'giu'), strength: 'named', titled: true },
  { pattern: /\bname\s*,\s*/giu, strength: 'capitalised' },
  { pattern: /\b(?:my|our|his|her|their)\s+(?:partner|husband|wife|son|daughter|mum|mother|mom|dad|father|brother|sister|neighbour|neighbor|landlord|landlady|carer|nan|nana|gran|grandma|grandad|grandson|granddaughter|friend|boyfriend|girlfriend|child|niece|nephew|aunt|auntie|uncle|lodger|social\s+worker|gp|cousin)(?:['’]s\s+name\s+is|\s+is\s+called|\s+called|\s+named)?\s+/giu, strength: 'capitalised' },
  { pattern: /^\s*(?:(?:hi|hello|hiya|hey|morning|afternoon|evening)\b[,!]?\s*)?/giu, strength: 'capitalised', after: /^\s+here\b/i },
];

const signOff = /\b(?:thanks|thank\s+you|thankyou|cheers|regards|wishes|sincerely|faithfully|ta|love|from)(?:\s+(?:for\s+your\s+help|in\s+advance|again|very\s+much|so\s+much|a\s+lot))?\s*[,.!–—-]*\s+/giu;

/** Replaces names with `[name]`, keeping the lead-in and any title ("Dr [name] said"). */
export function redactNames(text: string, marker: string): string {
  const spans: { start: number; end: number }[] = [];
  const consider = (from: number, strength: Strength, { after, titled, atEnd = false }: Omit<LeadIn, 'pattern' | 'strength'> & { atEnd?: boolean } = {}): void => {
    const span = nameAt(text.slice(from), strength);
    if (!span || (titled && span.start === 0)) return;
    const rest = text.slice(from + span.end);
    if (after && !after.test(rest)) return;
    // A sign-off ends the message, or comes just before the contact details that end it.
    if (atEnd && !/^\s*[.!]*\s*$|^\s*[,-]\s*\[/.test(rest)) return;
    spans.push({ start: from + span.start, end: from + span.end });
  };
  for (const { pattern, strength, ...rule } of leadIns) {
    for (const match of text.matchAll(pattern)) {
      consider(match.index + match[0].length, strength, rule);
    }
  }
  for (const match of text.matchAll(signOff)) consider(match.index + match[0].length, 'named', { atEnd: true });
  return replaceSpans(text, spans, marker);
}

/** The text with each span (overlapping ones merged) replaced by the marker. */
function replaceSpans(text: string, spans: readonly { start: number; end: number }[], marker: string): string {
  const merged: { start: number; end: number }[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  let result = text;
  for (const { start, end } of merged.reverse()) result = `${result.slice(0, start)}${marker}${result.slice(end)}`;
  return result;
}
