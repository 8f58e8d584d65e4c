import type { Emotion } from './sentiment.js';

/**
 * What residents write to a council that a general-purpose lexicon misreads: the weary
 * "still waiting", the "third time", and praise that is really a complaint. Valences are in
 * VADER's units (its lexicon runs from about -4 to 4), so a cue weighs like a lexicon word.
 */
interface Cue {
  pattern: RegExp;
  valence: number;
  emotion?: Emotion;
}

const apostrophe = "['’]?";

const cues: readonly Cue[] = [
  // Stressed: the resident is past coping.
  { pattern: new RegExp(`\\bat my wits${apostrophe} end\\b`), valence: -2.5, emotion: 'stressed' },
  { pattern: new RegExp(`\\b(can${apostrophe}t|cannot|can not) (cope|take (it|this|any ?more))\\b`), valence: -2.5, emotion: 'stressed' },
  { pattern: /\b(end of my tether|breaking point|losing my mind|falling apart)\b/, valence: -2.5, emotion: 'stressed' },
  { pattern: /\b(stressed|overwhelmed|exhausted|desperate|struggling)\b/, valence: -1.5, emotion: 'stressed' },
  { pattern: new RegExp(`\\b(don${apostrophe}t|do not) know what (else )?to do\\b`), valence: -1.5, emotion: 'stressed' },
  // Worried: afraid of what happens next.
  { pattern: /\bworried sick\b/, valence: -2.5, emotion: 'worried' },
  { pattern: /\b(worried|worrying|anxious|scared|frightened|terrified|afraid|nervous|panicking|concerned)\b/, valence: -1, emotion: 'worried' },
  // Angry: blame and contempt.
  { pattern: /\b(fuming|furious|livid|seething)\b/, valence: -2.5, emotion: 'angry' },
  { pattern: /\b(disgusting|disgrace(ful)?|appalling|outrageous|shocking|shambles|pathetic|incompetent|useless|ridiculous|joke)\b/, valence: -2, emotion: 'angry' },
  { pattern: /\b(sick (and tired )?of|fed up)\b/, valence: -2, emotion: 'angry' },
  { pattern: /\b(third|fourth|fifth|sixth|umpteenth|nth) time\b/, valence: -2, emotion: 'angry' },
  { pattern: /\b(still (waiting|not|no|nothing|hasn['’]?t|haven['’]?t)|yet again|once again)\b/, valence: -1.5, emotion: 'angry' },
  // Frustrated: a resident stuck trying to get through to us. Each needs the resident in the loop
  // ("the bin lorry goes round in circles", "I'll be in all morning" are not complaints).
  { pattern: /\b(going|gone|go|went|sent|been sent|running|run|ran|spinning) a?round in circles\b/, valence: -2, emotion: 'angry' },
  { pattern: /\b(getting|going|got|get|gets|gotten) nowhere\b(?! near)/, valence: -2, emotion: 'angry' },
  { pattern: /\b(pillar to post|pass(ed|ing)? the buck|passed from one (person|department|team) to (another|the next))\b/, valence: -2, emotion: 'angry' },
  { pattern: new RegExp(`\\b(no(body| ?-?one)|never|can${apostrophe}t|cannot|won${apostrophe}t)\\b[^.!?]*\\bstraight answer\\b`), valence: -2, emotion: 'angry' },
  {
    pattern: /\b(trying|tried|waiting(?! in\b| at home)|waited|on hold|searching|searched|on (your|the council'?s?) (website|site|phone ?line))\b[^.!?]*\b(all|the whole) (morning|afternoon|day|evening|week)\b/,
    valence: -1.5,
  },
  { pattern: /\b(hours|ages|forever|an hour|\d+ (minutes|mins|hours)) (on hold|on the phone|trying|waiting)\b|\bon hold for (ages|hours|an hour|\d+ (minutes|mins|hours))\b/, valence: -1.5 },
  { pattern: /\b(keeps?|kept) (sending|taking|bringing|putting|going|looping|throwing) (me )?back\b/, valence: -1.5 },
  { pattern: /\b(keeps?|kept) (getting|giving me|saying|telling me|showing me) the same (answer|thing|reply|message|page)\b/, valence: -1.5 },
  { pattern: new RegExp(`\\b(can${apostrophe}t|cannot|could ?n${apostrophe}t) find (it|anything|what i need|the (form|page|link|information|answer)) anywhere\\b|\\bimpossible to find\\b`), valence: -1.5 },
  // Plain complaints, no particular emotion.
  { pattern: /\b(missed|late|broken|forgotten|ignored) again\b/, valence: -1.5 },
  { pattern: /\b(nobody|no one|no-one) (has )?(called|come|came|turned up|got back|replied|answered|bothered)\b/, valence: -1.5 },
  { pattern: /\bnever (came|turned up|arrived|replied|got back|called)\b/, valence: -1.5 },
  { pattern: /\b(waste of (time|money|space)|not good enough)\b/, valence: -1.5 },
];

const praise = /\b(great|fantastic|brilliant|wonderful|excellent|lovely|amazing|superb|marvellous|perfect|thanks|thank you|cheers|well done|nice one|good job|top notch)\b/;
// A repeat or a let-down said in the same breath as the praise turns it into sarcasm.
const letDown = /\b(as (always|usual)|again|for nothing|still|once more|another week|every (single )?(time|week))\b/;
// Sincere thanks that mention "again" or "as always" are common; they thank someone for something done.
const sincere = /\b(thanks|thank you) again\b|\b(thanks|thank you|cheers) for (your|the|all|sorting|fixing|helping|getting|sending|replying|coming|letting|looking|explaining)\b/;
const sarcasticOpeners = /^(oh|yeah|just)[ ,]+(great|brilliant|fantastic|perfect|wonderful|lovely)\b|\byeah,? right\b|\bthanks a bunch\b/;

export interface CueReading {
  /** Sum of the cues' valences (VADER units, ≤ 0). */
  valence: number;
  emotions: Emotion[];
  /** Praise that means the opposite. */
  sarcastic: boolean;
}

/** Reads council-specific emotion and complaint cues in a resident's message. */
export function readCouncilCues(text: string): CueReading {
  const lower = text.toLowerCase();
  let valence = 0;
  const emotions = new Set<Emotion>();
  for (const cue of cues) {
    if (!cue.pattern.test(lower)) continue;
    valence += cue.valence;
    if (cue.emotion) emotions.add(cue.emotion);
  }
  const sarcastic = sarcasticOpeners.test(lower) || (praise.test(lower) && letDown.test(lower) && !sincere.test(lower));
  return { valence, emotions: [...emotions], sarcastic };
}
