import { mentionStatus, type MentionStatus } from './context.js';
import type { NormalisedMessage } from './normalise.js';

/**
 * A rule is a regular expression over one normalised sentence (tokens joined by spaces,
 * clause breaks as " , "). The helpers below build those expressions from word lists so the
 * rule files read as concepts, not as regex noise.
 */
export interface Rule<Kind extends string> {
  /** Short id for logs and tests; never contains the resident's words. */
  id: string;
  kind: Kind;
  pattern: RegExp;
  /** A second concept that must appear somewhere in the message, in any sentence (e.g. a baby for no-heat). */
  alsoNeeds?: RegExp;
  /** A concept that, in the same sentence, shows the match means something else ("smoke" beside "cigarette"). */
  vetoedBy?: RegExp;
  /** The mention is live even after a negator: for rules whose own words carry the "no" ("nowhere to sleep"). */
  ignoresNegation?: boolean;
  /** The mention is live even inside an "if": for threats whose condition is the resident leaving ("if I leave he'll take the kids"). */
  conditionIsTheThreat?: boolean;
}

export interface RuleHit<Kind extends string> {
  rule: Rule<Kind>;
  status: MentionStatus;
}

/** Alternatives as one non-capturing group. */
export function oneOf(...alternatives: string[]): string {
  return `(?:${alternatives.join('|')})`;
}

/** `first`, then up to `gap` tokens in the same clause, then `second`. */
export function followedBy(first: string, second: string, gap: number): string {
  return `${first}(?: (?!,)\\S+){0,${gap}} ${second}`;
}

/** `a` and `b` within `gap` tokens of each other, in either order, in the same clause. */
export function near(a: string, b: string, gap: number): string {
  return oneOf(followedBy(a, b, gap), followedBy(b, a, gap));
}

/** Past forms of the irregular verbs the rules use (past tense first); every other verb is inflected by the spelling rules below. */
const irregularPast: Readonly<Record<string, readonly string[]>> = {
  beat: ['beat', 'beaten'], bite: ['bit', 'bitten'], buy: ['bought'], creep: ['crept'], break: ['broke', 'broken'], burn: ['burnt', 'burned'], come: ['came', 'come'],
  cut: ['cut'], deal: ['dealt'], fall: ['fell', 'fallen'], find: ['found'], get: ['got', 'gotten'], give: ['gave', 'given'], go: ['went', 'gone'], hang: ['hung', 'hanged'], hit: ['hit'], hold: ['held'],
  hide: ['hid', 'hidden'], hurt: ['hurt'], meet: ['met'], keep: ['kept'], know: ['knew', 'known'], leave: ['left'], make: ['made'], put: ['put'], read: ['read'], run: ['ran', 'run'], say: ['said'], see: ['saw', 'seen'], sell: ['sold'], send: ['sent'], set: ['set'],
  shake: ['shook', 'shaken'], spit: ['spat'], spend: ['spent'], steal: ['stole', 'stolen'], take: ['took', 'taken'], tell: ['told'], throw: ['threw', 'thrown'], write: ['wrote', 'written'],
};
/** Verbs stressed on their last syllable, which double the final consonant although they have two ("controlling"). */
const doublesFinal = new Set(['control', 'patrol', 'compel', 'rebel']);

/** Every form of one verb: base, third person, -ing, past tense and participle ("take takes taking took taken"). */
function inflections(base: string): string[] {
  const stem = /[^e]e$/.test(base) ? base.slice(0, -1) : base;
  const doubled = /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(base) || doublesFinal.has(base) ? base + base.slice(-1) : stem;
  const consonantY = /[^aeiou]y$/.test(base);
  const third = /(?:s|x|z|ch|sh|o)$/.test(base) ? `${base}es` : consonantY ? `${base.slice(0, -1)}ies` : `${base}s`;
  const past = irregularPast[base] ?? [consonantY ? `${base.slice(0, -1)}ied` : base.endsWith('e') ? `${base}d` : `${doubled}ed`];
  const ing = base.endsWith('ie') ? `${base.slice(0, -2)}ying` : `${doubled}ing`;
  return [...new Set([base, third, ing, ...past])];
}

