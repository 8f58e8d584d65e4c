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
/** Words that start the main clause after an "if" clause ("if I smell gas who do I call"). */
const mainClauseStart = /(?<!\S)(?:then|what|who|whom|how|where|which|should i|do i|can i|could i|would i|will i|is it|is there)(?!\S)/;

const resolution =
  /^(?:\S+ ){0,4}?(?:(?:has|have|had|is|was|were|been|now|all|finally|got|get|getting) )*(?:gone|stopped|fixed|sorted|resolved|cleared|repaired|disappeared|went away|dealt with|made safe|turned off by)(?!\S)/;
const pastTime =
  /(?<!\S)(?:last (?:year|month|winter|summer|spring|autumn)|(?:\S+ )?(?:months|years) ago|in the past|(?<!(?:being|been|is|are|was|were|get|gets|got|getting) )used to|back in \d{4}|previously|a while back|ages ago)(?!\S)/;
const stillHappening = /(?<!\S)(?:still|again|back|now|today|tonight|currently|keeps|keep|right now|at the moment|returned|worse)(?!\S)/;
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
  const cut = after.indexOf(' , ');
  return cut === -1 ? after : after.slice(0, cut);
}

function isNegated(sentence: string, start: number): boolean {
  const tokens = clauseBefore(sentence, start).trim().split(' ').filter(Boolean).slice(-negationWindow);
  return tokens.some((token) => negators.has(token)) || /(?<!\S)no longer\s*$/.test(sentence.slice(0, start));
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

function isOver(sentence: string, end: number): boolean {
  const afterMention = sentence.slice(end);
  const back = restored.exec(afterMention);
  if (back && !isNegated(afterMention, back.index) && !failedAgain.test(afterMention.slice(back.index + back[0].length))) return true;
  if (stillHappening.test(sentence)) return false;
  const after = clauseAfter(sentence, end);
  const resolved = resolution.exec(after);
  if (resolved) {
    const lead = after.slice(0, resolved[0].length).split(' ');
    if (!lead.some((token) => negators.has(token))) return true;
  }
  return pastTime.test(sentence);
}

/** The status of the mention at [start, end) in a normalised sentence. */
export function mentionStatus(sentence: string, start: number, end: number): MentionStatus {
  if (isNegated(sentence, start)) return 'negated';
  if (isHypothetical(sentence, start, end)) return 'hypothetical';
  if (isOver(sentence, end)) return 'over';
  return 'live';
}
