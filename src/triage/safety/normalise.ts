import type { TypoCorrector } from './fuzzy.js';

/**
 * A message reduced to what the rules read: lower case, Latin accents stripped, contractions
 * spelt out ("can't" → "can not", "he'll" → "he will"), other apostrophes closed up ("mum's" →
 * "mums"), typos corrected, and split into sentences whose clauses are separated by a lone ","
 * token. Rules never see the resident's punctuation or capitals.
 */
export interface NormalisedMessage {
  /** One entry a sentence; tokens joined by single spaces, clause breaks shown as " , ". */
  sentences: string[];
  /** Every sentence joined with " . ", for rules about the whole message. */
  whole: string;
}

/** Text-speak and frequent short misspellings that edit distance cannot safely fix (under five letters). */
const shorthand: ReadonlyMap<string, string> = new Map(Object.entries({
  u: 'you', ur: 'your', r: 'are', pls: 'please', plz: 'please', plse: 'please', ppl: 'people',
  cos: 'because', coz: 'because', cuz: 'because', wiv: 'with', n: 'and', tho: 'though',
  bf: 'boyfriend', gf: 'girlfriend', hubby: 'husband', tonite: 'tonight', '2nite': 'tonight', '2night': 'tonight',
  smel: 'smell', smll: 'smell', gass: 'gas', gasss: 'gas', leek: 'leak', leeking: 'leaking', fier: 'fire', fyre: 'fire',
  ive: 'i have', im: 'i am', theres: 'there is', someones: 'someone is', somebodys: 'somebody is', thats: 'that is', whats: 'what is',
  its: 'it is', hes: 'he is', shes: 'she is', theyre: 'they are', youre: 'you are', wont: 'will not',
  cant: 'can not', cannot: 'can not', dont: 'do not', doesnt: 'does not', didnt: 'did not', isnt: 'is not',
  arent: 'are not', wasnt: 'was not', werent: 'were not', havent: 'have not', hasnt: 'has not', hadnt: 'had not',
  couldnt: 'could not', shouldnt: 'should not', wouldnt: 'would not', aint: 'is not', wanna: 'want to', gonna: 'going to',
  gotta: 'got to', dunno: 'do not know', ain: 'is not', youve: 'you have', weve: 'we have', theyve: 'they have',
  youll: 'you will', theyll: 'they will', itll: 'it will', thatll: 'that will', theyd: 'they would', whos: 'who is', wheres: 'where is',
  // Text-speak in a hurry (outside attack 26, A26-3: "plz hlp ma baby cnt breeth" got the damp-and-health article).
  hlp: 'help', halp: 'help', hlep: 'help', cnt: 'can not', cnat: 'can not', dnt: 'do not', wnt: 'want', wnna: 'want to', nt: 'not',
  breeth: 'breathe', breth: 'breathe', brethe: 'breathe', breething: 'breathing', brething: 'breathing', brethin: 'breathing', breathin: 'breathing', breethin: 'breathing', breathn: 'breathing', bby: 'baby', bbys: 'babys',
  // Caller trial 27 (A26-3): "plz hlp my baby stopd brethin" got the heating article, "my uncl tuchs me wen mum is out im 9" the danger question.
  stopd: 'stopped', stoped: 'stopped', brethng: 'breathing', breathng: 'breathing', uncl: 'uncle', tuchs: 'touches', tuches: 'touches', touchs: 'touches', wen: 'when',
  nite: 'night', dus: 'does', duz: 'does', cuzin: 'cousin', stpdad: 'stepdad', hrts: 'hurts', evry: 'every',
  sum1: 'someone', some1: 'someone', any1: 'anyone', no1: 'no one', '2day': 'today', b4: 'before', hv: 'have', hav: 'have', nd: 'and',
}));

/**
 * Pictures for words, where a resident types the picture: "🔥🔥🔥 in my kitchen help" got the condensation tips (outside attack 26,
 * A26-3). Only the few that stand for a danger.
 */
const emojiWords: readonly [RegExp, string][] = [
  [/\u{1F525}/gu, ' fire '],
  [/\u{1F52A}|\u{1F5E1}\uFE0F?/gu, ' knife '],
  [/\u{1FA78}/gu, ' blood '],
  [/\u{1F48A}/gu, ' pills '],
  [/\u{1F691}/gu, ' ambulance '],
  [/\u{1F198}/gu, ' help '],
];

