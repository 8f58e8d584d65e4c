/**
 * Whether a matched mention is a live report or something else: negated ("no smell of gas"),
 * hypothetical ("what do I do if I smell gas"), or over ("the leak was fixed last year").
 * Works on a normalised sentence (see normalise.ts), where clause breaks are " , ".
 */
export type MentionStatus = 'live' | 'negated' | 'hypothetical' | 'over';

/** English negators, then the bare "not" of Polish, Romanian, Portuguese and Italian (Spanish shares "no"). */
const negators = new Set(['no', 'not', 'never', 'nothing', 'without', 'none', 'nor', 'neither', 'nie', 'nu', 'nao', 'non']);
/** How far back a negator still governs the mention: "there is not any smell of gas" but not across a clause. */
const negationWindow = 3;

/** "if" after "not sure", "I wonder" or "check" means "whether": a report in doubt, not a what-if. */
const conditionalIf = String.raw`(?<!(?:sure|know|knows|knew|wonder|wondering|wondered|check|checking|see|tell|ask|asking|asked|idea|unsure|certain) )if`;
/** Other-language openers with no second meaning (Polish, Romanian, Spanish, Portuguese, Italian, Urdu, Arabic). */
const foreignConditional = String.raw`jesli|jezeli|gdyby|daca|en caso de|em caso de|in caso di|agar|اگر|إذا|اذا`;
/** Openers of a conditional or generic clause: the mention inside it is a what-if. */
const conditionalMarker = new RegExp(
  String.raw`(?<!\S)(?:${conditionalIf}|${foreignConditional}|incase|in case|in the event(?: of| that)?|whenever|supposing|suppose|hypothetically|should there be|when you|when there is|when there are|what happens when|what to do (?:about|with|for|when|after)|how to (?:report|deal with|spot|tell|know)|signs of|symptoms of|what does|what would)(?!\S)`,
  'g',
);
/** The openers that still make a what-if when a match spans them; "whenever" inside a match is habit, not a what-if. */
const conditionalInside = new RegExp(String.raw`(?<!\S)(?:${conditionalIf}|${foreignConditional}|incase|in case|in the event(?: of| that)?|supposing|suppose|hypothetically|should there be|signs of|symptoms of)(?!\S)`);
/**
 * Words that start the main clause after an "if" clause: a question ("if I smell gas who do I call")
 * or a statement of what someone will do ("if they take the house I will end my life").
 */
const mainClauseStart = /(?<!\S)(?:then|what|who|whom|how|where|which|should i|do i|can i|could i|would i|will i|is it|is there|(?:i|we|he|she|they) (?:will|would|might|shall|am going to|are going to|is going to|am gonna))(?!\S)/;

const resolution =
  /^(?:\S+ ){0,4}?(?:(?:has|have|had|is|was|were|been|now|all|finally|got|get|getting) )*(?:(?<!everything |everythings |everything s |it s all |all )gone(?=$| (?:now|away|off|for good|completely|again|thank)\b)|stopped|fixed|sorted|resolved|cleared|repaired|disappeared|went away|dealt with|made safe|turned off by)(?!\S)/;
const pastTime =
  /(?<!\S)(?:last (?:year|month|winter|summer|spring|autumn|bonfire night|fireworks night|guy fawkes night|halloween|christmas|new years eve|new year|easter)|(?:\S+ )?(?:months|years) (?:ago|back)|in the past|(?<!(?:being|been|is|are|was|were|get|gets|got|getting) )used to|(?:back )?in (?:19|20)\d\d|previously|a while back|ages ago|(?:a )?long (?:time )?ago|as a (?:child|kid|teenager)|when i was (?:a child|a kid|little|young|younger|a teenager|growing up))(?!\S)/;
/**
 * The same dating words in the community languages (as the normaliser leaves them: lower case, Latin
 * letters without accents): "a year ago", "years ago", "last year", "in 2019", "long ago". Residents
 * writing of a fire or a violent marriage long over ("Pichle saal hamare ghar mein aag lagi thi…")
 * were flagged as today's emergency.
 */
const foreignPastTime = new RegExp(
  String.raw`(?<!\S)(?:` +
    [
      String.raw`(?:rok|lata|lat|miesiac\S*) temu|w (?:zeszlym|ubieglym) roku|dawno temu`, // pol
      String.raw`anul trecut|acum (?:\S+ )?(?:ani|an|luni)|(?:ani|luni) in urma|demult`, // ron
      String.raw`hace (?:\S+ )?(?:anos|ano|meses|tiempo)(?! que)|el ano pasado`, // spa: not "hace años que…", for years and still
      String.raw`ha (?:\S+ )?(?:anos|meses|muito tempo)(?! que)|(?:no )?ano passado|(?:\S+ )?anos atras`, // por: not "há anos que…"
      String.raw`pries (?:\S+ )?(?:metus|metu|menesi\S*)|pernai|seniai`, // lit
      String.raw`pichle saal|(?:\S+ )?saal (?:pehle|pahle|pehlan)|kaafi arsa pehle`, // romanised urd/pan
      String.raw`sanad (?:hore|ka hor)|sannado ka hor`, // som
      String.raw`(?:em|en|w|din|i|m) (?:19|20)\d\d`,
      'پچھلے سال', 'سال پہلے', 'السنة الماضية', 'العام الماضي', 'قبل سن\\S*', 'গত বছর', 'বছর আগে', 'ਪਿਛਲੇ ਸਾਲ', 'ਸਾਲ ਪਹਿਲਾਂ',
    ].join('|') +
    String.raw`)(?!\S)`,
);
/**
 * Their words for "again", "still" and "today", which bring such a mention back. Not their "now":
 * "ab sab theek hai", "now all is well", is how a resident says it is over.
 */
