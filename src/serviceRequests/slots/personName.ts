import { accept, reprompt, tidy, type SlotResult } from './slotResult.js';

const maximumLength = 80;
// Letters from any alphabet, plus the spaces, hyphens, apostrophes and dots found in real names.
const namePattern = /^[\p{L}\p{M}][\p{L}\p{M} .'’-]*$/u;

/**
 * Answers that are not a name, though written in letters: a caller who hears "What's your name?"
 * and says "yes", "change" or "pardon" has answered something else, and a case filed under "Yes"
 * cannot be found again.
 */
const answerWords = new Set(
  'yes yeah yep yup no nope nah ok okay sure fine right alright confirm confirmed correct change edit cancel stop skip back next none nothing dunno hello hi hiya hey what pardon sorry eh huh why me anonymous bye goodbye thanks cheers'.split(' '),
);

/**
 * Words of a sentence that no name is made of. On the phone the name question took whatever was said
 * next: "I've already swallowed half of them" and "he's just pulled up outside" became the name on
 * the case (caller trials 11 and 12). Names that are also words ("Will", "May", "Hope", "An", "Do", "So") are not here.
 */
const sentenceWords = new Set(
  `i i'm im i've ive i'd i'll he he's hes she she's shes they they're theyre we we're you you're it it's me him them my your our his their
   is are was were has have had been does did don't dont won't wont can't cant cannot not going gone just only when after before because
   the and but if to at in on for with please ring call phone already really all half there can could should would`.split(/\s+/),
);
const readsAsSentence = (name: string): boolean => {
  const words = name.toLowerCase().replace(/’/g, "'").split(/[\s,]+/);
  return words.length > 5 || words.some((word) => sentenceWords.has(word));
};

/**
 * "You can ask for Michelle, that's my middle name, he won't know it": the name a sentence gives
 * after "ask for", "call me", "my name is" or "put me down as" (caller re-trial 13b and trial 14: the
 * name question was asked again, or the danger line said, each time).
 */
const namedInSentence = /\b(?:[Aa]sk for|[Cc]all me|[Mm]y name(?:'s| is)|[Nn]ame(?:'s| is)|[Pp]ut me down as|[Dd]own as|[Uu]nder the name(?: of)?)\s+(\p{L}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,2})/u;

/** "Gareth, Gareth Pryce", "Jo, just Jo": a name said, then said again in full or with a word around it (caller trial 14, H4). */
function nameSaidTwice(whole: string): string | undefined {
  const [first, second] = whole.split(',').map((part) => part.trim().replace(/^just\s+/i, ''));
  if (!first || !second || !namePattern.test(first) || readsAsSentence(first)) return undefined;
  return second.startsWith(first) && namePattern.test(second) && !readsAsSentence(second) ? second : undefined;
}

/** The name to ask for on a call back; "my name is" and similar lead-ins are dropped. */
export function parsePersonName(text: string): SlotResult<string> {
  const whole = tidy(text).replace(/^(my name is|my name's|i am|i'm|it's|its|this is|call me|(?:just )?ask for)\s+/i, '').replace(/[.!?]+$/, '');
  const named = readsAsSentence(whole) || whole.includes(',') ? (namedInSentence.exec(text)?.[1] ?? nameSaidTwice(whole)) : undefined;
  const name = named ?? whole;
  // "Okay. Bye" is going, not a name (caller trial 17).
  const isAnswerWord = name.split(/[\s,.]+/).every((word) => answerWords.has(word.toLowerCase()));
  if (isAnswerWord || name.length < 2 || name.length > maximumLength || !namePattern.test(name) || readsAsSentence(name)) {
    return reprompt('What name should we ask for when we call? Please write just the name, for example Sam Patel.');
  }
  return accept(name);
}

const title = String.raw`(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?`;
const capitalised = String.raw`\p{Lu}[\p{L}\p{M}'’-]+`;
const word = String.raw`[\p{L}][\p{L}\p{M}'’-]*`;
/** Words that follow "I'm" or "this is" without being a name: "I'm Worried", "This Is Ridiculous", "It's Tuesday". */
const notNames = new Set(
  ('about after afraid also angry annoyed at away back calling concerned contacting currently desperate disabled disgusted done elderly english fed fine ' +
    'frustrated furious getting going good gutted happy having here home in just livid looking not now off ok okay on out over pregnant really ' +
    'reporting ridiculous scared shocked sick so sorry still stuck sure the this tired told trying unable unhappy upset urgent very waiting worried writing ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    'christmas easter northbrook council damp mould mold water leak same rubbish bins help nobody everyone someone problem')
    .split(' '),
);
/** Lead-in words in either case, while the name after them keeps its capitals: "I'm Tom" but not "I'm tired". */
const anyCase = (words: string): string => words.replace(/\p{Ll}/gu, (letter) => `[${letter}${letter.toUpperCase()}]`);
const iAm = anyCase(String.raw`(?:i'm|i’m|im|i am)`);
const thisIs = anyCase(String.raw`(?:this is|it's|it’s|its)`);
const introductions: readonly RegExp[] = [
  // "my name is sarah jones and …": the lead-in is explicit, so lower-case names count.
  new RegExp(String.raw`\b(?:my name is|my name's|my name’s|my names|name:)\s+((?:${word})(?:\s+${word}){0,3})`, 'iu'),
  // "I'm Mrs Patel", "this is Dr Okafor".
  new RegExp(String.raw`\b(?:${iAm}|${thisIs})\s+(${title}\s+${capitalised}(?:\s+${capitalised})?)`, 'u'),
  // "Mrs Patel here", "Hi, Sarah here", "it's Sarah here".
  new RegExp(String.raw`(?:^|\b${anyCase('(?:hi|hello|hiya)')},?\s+|\b${thisIs}\s+)(${title}\s+${capitalised}|${capitalised}(?:\s+${capitalised})?)\s+(?:here|speaking)(?:[,.!-]|$)`, 'u'),
  // "this is Tom from flat 3".
  new RegExp(String.raw`\b${thisIs}\s+(${capitalised}(?:\s+${capitalised})?)\s+${anyCase('(?:from|at|in) (?:flat|number|no\\.?|apartment|house)')}\b`, 'u'),
  // "I'm Sarah Jones": a first name alone could be any capitalised word.
  new RegExp(String.raw`\b(?:${iAm}|${thisIs})\s+(${capitalised}\s+${capitalised})\b`, 'u'),
];
const stopWords = /^(?:and|but|i|im|i'm|my|from|at|in|of|the|here|speaking|from|flat|on|to|with|please|thanks|thank)$/i;

/**
 * The resident's name when they introduce themselves in a longer message ("my name is Sarah Jones",
 * "I'm Mrs Patel", "this is Tom from flat 3"), so the form need not ask. Only clear introductions:
 * "I'm worried" or "I'm at home" is not a name, so without "my name is" a name must be capitalised.
 */
export function findPersonName(text: string): string | undefined {
  const written = tidy(text);
  for (const pattern of introductions) {
    const found = pattern.exec(written);
    if (!found?.[1]) continue;
    const words = found[1].split(' ');
    const end = words.findIndex((candidate) => stopWords.test(candidate));
    const nameWords = end < 0 ? words : words.slice(0, end);
    if (nameWords.some((candidate) => notNames.has(candidate.toLowerCase()))) continue;
    const name = parsePersonName(nameWords.join(' '));
    if (name.ok) return name.value;
  }
  return undefined;
}
