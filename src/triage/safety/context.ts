/**
 * Whether a matched mention is a live report or something else: negated ("no smell of gas"),
 * hypothetical ("what do I do if I smell gas"), or over ("the leak was fixed last year").
 * Works on a normalised sentence (see normalise.ts), where clause breaks are " , ".
 */
export type MentionStatus = 'live' | 'negated' | 'hypothetical' | 'over';

const negators = new Set(['no', 'not', 'never', 'nothing', 'without', 'none', 'nor', 'neither']);
/** How far back a negator still governs the mention: "there is not any smell of gas" but not across a clause. */
const negationWindow = 3;

/** Openers of a conditional or generic clause: the mention inside it is a what-if. */
const conditionalMarker =
  /(?<!\S)(?:if|incase|in case|in the event(?: of| that)?|whenever|supposing|suppose|hypothetically|should there be|when you|when there is|when there are|what happens when|what to do (?:about|with|for|when|after)|how to (?:report|deal with|spot|tell|know)|signs of|symptoms of|what does|what would)(?!\S)/g;
/** Words that start the main clause after an "if" clause ("if I smell gas who do I call"). */
const mainClauseStart = /(?<!\S)(?:then|what|who|whom|how|where|which|should i|do i|can i|could i|would i|will i|is it|is there)(?!\S)/;

const resolution =
  /^(?:\S+ ){0,4}?(?:(?:has|have|had|is|was|were|been|now|all|finally|got|get|getting) )*(?:gone|stopped|fixed|sorted|resolved|cleared|repaired|disappeared|went away|dealt with|made safe|turned off by)(?!\S)/;
const pastTime =
  /(?<!\S)(?:last (?:year|month|winter|summer|spring|autumn)|(?:\S+ )?(?:months|years) ago|in the past|used to|back in \d{4}|previously|a while back|ages ago)(?!\S)/;
const stillHappening = /(?<!\S)(?:still|again|back|now|today|tonight|currently|keeps|keep|right now|at the moment|returned|worse)(?!\S)/;

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

function isHypothetical(sentence: string, start: number): boolean {
  const before = sentence.slice(0, start);
  let lastMarkerEnd = -1;
  for (const marker of before.matchAll(conditionalMarker)) lastMarkerEnd = marker.index + marker[0].length;
  if (lastMarkerEnd === -1) return false;
  const between = before.slice(lastMarkerEnd);
  return !between.includes(' , ') && !mainClauseStart.test(between);
}

function isOver(sentence: string, end: number): boolean {
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
  if (isHypothetical(sentence, start)) return 'hypothetical';
  if (isOver(sentence, end)) return 'over';
  return 'live';
}