const foreignStillHappening = /(?<!\S)(?:znowu|znow|nadal|wciaz|dzisiaj|dzis|iar|inca|din nou|azi|astazi|otra vez|de nuevo|todavia|hoy|outra vez|de novo|ainda|hoje|vel|vis dar|siandien|phir|abhi|aaj|mar kale|weli|maanta|پھر|ابھی|آج|مرة أخرى|لا يزال|اليوم|আবার|আজ|ਫਿਰ|ਅੱਜ)(?!\S)/;
// "Back" as in "it's back", not the "back" of "back in 2015" or "a while back".
const englishStillHappening = /(?<!\S)(?:still|again|(?<!(?:while|years|months|weeks|way) )back(?! in (?:19|20)\d\d)|now|today|tonight|currently|keeps|keep|right now|at the moment|returned|worse)(?!\S)/;
const stillHappening = new RegExp(`${englishStillHappening.source}|${foreignStillHappening.source}`);
/**
 * In a clause of its own, a sign that the thing in a historic clause has come back or goes on
 * ("he used to hit me and he still does", "years ago, and now he has found me again"). "Still" and
 * "now" about something else ("his name is still on my account", "I am fine now") are no such sign.
 */
const carriesOn =
  /(?<!\S)(?:again|keeps|keep on|carries on|carrying on|(?:he|she|they|it) (?:is |are |has |have )?(?:back|started|starting)|(?:he|she|they|it) (?:is |are )?still (?:\S+ing|\S+s|around|about|there|here|outside|after me)|still (?:does|do|happening|happens|going on|doing it|at it)|now (?:he|she|they|it))(?!\S)/;
/** Subordinate openers: a clause after the mention that starts with one says why or when, not that it stopped. */
const subordinators = new Set(['since', 'because', 'cos', 'as', 'after', 'when', 'ever', 'till', 'until', 'while', 'once']);
/** Verbs that put a clause in the past or in the present, for clauses that carry no time word of their own. */
const pastTense = /(?<!\S)(?:was|were|had|did|went|got|left|took|came|fled|ran|\S+ed)(?!\S)/;
const presentTense = /(?<!\S)(?:am|is|are|want|wants|need|needs|can|will|do|does|have|has|feel|feels|keep|keeps|going to)(?!\S)/;
/** A clause that dates what was said before it: "that was years ago", "it all happened back in 2015". */
const datesWhatCameBefore = /^(?:, |and |but )?(?:it|this|that|which|all this|all that|it all|this all|that all) (?:was|were|happened|is|has been)(?!\S)/;
/** Joins that start a clause of its own for time words: "I left an abusive marriage years ago and I am fine now". */
const timeClauseBreak = /\s(?:,|and|but|so|because|cos|since|while|then)\s/;
/** A supply or service that has come back: "it's back on now" ends the mention even though it says "now". */
const restored = /(?<!\S)(?:(?:is|are|came|come|has come|have come|been|all|got it|it is|working) back on|back to normal|(?:been |was |were |is |are |now )?restored|working again|back up and running)(?!\S)/;
/** After "back on", a sign it failed again: "came back on but went off again". */
const failedAgain = /(?<!\S)(?:again|still|keeps|keep|gone off|went off|tripped|tripping)(?!\S)/;

function clauseBefore(sentence: string, start: number): string {
  const before = sentence.slice(0, start);
  const cut = before.lastIndexOf(' , ');
  return cut === -1 ? before : before.slice(cut + 3);
}

function clauseAfter(sentence: string, end: number): string {
  const after = sentence.slice(end).trimStart();
  // The mention ends its clause: what follows the break is another clause ("better off without me , i have stopped caring").
  if (after.startsWith(', ')) return '';
  const cut = after.indexOf(' , ');
  return cut === -1 ? after : after.slice(0, cut);
}

/**
 * Romanised Punjabi's "nu" ("to", "ohna nu") is Romanian's "not": in a sentence with Punjabi's
 * own words it is no negator.
 */
const punjabiSentence = /(?<!\S)(?:ji|ch|vich|nahi|nahin|hai|ohna|ohnu|mainu|sanu|tusi|unka|ohda|karda|rehnde|rehndi|hunda|hundi)(?!\S)/;

/** "can not stop", "could not help", "never stops": a negated stop says the thing goes on, so it negates nothing. */
const continuing = new Set(['stop', 'stops', 'stopped', 'stopping', 'help', 'quit', 'resist']);