/** Any form of any of the verbs, so a rule names "take" once instead of listing "takes", "taking", "took" and "taken". */
export function verb(...bases: string[]): string {
  return oneOf(...bases.flatMap(inflections));
}

/** A whole-token pattern: never matches inside a word, works for any script. */
export function phrase(source: string): RegExp {
  return new RegExp(`(?<!\\S)${source}(?!\\S)`, 'gu');
}

/** A whole-token test without the global flag, so `.test` keeps no state between calls. */
export function present(source: string): RegExp {
  return new RegExp(`(?<!\\S)${source}(?!\\S)`, 'u');
}

/**
 * Arabic writes "and", "so", "with", "for", "like" and "the" onto the word that follows ("والأطفال",
 * "بدوخة"), so a native-script word may start after one of them, as after a space.
 */
const arabicProclitics = '(?:(?:[وف]?(?:[بلك]?ال|[بلك])|[وف])(?=\\p{L}))?';

/** A native-script pattern: no letter or mark of the same word directly before it, since many scripts attach particles after. */
export function native(source: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{M}])${arabicProclitics}(?:${source.normalize('NFKC')})`, 'gu');
}

const rank: Record<MentionStatus, number> = { live: 3, hypothetical: 2, over: 1, negated: 0 };

/**
 * The message's sentences on one line each. A rule's pattern does not cross a line (its token gaps
 * are spaces, `.` stops at a line end, and with the m flag `^` and `$` mark each line), so one scan
 * of this text finds every sentence's matches: the work per rule grows with the message's length,
 * not with its length times its number of sentences ("a. a. a. …" once held the service for seconds).
 */
interface SentenceLines {
  text: string;
  /** Where each sentence starts in `text`. */
  starts: number[];
}

function sentenceLines(sentences: readonly string[]): SentenceLines {
  const starts: number[] = [];
  let offset = 0;
  for (const sentence of sentences) {
    starts.push(offset);
    offset += sentence.length + 1;
  }
  return { text: sentences.join('\n'), starts };
}

/** The index of the sentence that holds `position`. */
function sentenceAt(starts: readonly number[], position: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= position) low = middle;
    else high = middle - 1;
  }
  return low;
}

const lineScanners = new WeakMap<RegExp, RegExp>();
/** The rule's pattern, global and multi-line, for scanning sentence lines. */
function lineScanner(pattern: RegExp): RegExp {
  let scanner = lineScanners.get(pattern);
  if (!scanner) {
    scanner = new RegExp(pattern.source, [...new Set([...pattern.flags, 'g', 'm'])].join(''));
    lineScanners.set(pattern, scanner);
  }
  return scanner;
}

/**
 * The first match of a global scanner in `text`, and with `nextMatch` every one after it, by `exec`
 * on the scanner itself. Not `matchAll`: it clones the regular expression on every call, and under
 * load V8 compiles each clone afresh after a garbage collection has flushed its code (measured:
 * 334 ms for one message's rules, against 2 ms). Not a generator either: one per rule and text
 * read, most finding nothing, with its iterator results, was a fifth of the memory a form turn
 * allocated (704 → 557 KB without; sampling heap profile of the built server, missed-bin forms).
 */
function firstMatch(text: string, scanner: RegExp): RegExpExecArray | null {
  scanner.lastIndex = 0;
  return scanner.exec(text);
}

/** The match after `match`; an empty match moves the scanner on a character, so the scan always ends. */
function nextMatch(text: string, scanner: RegExp, match: RegExpExecArray): RegExpExecArray | null {
  if (match[0] === '') scanner.lastIndex += 1;
  return scanner.exec(text);
}

/** How one match reads in its sentence, with the rule's exceptions applied. */
function statusOf<Kind extends string>(rule: Rule<Kind>, sentence: string, start: number, end: number): MentionStatus {
  const status = mentionStatus(sentence, start, end);
  if (status === 'negated' && rule.ignoresNegation) return 'live';
  if (status === 'hypothetical' && rule.conditionIsTheThreat) return 'live';
  return status;
}

/**
 * Whether `pattern` occurs in `text`, whatever its flags: `search` keeps no state. With `test`, a native-script pattern (global,
 * so it keeps `lastIndex`) found late in one message was looked for only after that point in the next, and an Arabic charcoal
 * stove with a dizzy mother was an emergency on every other reading.
 */
const found = (pattern: RegExp | undefined, text: string): boolean => pattern !== undefined && text.search(pattern) >= 0;

/** The strongest mention of the rule, sentence by sentence: for a pattern whose match ran across a line after all. */
function strongestBySentence<Kind extends string>(rule: Rule<Kind>, sentences: readonly string[]): MentionStatus | undefined {
  let best: MentionStatus | undefined;
  for (const sentence of sentences) {
    if (found(rule.vetoedBy, sentence)) continue;
    const scanner = lineScanner(rule.pattern);
    for (let match = firstMatch(sentence, scanner); match !== null; match = nextMatch(sentence, scanner, match)) {
      const status = statusOf(rule, sentence, match.index, match.index + match[0].length);
      if (best === undefined || rank[status] > rank[best]) best = status;
      if (best === 'live') return best;
    }
  }
  return best;
}

/** The strongest mention of the rule in one scan of the sentence lines. */
function strongestMention<Kind extends string>(rule: Rule<Kind>, sentences: readonly string[], lines: SentenceLines): MentionStatus | undefined {
  let best: MentionStatus | undefined;
  const scanner = lineScanner(rule.pattern);
  for (let match = firstMatch(lines.text, scanner); match !== null; match = nextMatch(lines.text, scanner, match)) {
    const index = sentenceAt(lines.starts, match.index);
    const sentence = sentences[index]!;
    const start = match.index - lines.starts[index]!;
    const end = start + match[0].length;
    if (end > sentence.length) return strongestBySentence(rule, sentences);
    // A live mention is as strong as a rule's hit gets: the rest of the message is not read for it.
    if (found(rule.vetoedBy, sentence)) continue;
    const status = statusOf(rule, sentence, start, end);
    if (best === undefined || rank[status] > rank[best]) best = status;
    if (best === 'live') return best;
  }
  return best;
}


/** Every hit of every rule in the message, each with the status of its strongest mention. */
export function findHits<Kind extends string>(rules: readonly Rule<Kind>[], message: NormalisedMessage): RuleHit<Kind>[] {
  const lines = sentenceLines(message.sentences);
  const hits: RuleHit<Kind>[] = [];
  for (const rule of rules) {
    if (rule.alsoNeeds && !found(rule.alsoNeeds, message.whole)) continue;
    const best = strongestMention(rule, message.sentences, lines);
    if (best !== undefined) hits.push({ rule, status: best });
  }
  return hits;
}

/** Letters-only words of four or more letters that the rules hold only as stems: followed by a letter class, a group or `\\S`. */
export function stemsOf(patterns: readonly RegExp[]): Set<string> {
  const stems = new Set<string>();
  for (const pattern of patterns) for (const [, stem] of pattern.source.matchAll(/(?<![a-z])([a-z]{4,})(?=\[|\(|\\S)/g)) stems.add(stem!);
  return stems;
}

/**
 * Letters-only words of four or more letters in the rules: the vocabulary typo correction aims at.
 * Four-letter words are in it so that a four-letter rule word ("fire") is never "corrected" to a longer one.
 */
export function vocabularyOf(patterns: readonly RegExp[]): string[] {
  const words = new Set<string>();
  for (const pattern of patterns) {
    const literal = pattern.source.replace(/\\[a-zA-Z]/g, ' ');
    for (const word of literal.match(/[a-z]{4,}/g) ?? []) words.add(word);
  }
  return [...words];
}
