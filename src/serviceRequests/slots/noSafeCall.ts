/**
 * No call is possible or safe at all: "you can't ring me", "there isn't one, he's got my phone", "it's
 * my friend's phone", "can I e-mail instead?", "is there another way?", "he goes through my phone",
 * "please don't ring or text me", "no call me, he take my phone". Such callers were kept in the call
 * back form for a number they did not have (caller trial 15, H1 and H2), and offered call backs
 * after telling that the phone is checked (caller trial 17, all four domestic-abuse calls).
 * Read on lower-cased text with straight apostrophes. A time is a wish about when, not whether:
 * "don't ring me before ten".
 */
const noSafeCall = new RegExp(
  [
    String.raw`\b(?:can'?t|cannot|mustn'?t|must not|don'?t|do not|never|please not|no) (?:call|ring|phone|text)(?:(?:,| or| and) (?:call|ring|phone|text))* (?:me|us|this (?:number|phone)|back|here)\b(?! (?:before|after|until|till|between|at|in the|on (?:a )?(?:mon|tue|wed|thu|fri|sat|sun)))`,
    String.raw`\b(?:you|u) (?:can'?t|cannot|mustn'?t|must not|shouldn'?t|can not) (?:call|ring|phone)\b`,
    String.raw`\b(?:can|could) you (?:please )?not (?:call|ring|phone|text)\b`,
    String.raw`\bno (?:phone )?calls\b`,
    // Calls overheard or traced: "he listens in on the extension", "he checks who's rung me" (caller re-trial 17c).
    String.raw`\b(?:he|she|they)(?:'s| is| are)? (?:always )?listen(?:s|ing)? in\b|\b(?:he|she|they) (?:checks?|looks? at|goes through) who(?:'s| has)? (?:rung|called|phoned|texted) me\b`,
    String.raw`\b(?:don'?t|do not) want (?:anyone|anybody|you|someone|people|the council) (?:to )?(?:ring|call|phone)(?:ing)? (?:me|here|this)\b`,
    String.raw`\b(?:texts? only|only (?:by )?text)\b`,
    String.raw`\b(?:there|there'?s|there is) (?:isn'?t|is no|no) (?:one|number|phone|safe (?:number|phone))\b`,
    String.raw`\b(?:haven'?t got|have not got|don'?t have|do not have|got no) (?:a |any |my )?(?:phone|number|mobile)\b`,
    String.raw`\b(?:he|she|they)(?:'?s| has|'ve| have) (?:got|taken|took) my (?:phone|mobile)\b`,
    // Whoever it is, however much: "my partner takes my phone off me every night", "she checks all my calls" (caller trial 18, H18-07).
    String.raw`\b(?:he|she|they|my (?:partner|husband|wife|boyfriend|girlfriend|ex|dad|mum|son|daughter|carer))(?:'s| is)? (?:always |still )?(?:takes?|taking|took|checks?|checking|checked|reads?|reading|looks? at|looking at|looked at|goes through|going through|go through|went through|watches|monitors|tracks|listens? (?:in )?(?:to|on)|listened (?:in )?(?:to|on)) (?:all )?(?:(?:of )?my (?:(?:phone|mobile)(?! numbers?\b)|messages|texts|calls|call log|voicemails?|landline)|the (?:landline|house phone|calls))\b`,
    String.raw`\b(?:can'?t|cannot|can not|couldn'?t) have (?:anyone|anybody|you|people|someone|the council) (?:ringing|calling|phoning|texting)\b(?! (?:\w+ )?(?:before|after|until|till|between|at|in the))`,
    // In the community languages, as residents type them: Urdu and Punjabi in English letters, Polish, Spanish, Portuguese, Romanian, Lithuanian.
    String.raw`\b(?:phone|call|fon) (?:mat|na|nah) (?:karn\S*|karo|karein|kariye)\b|\bnie dzwo\S*|\bno me llam\S*|\bn[aã]o me lig\S*|\bnu (?:m[aă] )?sun\S*|\bneskambin\S*`,
    String.raw`\b(?:friend|mate|neighbour|sister|brother|mum)'?s (?:phone|number|mobile)\b`,
    String.raw`\be-?mail (?:instead|you|someone|me)\b`,
    String.raw`\b(?:another|other|different) way\b`,
  ].join('|'),
);

export const saysNoSafeCall = (text: string): boolean => noSafeCall.test(text.toLowerCase().replace(/’/g, "'"));