/**
 * Words a phone's speech recogniser puts for a danger's, read back where only the danger makes sense (caller trial 28: "she is not
 * breeding properly" got the social care article, C28-05; "i can smell guess" never got the gas advice, C28-06).
 */
const misheard: readonly [RegExp, string][] = [
  [/\b(not|stopped|struggling|can ?not|cant|can't|trouble|difficulty|hard|isn't|isnt|barely|hardly|is she|is he) (breeding|breeting|brieving|breeving|breathin)\b/g, '$1 breathing'],
  // "the carbon monoxide a lamb keeps going off", "taken an over those of his tablets" (caller re-check 28b, R2).
  [/\b(carbon monoxide|co|smoke|fire|gas) (?:a lamb|a larm|a lam|alarum)\b/g, '$1 alarm'],
  [/\b(an|a) over (?:those|dose|doze|dos)\b/g, '$1 overdose'],
  [/\b(smell|smells|smelling|smelt|smelled|stink|stinks|whiff|reeks) (?:of )?(?:guess|gasp|gus)\b/g, '$1 of gas'],
];

/** Characters that show nothing (zero-width spaces and joiners, the soft hyphen, the word joiner): a word split by one is still the word. */
const invisible = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/**
 * Cyrillic and Greek letters drawn like Latin ones, inside a word that also has Latin letters: "fіre" with a Cyrillic "і" is "fire"
 * (outside attacks 23 and 26, A23-3). A word wholly in another script is left alone. Unicode's confusables table is far larger and
 * no maintained package folds only these; the handful that make English words are listed by hand.
 */
const lookalikes: Readonly<Record<string, string>> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', һ: 'h', ԛ: 'q', ԝ: 'w',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', γ: 'y',
};
const lookalikeLetters = new RegExp(`[${Object.keys(lookalikes).join('')}]`, 'gu');
const mixedScriptWord = new RegExp(`[\\p{L}\\p{M}]*(?:[a-z][\\p{L}\\p{M}]*[${Object.keys(lookalikes).join('')}]|[${Object.keys(lookalikes).join('')}][\\p{L}\\p{M}]*[a-z])[\\p{L}\\p{M}]*`, 'gu');

/** A digit or sign between two letters stands for the letter it looks like: "suic1de", "h4nging" (outside attacks 23 and 26, A23-3). */
const leet: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '*': 'i' };
const leetInWord = /(?<=\p{L})[013457@$!*](?=\p{L})/gu;

/**
 * A word spelt out a letter at a time, with a mark between the letters ("c-o-l-l-a-p-s-e-d", "d.i.e") or a space, and two spaces
 * between words ("g a s  l e a k  i n  m y  f l a t"): read as the words (outside attack 27, A23-3: the homelessness article,
 * the not-sure reply). Three letters at least with marks, six with spaces, so "e.g." and "u r a" stay as they are.
 */
const spelledWithMarks = /(?<![\p{L}\p{N}])\p{L}(?:[-.*_]\p{L}){2,}(?![\p{L}\p{N}])/gu;
const spelledWithSpaces = /(?<![\p{L}\p{N}])\p{L}(?: {1,3}\p{L}(?![\p{L}\p{N}])){5,}/gu;

/**
 * Once a message spells one word out or hides a letter in one, it is written to get past the rules, and the rest of it is read the
 * same way (caller trial 28, C28-17: "s.m.e.l.l o.f g.a.s", "h3lp m3 h3s g01ng 2 k1ll m3 t0n1ght", "i want to k 1 l l myself" got the
 * not-sure reply): two letters spelt with a mark ("o.f"); a digit for a letter at a word's end or beside another digit ("m3",
 * "g01ng"); "2" for "to"; and a word of three or more spaced letters and digits that spells one of the rules' own words ("k 1 l l").
 * Kept to such messages, since "flat 2", "M3 4QT" and "the 3 of us" mean what they say.
 */
const spelledTwoWithMarks = /(?<![\p{L}\p{N}])\p{L}[-.*_]\p{L}(?![\p{L}\p{N}]|[-.*_]\p{L})/gu;
const leetWord = /(?<![\p{L}\p{N}])(?=[\p{L}01345@7]*\p{L})(?=[\p{L}01345@7]*[01345@7])[\p{L}01345@7]+(?![\p{L}\p{N}])/gu;
const twoForTo = /(?<=\p{L} )2(?= \p{L})/gu;
const spacedLetters = /(?<![\p{L}\p{N}])[\p{L}013457](?: [\p{L}013457](?![\p{L}\p{N}])){2,}/gu;
const readLeet = (word: string): string => word.replace(/[013457@$!*]/g, (sign) => leet[sign] ?? sign);

