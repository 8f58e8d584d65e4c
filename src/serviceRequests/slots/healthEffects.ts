import { clausesOf, sentences } from './clauses.js';

/** What damp or mould is doing to someone's health, as the resident told us. */
export interface HealthEffects {
  /** Each effect named, once, in the order of the list below: "cough", "struggling to breathe". */
  effects: string[];
  /** Trouble breathing: the reply says to call 999 rather than see a GP or call NHS 111. */
  severe: boolean;
}

// Severe first, so "can't breathe" is not also counted as a lesser "breathing problems".
const severeEffects: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:struggl(?:e|es|ing) to breathe|(?:can't|cant|cannot|can not|couldn't|unable to) (?:properly )?breathe(?! a word)|gasping for (?:breath|air)|fighting for breath)\b/, 'struggling to breathe'],
  [/\b(?:breathless(?:ness)?|short of breath|shortness of breath)\b/, 'breathless'],
  [/\b(?:lips (?:are |have |went |gone |turned |turning |going |look |looked )?(?:blue|bluish|grey|gray)|(?:blue|bluish|grey) lips)\b/, 'blue lips'],
];
const otherEffects: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bcough(?:s|ed|ing|y)?\b(?! (?:up|it up|out))/, 'cough'],
  [/\bwheez(?:e|es|ed|ing|y)\b/, 'wheezing'],
  [/\basthma(?:tic)?\b/, 'asthma'],
  [/\bchest (?:infections?|problems|is bad|tight(?:ness)?|pains?)\b/, 'chest infection'],
  [/\b(?:(?:a|the|skin|itchy|red|nappy|heat) rash(?:es)?(?! of| decision)|rash(?:es)? (?:on|all over|across|everywhere))\b/, 'rash'],
  [/\beczema\b/, 'eczema'],
  [/\b(?:breathing (?:problems?|difficult(?:y|ies)|issues?|trouble)|(?:problems?|trouble|difficult(?:y|ies)|issues?) (?:with )?breathing|(?:hard|difficult) to breathe)\b/, 'breathing problems'],
];
/**
 * A cough or asthma told in the council's community languages (Latin and native scripts, romanised Urdu, Bengali and
 * Punjabi): read on the whole message, as the English denials and clauses below do not apply. Trouble breathing in these
 * languages is a danger to life, read by the safety rules.
 */
const otherLanguageEffects: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /(?<!\p{L})(?:kaszl\p{L}*|kaszel|kaszlu|tuse\p{L}*|tuș\p{L}*|tuşe\p{L}*|tosen?|(?:tiene|tienen|con|la|una|mucha) tos|tosse\p{L}*|tossem|kosul\p{L}*|kosti|kosėj\p{L}*|kosė\p{L}*|khaa?nsi|khansee|kashi|khangh?|qufac\p{L}*|کھانسی|কাশি|কাশছে|سعال|كحة|يكح|يسعل|ਖੰਘ)(?!\p{L})/iu,
    'cough',
  ],
  [/(?<!\p{L})(?:astm\p{L}*|asma|asmă|damma|দমা|হাঁপানি|hapani|ربو|الربو|دمہ|ਦਮਾ|neefta)(?!\p{L})/iu, 'asthma'],
];
/** A sentence about a pet or someone who does not live in the home ("my dog has a cough"), or one that supposes ("if anyone has asthma"). */
const someoneElse = /\b(dogs?|cats?|pupp(?:y|ies)|kittens?|pets?|rabbits?|hamsters?|budgie|parrot|neighbou?rs?|next door|friends?|colleagues?|if|in case)\b/;
/**
 * A clause that is not about someone being unwell now: denied ("no cough"), over ("had a rash last
 * year"), a figure of speech ("breathing down my neck", "cough up"), or a question ("can mould cause asthma?").
 */
const notAnEffectNow = /\b(no|not|don't|doesn't|didn't|hasn't|haven't|isn't|aren't|never|nobody|no one|none|without|used to|cleared up|gone now|went away|better now|recovered|got over|years ago|last year|as a (?:kid|child))\b|\?$/;

/** Said anywhere in the message, an illness told in the past tense ("she had a rash, it's gone now") is over. */
const pastIllnessOver = /\b(cleared up|gone now|went away|better now|fine now|recovered|got over)\b/;

/**
 * Health effects on someone in the home, from a longer message (a cough, wheezing, asthma, a rash,
 * trouble breathing), so the damp case's priority rises and the reply acknowledges them with the
 * right advice: a GP or NHS 111, or 999 when breathing is difficult (`severe`).
 */
export function findHealthEffects(text: string): HealthEffects | undefined {
  const resolved = pastIllnessOver.test(text.toLowerCase());
  const said = sentences(text)
    .filter((sentence) => !someoneElse.test(sentence))
    .flatMap(clausesOf)
    .filter((clause) => !notAnEffectNow.test(clause) && !(resolved && /\b(had|was|were)\b/.test(clause)));
  const severe = severeEffects.filter(([pattern]) => said.some((clause) => pattern.test(clause))).map(([, effect]) => effect);
  const others = otherEffects
    .filter(([pattern]) => said.some((clause) => pattern.test(clause)))
    .map(([, effect]) => effect)
    .filter((effect) => !(effect === 'breathing problems' && severe.length > 0));
  const spokenElsewhere = otherLanguageEffects.filter(([pattern]) => pattern.test(text)).map(([, effect]) => effect);
  const effects = [...new Set([...severe, ...others, ...spokenElsewhere])];
  return effects.length === 0 ? undefined : { effects, severe: severe.length > 0 };
}