function isNegated(sentence: string, start: number): boolean {
  const tokens = clauseBefore(sentence, start).trim().split(' ').filter(Boolean).slice(-negationWindow);
  const punjabi = punjabiSentence.test(sentence);
  const negates = (token: string, index: number) => negators.has(token) && !(token === 'nu' && punjabi) && !continuing.has(tokens[index + 1] ?? '');
  return tokens.some(negates) || /(?<!\S)no longer\s*$/.test(sentence.slice(0, start));
}

function isHypothetical(sentence: string, start: number, end: number): boolean {
  // A match can span its own "if": "where do I sleep tonight if I become homeless".
  if (conditionalInside.test(sentence.slice(start, end))) return true;
  const before = sentence.slice(0, start);
  let lastMarkerEnd = -1;
  for (const marker of before.matchAll(conditionalMarker)) lastMarkerEnd = marker.index + marker[0].length;
  if (lastMarkerEnd === -1) return false;
  const between = before.slice(lastMarkerEnd);
  return !between.includes(' , ') && !mainClauseStart.test(between);
}

/** The sentence cut into clauses for time words, and which of them hold the mention. */
function timeClauses(sentence: string, start: number, end: number): { clauses: string[]; first: number; last: number } {
  const clauses: string[] = [];
  const starts: number[] = [];
  let from = 0;
  for (const cut of sentence.matchAll(new RegExp(timeClauseBreak, 'g'))) {
    clauses.push(sentence.slice(from, cut.index));
    starts.push(from);
    from = cut.index + 1;
  }
  clauses.push(sentence.slice(from));
  starts.push(from);
  const first = starts.findLastIndex((clauseStart) => clauseStart <= start);
  return { clauses, first, last: Math.max(first, starts.findLastIndex((clauseStart) => clauseStart < end)) };
}

/**
 * Whether a time in the past dates the mention. The mention's own clause speaks first. Failing that, and
 * only if that clause is told in the past tense: the nearest earlier clause that says when ("years ago ,
 * I stayed in a refuge"; a "now" there keeps it live), or a clause after it that dates it ("that was
 * years ago"). Anything after the mention's clause that says it goes on brings it back ("he used to
 * hit me and he still does").
 */
function isHistoric(sentence: string, start: number, end: number): boolean {
  const { clauses, first, last } = timeClauses(sentence, start, end);
  const own = clauses.slice(first, last + 1).join(' ');
  const later = clauses.slice(last + 1);
  let past = false;
  if (stillHappening.test(own)) return false;
  if (pastTime.test(own) || foreignPastTime.test(own)) past = true;
  else {
    // A clause in the present ("I just want it all to end") speaks of now, whatever came before it.
    if (presentTense.test(own) || !pastTense.test(own)) return false;
    const earlier = clauses.slice(0, first).reverse().find((clause) => stillHappening.test(clause) || pastTime.test(clause));
    if (earlier !== undefined && stillHappening.test(earlier)) return false;
    past = earlier !== undefined || later.some((clause) => datesWhatCameBefore.test(clause) && pastTime.test(clause));
  }
  return past && !later.some((clause) => carriesOn.test(clause));
}

function isOver(sentence: string, start: number, end: number): boolean {
  const afterMention = sentence.slice(end);
  const back = restored.exec(afterMention);
  if (back && !isNegated(afterMention, back.index) && !failedAgain.test(afterMention.slice(back.index + back[0].length))) return true;
  if (!stillHappening.test(sentence)) {
    const after = clauseAfter(sentence, end);
    const resolved = resolution.exec(after);
    if (resolved) {
      const lead = after.slice(0, resolved[0].length).split(' ');
      if (!lead.some((token) => negators.has(token) || subordinators.has(token))) return true;
    }
  }
  return isHistoric(sentence, start, end);
}

/**
 * Characters either side of a mention that its status reads. The words that decide it sit close
 * by, and without a bound a long unpunctuated message would be read again for each of its
 * mentions (quadratic: half a second for 10,000 characters of trigger words).
 */
const contextReach = 500;

/** The status of the mention at [start, end) in a normalised sentence, read within `contextReach` of it. */
export function mentionStatus(sentence: string, start: number, end: number): MentionStatus {
  // Cut at a space where there is one, so no word is read in part.
  const spaceBefore = sentence.indexOf(' ', start - contextReach);
  const from = start <= contextReach ? 0 : spaceBefore === -1 || spaceBefore >= start ? start - contextReach : spaceBefore + 1;
  const spaceAfter = sentence.lastIndexOf(' ', end + contextReach);
  const to = sentence.length - end <= contextReach ? sentence.length : spaceAfter < end ? end + contextReach : spaceAfter;
  return statusWithin(sentence.slice(from, to), start - from, end - from);
}

function statusWithin(sentence: string, start: number, end: number): MentionStatus {
  if (isNegated(sentence, start)) return 'negated';
  if (isHypothetical(sentence, start, end)) return 'hypothetical';
  if (isOver(sentence, start, end)) return 'over';
  return 'live';
}