/** What a resident typed to get past the rules or in a hurry, read as the words they stand for. */
function readDisguises(text: string, corrector: TypoCorrector): string {
  let read = text.replace(invisible, '');
  for (const [picture, word] of emojiWords) read = read.replace(picture, word);
  for (const [heard, meant] of misheard) read = read.replace(heard, meant);
  // `search`, not `test`: these patterns are global, and `test` would leave them part-way through the text.
  const disguised = read.search(spelledWithMarks) >= 0 || read.search(leetInWord) >= 0 || [...read.matchAll(spacedLetters)].some(([spaced]) => spacesOutAWord(spaced, corrector));
  read = read
    .replace(spelledWithMarks, (spelled) => spelled.replace(/[-.*_]/g, ''))
    .replace(spelledWithSpaces, (spelled) => spelled.split(/ {2,}/).map((word) => word.replace(/ /g, '')).join(' '))
    .replace(mixedScriptWord, (word) => word.replace(lookalikeLetters, (letter) => lookalikes[letter] ?? letter))
    .replace(leetInWord, (sign) => leet[sign] ?? sign);
  if (!disguised) return read;
  return read
    .replace(spacedLetters, (spaced) => (spacesOutAWord(spaced, corrector) ? readLeet(spaced.replace(/ /g, '')) : spaced))
    .replace(spelledTwoWithMarks, (spelled) => spelled.replace(/[-.*_]/g, ''))
    .replace(leetWord, readLeet)
    .replace(twoForTo, 'to');
}

/** Danger's words too short for the rules' vocabulary (four letters and more). */
const shortDangerWords: ReadonlySet<string> = new Set(['die', 'gas', 'cut', 'hit', 'sos']);
/** Spaced letters (and digits for letters) that spell one of the rules' words: "k 1 l l", "d 1 e", not "u r a". */
const spacesOutAWord = (spaced: string, corrector: TypoCorrector): boolean => {
  const word = readLeet(spaced.replace(/ /g, ''));
  return corrector.knows(word) || shortDangerWords.has(word);
};

/** Words whose "'s" is always "is" or "has", never a possessive. */
const subjectWithS = /(?<!\p{L})(he|she|it|that|there|here|what|who|where|how|nobody|somebody|someone|everyone|everybody|everything|nothing|something|anyone|anybody|anything|noone|this)'s(?!\p{L})/gu;
/** Nouns ending in "ing" that follow a possessive ("the flat's ceiling", "my son's wedding"): not a verb after "is". */
const ingNouns = 'ceiling|building|wedding|ring|thing|things|bedding|railing|railings|evening|morning|king|string|clothing|wing|skirting|planning|housing|parking|heating|lighting|flooring|plumbing|wiring|booking|meeting|funding|painting|dwelling|sibling|siblings|cooking|washing|shopping|wellbeing|spring|swing|sling|sing|bring|earring|earrings|stuffing|icing|ceilings|buildings|savings|takings|belongings|surroundings|lodgings|feelings|findings|earnings';
/**
 * After any other word, "'s" is "is" or "has" when no noun phrase can follow it ("my mum's 89",
 * "the kid's been left", "the river's coming over the wall"); before a noun it is a possessive and is closed up ("my dad's
 * pension"). Closed up before a verb in "-ing", "the car's sinking" read as "the cars sinking" and missed the singular rule words.
 */
const nounIs = new RegExp(
  `(\\p{L})'s(?= (?:\\d|been|got|gone|had|not|never|always|still|just|really|very|so|too|being|getting|in|on|at|a|an|the|out|off|up|down|away|now|going|alone|(?!(?:${ingNouns})(?!\\p{L}))\\p{L}{2,}ing)(?!\\p{L}))`,
  'gu',
);

/**
 * Contractions spelt out before apostrophes are closed up, so that "he'll" is "he will" rather
 * than "hell", "we're" is not "were" and "I'll" is not "ill". "'d" is "had" before a participle.
 */
