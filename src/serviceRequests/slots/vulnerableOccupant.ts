import { clausesOf, sentences } from './clauses.js';

/** Someone in the home who is more at risk from damp, mould, cold or a broken repair, as the resident told us. */
export interface VulnerableOccupant {
  vulnerable: true;
  /** Who, in words the reply and the case can use: "a baby", "someone pregnant". */
  who: string;
}

const family = String.raw`(?:son|daughter|boy|girl|child|kid|baby|grandson|granddaughter|twins|little one)`;
const parent = String.raw`(?:mum|mam|mom|mother|dad|father|parents?|nan|nana|nanna|gran|granny|grandma|grandmother|grandad|granddad|grandfather|grandparents?|aunt|auntie|uncle)`;
const relative = String.raw`(?:${family}|${parent}|husband|wife|partner|brother|sister)`;
const person = String.raw`(?:i|i'm|im|i am|he|she|he's|she's|they|they're|${relative}'?s?)`;
const ageWords = String.raw`(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven)`;

/** Each kind of vulnerability, most at risk first; the first one found names who. */
const kinds: ReadonlyArray<readonly [RegExp, string]> = [
  [
    new RegExp(String.raw`\b(?:bab(?:y|ies|y's|ys)(?! (?:wipes|blue|pink|steps|oil|powder|shower|boomers?|brother|sister|face|teeth))|newborn|new born|infant|(?:my|our|a|the) ${ageWords}[- ](?:week|month)s?[- ]old|${family},? (?:is|who is|who's|aged) ${ageWords} (?:weeks|months)(?: old)?|breastfeeding|(?:the|our|my|baby'?s) nursery)\b`),
    'a baby',
  ],
  [
    new RegExp(String.raw`\b(?:toddlers?|(?:young|little|small) (?:children|child|kids?|ones?|${family}s?)|(?:my|our|a|the) (?:[1-5]|one|two|three|four|five)[- ](?:year|yr)s?[- ]old|${family},? (?:is|who is|who's|aged) (?:[1-5]|one|two|three|four|five)(?: (?:years?|yrs?)(?: old)?)?(?! (?:weeks|months))\b|under[- ](?:5|fives?))\b`),
    'a young child',
  ],
  [/\b(?:pregnant|expecting (?:a baby|twins|our|my)|weeks gone|mum-to-be|due to give birth)\b/, 'someone pregnant'],
  [
    new RegExp(String.raw`\b(?:elderly|(?:older|old|aged|frail) ${parent}|pensioners?|oap|over (?:65|70|75|80|85|90)s?|(?:my|our|an?) (?:[7-9]\d|1[01]\d)[- ](?:year|yr)s?[- ]old|(?:${person}) (?:is |am |are )?(?:in (?:her|his|my|their) )?(?:[7-9]\d|1[01]\d)(?:s| years old)?$|(?:${person}) (?:is |am )?(?:[7-9]\d|1[01]\d) years old|${relative},? (?:who|that) (?:\S+ ){1,4}(?:is|'s) (?:[7-9]\d|1[01]\d))\b`),
    'an older person',
  ],
  [
    /\b(?:disabled(?! (?:toilet|parking|bay|space|access|badge|ramp|lift|facilities|entrance|loo))|disabilit(?:y|ies)|wheelchair(?! accessible| access| friendly)|registered blind|learning difficult(?:y|ies)|mobility (?:problems|issues|scooter)|walking (?:frame|stick)|zimmer(?: frame)?|crutches|housebound|bed ?bound|stair ?lift)\b/,
    'a disabled person',
  ],
  [
    /\b(?:cancer|chemo(?:therapy)?|terminal(?:ly ill)?|copd|emphysema|cystic fibrosis|lung (?:disease|condition)|heart (?:condition|failure|disease)|immun(?:e|o)[- ]?(?:compromised|suppressed)|weak(?:ened)? immune system|transplant|dialysis|on oxygen|seriously ill|serious (?:illness|health condition)|long[- ]term (?:illness|condition)|sickle cell|leuka?emia)\b/,
    'someone seriously ill',
  ],
];
/** A sentence about a pet or someone who does not live in the home, or one that supposes ("if someone at home is older"). */
const someoneElse =
  /\b(neighbou?rs?|next door|friends?|colleagues?|dogs?|cats?|pupp(y|ies)|kittens?|pets?|upstairs|downstairs|across the road|over the road|round the corner|(at|in) (number|no\.?|flat) \d+|if|in case)\b/;
/** A clause that denies it, puts it in the past, or asks a question. */
const notNow = /\b(no|not|don't|doesn't|haven't|hasn't|isn't|aren't|never|nobody|no one|none|without|used to|years ago|recovered|remission|moved out|grown up)\b|\?$/;

/**
 * Someone more at risk living in the home (a baby, a young child, someone pregnant, older,
 * disabled or seriously ill), from what the resident said, so damp and repair priority can rise
 * and the form need not ask. Only a positive is ever found: "no children" or a neighbour's baby
 * gives nothing, and nothing here concludes that nobody is vulnerable.
 */
export function findVulnerableOccupant(text: string): VulnerableOccupant | undefined {
  const said = sentences(text)
    .filter((sentence) => !someoneElse.test(sentence))
    .flatMap(clausesOf)
    .filter((clause) => !notNow.test(clause));
  for (const [pattern, who] of kinds) {
    if (said.some((clause) => pattern.test(clause))) return { vulnerable: true, who };
  }
  return undefined;
}