function expandContractions(text: string): string {
  const hasOrIs = (next: string) => (/^ (?:been|got|gone|had)(?!\p{L})/u.test(next) ? 'has' : 'is');
  return text
    .replace(/(?<!\p{L})(ca|wo|sha|ai)n't(?!\p{L})/gu, (_, stem: string) => `${{ ca: 'can', wo: 'will', sha: 'shall', ai: 'is' }[stem]} not`)
    .replace(/(\p{L})n't(?!\p{L})/gu, '$1 not')
    .replace(/(\p{L})'ll(?!\p{L})/gu, '$1 will')
    .replace(/(\p{L})'ve(?!\p{L})/gu, '$1 have')
    .replace(/(\p{L})'re(?!\p{L})/gu, '$1 are')
    .replace(/(?<!\p{L})i'm(?!\p{L})/gu, 'i am')
    .replace(/(\p{L})'d(?= (?:been|got|gone|had|\p{L}+[^e]ed)(?!\p{L}))/gu, '$1 had')
    .replace(/(\p{L})'d(?!\p{L})/gu, '$1 would')
    .replace(/(?<!\p{L})let's(?!\p{L})/gu, 'let us')
    .replace(subjectWithS, (_, subject: string, offset: number, whole: string) => `${subject} ${hasOrIs(whole.slice(offset + subject.length + 2))}`)
    .replace(nounIs, (_, letter: string, offset: number, whole: string) => `${letter} ${hasOrIs(whole.slice(offset + 3))}`);
}

/** "kill my self" → "kill myself": a split reflexive is a spelling slip, not a different phrase. */
const splitReflexive = /\s(my|your|him|her|it|them|our)\s(self|selves)(?=\s)/g;
const clauseBreakWords = /\s(but|however|although|though|whereas|except|anyway)\s/g;

function stripLatinAccents(text: string): string {
  // Only marks that sit on a Latin letter: Indic vowel signs are marks too and must stay.
  return text
    .normalize('NFD')
    .replace(/([a-z])\p{M}+/gu, '$1')
    .normalize('NFC')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae');
}

function tidySentence(sentence: string, corrector: TypoCorrector): string {
  const spaced = ` ${expandContractions(sentence)} `
    .replace(/(\p{L})'(\p{L})/gu, '$1$2')
    .replace(/[,:()[\]{}"“”«»]|\s[-–—]+\s/g, ' , ')
    .replace(/[^\p{L}\p{M}\p{N},]+/gu, ' ')
    .replace(/(\p{L})\1{2,}/gu, '$1$1')
    .replace(clauseBreakWords, ' , $1 ')
    .replace(splitReflexive, ' $1$2 ');
  const tokens = spaced
    .split(/\s+/)
    .filter((token) => token.length > 0)
    .flatMap((token) => (shorthand.get(token) ?? corrector.correct(token)).split(' '));
  // Collapse runs of clause breaks left by ", but" or stray punctuation; "its own" is possessive, not "it is".
  return tokens
    .join(' ')
    .replace(/(?<!\S)it is own(?!\S)/g, 'its own')
    .replace(/(?:\s*,\s*)+/g, ' , ')
    .replace(/^\s*,\s*|\s*,\s*$/g, '')
    .trim();
}

/** Longer than this, a character's compatibility form is a phrase, not a spelling of it: "ﬁ" is "fi", U+FDFA is eighteen characters. */
const longestFoldKept = 4;

/**
 * NFKC, so full-width and ligature letters read as letters, but never a message many times its own length: a message of U+FDFA
 * became eighteen times longer and held the event loop for seconds, a refused one too (outside attack 25, A25-1). A message that
 * folds to over twice its length is folded a character at a time, phrases replaced by a space, so what follows them is still read.
 */
function foldCompatible(text: string): string {
  const folded = text.normalize('NFKC');
  if (folded.length <= text.length * 2) return folded;
  let bounded = '';
  for (const character of text) {
    const one = character.normalize('NFKC');
    bounded += one.length <= longestFoldKept ? one : ' ';
  }
  return bounded.normalize('NFC');
}

export function normaliseMessage(text: string, corrector: TypoCorrector): NormalisedMessage {
  const flat = stripLatinAccents(readDisguises(foldCompatible(text).toLowerCase(), corrector)).replace(/[’‘ʼ`´]/g, "'");
  const sentences = flat
    .split(/[.!?;\n\r…。؟।]+/u)
    .map((sentence) => tidySentence(sentence, corrector))
    .filter((sentence) => sentence.length > 0);
  return { sentences, whole: sentences.join(' . ') };
}
