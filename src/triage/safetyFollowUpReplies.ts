import type { BotReply } from '../reply.js';
import type { CouncilProfile } from '../profile/councilProfile.js';
import type { EmergencyKind } from './safety/emergencyRules.js';
import type { SafeguardingFlag } from './safety/safeguardingRules.js';
import { adviceFor, bold, concernOffersReport, emergencyOffer, hangingTold, linesNow as linesFor, outOfHoursLine, repairsNumbers, whatToDoNow, type Hours, type RaisedConcern } from './safetyReplies.js';
import { safetyChoicesFor } from './triage.js';

/**
 * What the resident hears when they answer the safety advice itself ("no not right now", "he's at
 * work", "what should I do", "please don't tell anyone I called"), rather than ask something new:
 * the advice's next steps again, never an article. Every number comes from the council profile.
 */

/** The kinds whose advice is to get out first: nothing is logged while the resident may still be inside. */
export const getOutFirst: ReadonlySet<EmergencyKind> = new Set(['gas', 'carbon-monoxide']);

/** Emergencies where someone's life is at stake now: a fire, gas or carbon monoxide as much as a collapse. */
export const lifeAtStake: ReadonlySet<string> = new Set(['danger-to-life', 'fire', 'gas', 'carbon-monoxide']);

/** Emergencies whose advice is to switch the electricity off or keep away from it: no power afterwards is that advice followed. */
export const switchOffAdvised: ReadonlySet<string> = new Set(['water-electrics', 'flooding', 'electrical-hazard']);

/** The category's 24-hour line, said again in one sentence. */
function twentyFourHourLine(flag: SafeguardingFlag, profile: CouncilProfile): string {
  const { national } = profile;
  switch (flag) {
    case 'domestic-abuse':
      return `The National Domestic Abuse Helpline is free and open 24 hours: ${bold(national.domesticAbuseHelpline)}.`;
    case 'self-harm':
      return `You can talk to Samaritans, free, at any time, on ${bold(national.samaritans)}.`;
    case 'child-at-risk':
      // Either may be telling: "please don't tell my mum" came from a 14-year-old, who was given the adults' line (caller trial 29, C29-02).
      return `Children and young people can call Childline free, at any time, on ${bold(national.childline)}; adults worried about a child, the NSPCC on ${bold(national.nspcc)}.`;
    case 'adult-at-risk':
      return `Hourglass, for the abuse or neglect of an older person, is free and open 24 hours: ${bold(national.olderPeopleAbuseHelpline)}.`;
  }
}

/** Out of hours, the council's own line for the category as well. */
function linesNow(flag: SafeguardingFlag, profile: CouncilProfile, hours: Hours): string {
  const own = hours === 'closed' ? ` Our out-of-hours line for this is open now: ${bold(profile.council.safeguardingOutOfHoursPhones[flag])}.` : '';
  return `${twentyFourHourLine(flag, profile)}${own}`;
}

function choices(concern: RaisedConcern, hours: Hours): BotReply['choices'] {
  return safetyChoicesFor(hours, concernOffersReport(concern));
}

const urgency = (concern: RaisedConcern): BotReply['urgent'] => (concern.emergency ? 'emergency' : 'safeguarding');

/** 999 in the fewest plain words, for someone who cannot follow the question in English; 999 call handlers bring in interpreters. */
export function in999PlainWords(profile: CouncilProfile): BotReply {
  const emergency = bold(profile.national.emergency);
  return { text: `Danger or very ill: call ${emergency} now. Say "ambulance", "police" or "fire". Then say your language: they will get an interpreter.`, urgent: 'emergency' };
}

/**
 * "Shh he's coming up the stairs", "he's back, I have to go", "I can't talk now": the person harming
 * them is near. A few words, 999 first with the silent-call way, and the way back; nothing to read.
 */
export function dangerNear(concern: RaisedConcern, profile: CouncilProfile): BotReply {
  const helpline = concern.safeguarding ? ` ${twentyFourHourLine(concern.safeguarding, profile)}` : '';
  return {
    text: `If you are in danger, call ${bold(profile.national.emergency)} now. If you cannot speak, call ${bold(profile.national.emergency)} from a mobile and press 55 when asked. You can come back to this at any time.${helpline}`,
    urgent: urgency(concern),
  };
}

/**
 * Asking whether to wait, or saying they will: "should I wait till", "should I just wait and see", "do I wait or not", "can I keep
 * them here until", "I'll leave it till the morning" (caller trial 18: "should I just wait and see if his mum comes back?" was not heard as one).
 */
const asksToWait =
  /\b(?:wait|waiting|leave (?:it|them|him|her)|give it|keep (?:them|him|her|the kids|the children) (?:here|with me|at mine))\b[^.?!]{0,40}\b(?:till|until|for)\b|\b(?:should|shall|do|can|could) (?:i|we) (?:just )?(?:wait|leave it|hang on|hold on|sit tight)\b|\bwait (?:and see|or not)\b/i;

/**
 * The advice for a disclosure still live, said again as a few words with 999 first and no condition in it (caller trial 18:
 * "if you think they may have hurt themselves" answered a toddler climbing a balcony railing, a daughter's plan for tonight
 * and a neighbour's cries for help, and let callers who had said "it's probably nothing" talk themselves out of calling).
 */
function concernNow(concern: RaisedConcern, profile: CouncilProfile, waiting: boolean): string {
  const emergency = bold(profile.national.emergency);
  switch (concern.safeguarding) {
    case 'child-at-risk':
      // Put out with nowhere to go tonight, a young person alone or a family with children: the line that finds somewhere now,
      // not "stay with the child" (caller trial 31, C31-06: a 17-year-old at a bus station on 4 % battery, a mother outside with two children).
      if (concern.emergency === 'homeless-tonight') return whatToDoNow('homeless-tonight', profile);
      // A child telling of harm to themselves is spoken to (C31-06, as the first reply since C30-52).
      if (concern.matter === 'told-by-a-child') return `If you are in danger right now, call ${emergency} and ask for the police.`;
      return `Please don't wait. A child left on their own, or not safe at home, is for the police now: call ${emergency} and ask for the police, and tell them exactly where the child is. Stay with the child, or nearby and in sight, until they come.`;
    case 'adult-at-risk':
      return waiting || concern.about === 'someone-not-seen'
        ? `Please don't wait${concern.about === 'someone-not-seen' ? ' for a relative' : ''}. Call ${emergency} now and ask for the police: they can check on them, and get in if they need to.`
        : `If they may be hurt, ill or in danger now, call ${emergency} and ask for an ambulance or the police: the police can check on them, and get in if they need to.`;
    case 'self-harm':
      if (concern.about === 'someone-else') return `Please don't wait. Call ${emergency} now and ask for the police to go to them: tell them what they said, what they have with them and where they may be. Do not go after them on your own.`;
      return concern.about === undefined
        ? `If you have taken anything or hurt yourself, call ${emergency} now and ask for an ambulance. If you feel you might act on these thoughts, call ${emergency} or go to A&E now.`
        : `If you think they may have hurt themselves or be in danger, or you cannot get an answer from them, call ${emergency} now and ask for an ambulance or the police.`;
    case 'domestic-abuse':
      // A weapon or an attack told with it is happening now: no condition to talk oneself out of calling.
      return concern.emergency === 'danger-to-life'
        ? `Call ${emergency} now and ask for the police, if nobody has yet. Do not step in yourself.`
        : `If you can hear or see them being hurt now, call ${emergency} and ask for the police. Do not step in yourself.`;
    default:
      return `Please don't wait: call ${emergency} now.`;
  }
}

/**
 * Something told, not asked, while a disclosure or a danger to life is still what the conversation
 * is about, and nothing else answers it ("she's gone completely silent in there", "I took the whole
 * packet before I rang", "he's at the window"): 999 now, in a few words, for that concern; never
 * an article or the form's question alone (caller trial 13). The person harming them: `dangerNear`.
 * A first-aid question gets its "do" or "don't" first.
 */
export function dangerNowReminder(concern: RaisedConcern, profile: CouncilProfile, said = '', story = said): BotReply {
  if (concern.safeguarding === 'domestic-abuse' && concern.about === undefined) return dangerNear(concern, profile);
  if (callingNow.test(said) && callingNowAnswered(concern)) return goAndCall(profile, false, concern);
  const reply = reminderFor(concern, profile, said);
  // A disclosure with a body at risk ("should I make her sick?" after an overdose) gets its first-aid "do" or "don't" too.
  return concern.safeguarding && concern.emergency !== 'danger-to-life' ? reply : withFirstAid(reply, said, story);
}

function reminderFor(concern: RaisedConcern, profile: CouncilProfile, said: string): BotReply {
  const emergency = bold(profile.national.emergency);
  // "Should I wait till his daughter comes at the weekend?", "can I keep them here till she's back?": a plain no, and who to
  // ring, not the condition again; the caller had kept the plan to wait (caller trial 17, P5).
  // Someone attacked or abused within earshot, then silence: the silence is no reason to wait (caller trial 19, C19-04: 101).
  if (goneQuiet.test(said) && (concern.emergency === 'danger-to-life' || concern.safeguarding === 'child-at-risk' || (concern.safeguarding === 'domestic-abuse' && concern.about !== undefined))) {
    return { text: `Quiet does not mean they are safe. If you have not called ${emergency} yet, call now and ask for the police: tell them what you heard and when it stopped. Do not go round on your own.`, urgent: concern.safeguarding ? 'safeguarding' : 'emergency' };
  }
  if (concern.safeguarding) {
    // Hourglass is for abuse of an older person, not for one who has not been seen.
    const line = concern.about === 'someone-not-seen' ? '' : ` ${twentyFourHourLine(concern.safeguarding, profile)}`;
    return { text: `${concernNow(concern, profile, asksToWait.test(said))}${line}`, urgent: 'safeguarding' };
  }
  // "Should I kick her door in?", "should we get out?": the fire's, the gas's or the fumes' own advice, not the ambulance's (caller trial 16).
  if (concern.scene && concern.emergency) return { text: whatToDoNow(concern.emergency, profile, 'both', concern.scene), urgent: 'emergency' };
  if (concern.emergency === 'fire') {
    return { text: `Do not go into smoke or try to break a door in yourself. Call ${emergency} now if nobody has, and tell them if someone may still be inside, and where. Get everyone out, close doors behind you, and stay out.`, urgent: 'emergency' };
  }
  if (concern.emergency === 'gas' || concern.emergency === 'carbon-monoxide') return { text: whatToDoNow(concern.emergency, profile), urgent: 'emergency' };
  // "Is the ambulance coming? Have you rung them?": nobody had told the caller that the assistant calls no one (caller trial 15, C1).
  // Not "if anyone is hurt or unconscious": "she's not unconscious, so I'll leave it till the morning" and "should I still wait
  // for the council?" each heard the condition again and decided to wait (caller trial 16, C2 and C6).
  return ambulanceEvenSo(profile);
}

/**
 * Asked to make the 999 call, or how to with the only phone in use, or to send someone, or whether someone will come (caller
 * trials 22 and 24; caller trial 25, C25-12: "will someone come" and "please just get someone here" beside someone not breathing
 * were put through to an advisor, or told the office hours).
 */
export const asksUsToCall =
  /\b(?:can|could|will|would) you (?:please |just )?(?:call|ring|phone|get|send|contact) (?:me |us |him |her |them )?(?:for )?(?:an? |the |them |someone|somebody|help|999|nine nine nine)(?:ambulance|police|fire|paramedics)?\b|\b(?:call|ring|phone) (?:them|the ambulance|999|the police) for me\b|\bhow (?:do|can|should) i (?:call|ring|phone|dial) (?:them|999|nine nine nine|the ambulance|the police)\b|\b(?:only|just) (?:got|have) (?:this|the one|one) phone\b|\bdon'?t know how to (?:call|ring|phone|dial)\b|\bdon'?t know (?:the |what the )?(?:ambulance|emergency|police|999) number\b|\bdon'?t know (?:the |what (?:the )?)?number\b[^.?!]{0,24}\b(?:ambulance|police|999|emergenc\w*)\b|\bwhat(?:'s| is) the (?:ambulance|emergency) number\b|\byou (?:need to|have to|must|(?:have |'ve )?got to|gotta) (?:call|ring|phone|get|send)\b|\bwho(?:'s| is| will| would| else)? (?:going to |gonna )?(?:send|call|ring|phone|get) (?:someone|somebody|anyone|help|them|(?:an? |the )?(?:ambulance|paramedics?|police))\b|\bsend (?:an? |the )?(?:ambulance|paramedics?|someone|somebody|help)\b|\bwill (?:someone|somebody|anyone|anybody|they|an ambulance|help) (?:come|be coming)\b|\b(?:get|bring) (?:someone|somebody|help|an ambulance) (?:here|round|over|out)\b|\bcan (?:someone|somebody) come\b|\bis (?:someone|somebody|anyone|anybody|an ambulance|help) (?:coming|on (?:its|their|the) way)\b(?=[^.!]*\?)/i;

/** 999 and an ambulance now, whatever they say or seem; the assistant calls no one. */
function ambulanceEvenSo(profile: CouncilProfile): BotReply {
  const text = `Please don't wait: call ${bold(profile.national.emergency)} now and ask for an ambulance, even if they seem all right or say they don't want one. I can't call them for you or see what is happening; the call handler will tell you what to do until help arrives.`;
  return { text, urgent: 'emergency' };
}

/**
 * An answer to the danger question that tells of someone's body, or brushes it aside ("he says it's indigestion"): an
 * ambulance even so, with the first-aid "do" or "don't" for anything asked.
 */
export const ambulanceWhateverTheySay = (profile: CouncilProfile, said: string, story = said): BotReply => withFirstAid(ambulanceEvenSo(profile), said, story);

/** Worse while help comes: paler, sleepier, breathing changed or stopped, a fit. */
const worseNow =
  /\b(?:pale|paler|grey|sleepy|sleepier|drowsy|floppy|blue|cold and clammy|not breathing|stopped breathing|breathing (?:funny|strange|slow|slower|shallow)|(?:can'?t|cannot) (?:wake|rouse)|won'?t wake|passed out|fitting|having a fit|worse|not responding|unresponsive)\b/i;

/**
 * The safety-critical part of a first-aid question asked while help comes (caller trial 18, H18-09: "should I put something in
 * his mouth so he doesn't bite his tongue?", "should I press a towel on it?", "should I move her onto the settee?" each got
 * "call 999" alone). Only the "do" and "don't" that first-aid guidance agrees on; the call handler gives the rest.
 */
/** A diabetic's sugar low, told at any point of the call: "she's diabetic", "his sugar's dropped", "having a hypo". */
const diabeticLow = /\bdiabet\w*|\bhypo(?:glyc\w*)?\b|\binsulin\b|\bsugars? (?:is |are |has |have |s )?(?:gone |really |very |dropped |dropping )*(?:low|dropp\w*|crash\w*)/i;

/** What the caller asks when they do not know what to do next: "what do I do now", "what should we do". */
const whatNow = /\bwhat (?:do|should|shall|can|must) (?:i|we) do\b|\bwhat now\b|\bhow (?:do|can) (?:i|we) help (?:him|her|them)\b/i;

/** For someone hurt who might be moved: asked about lifting them, or told they want to get up. */
const keepThemStill = 'Do not move them unless they are in danger where they are. Keep them still and warm, with a coat or blanket over them, and do not move their head or neck.';

const firstAid: readonly { asks: RegExp; say: string; toldBefore?: RegExp; unlessToldBefore?: RegExp }[] = [
  // A blocked airway kills before the crew can come: "I've rung the ambulance, what do I do now" got "Good, help is on its way" (caller trial 23, NC-4).
  { asks: new RegExp(`${whatNow.source}|\\bchok\\w*|\\bstuck in (?:his|her|their|my) throat\\b|\\bback blows?\\b|\\bheimlich\\b|\\b(?:abdominal|tummy) thrusts?\\b|\\b(?:slap|hit|pat) (?:him|her|them) on the back\\b`, 'i'), toldBefore: /\bchok\w*|\bstuck in (?:his|her|their|my) throat\b/i, unlessToldBefore: /\b(?:he|she|they)(?:'?s| is| are| was| were)? (?:\w+ )?chok\w* (?:me|her|him|them|my)\b|\bhands? (?:round|around) (?:my|her|his|their) (?:throat|neck)\b/i, say: 'If they cannot cough, breathe or talk: give up to 5 sharp blows between their shoulder blades with the heel of your hand, then up to 5 abdominal thrusts (from behind, a fist just above the belly button, pulled sharply in and up), and repeat until it comes out. For a baby under one, back blows and chest thrusts only. If they stop responding, start CPR and tell the call handler.' },
  // Not breathing, and what now: CPR (caller re-check 23b, C19-01: a boy pulled from a pond got 999 again and nothing else).
  { asks: whatNow, toldBefore: /\b(?:not|isn'?t|stopped|no longer|hasn'?t been) breathing\b/i, say: 'If they are not breathing normally, start CPR now: put the phone on speaker and the 999 call handler will count you through it, pushing hard and fast in the middle of the chest. If they are breathing, lay them on their side and watch their breathing.' },
  // Overheated, confused, no longer sweating: cool them, never wrap them up (caller trial 23, NC-2: "keep everyone in one warm room… blankets").
  { asks: new RegExp(`${whatNow.source}|\\b(?:cool|cold|water|fan|ice|shade|drink|towel|blankets?|bath|shower)\\b|heat ?stroke|stopped sweating|in the (?:heat|sun)\\b`, 'i'), toldBefore: /\bheat ?stroke|\bsun ?stroke|\bstopped sweating|\bin the (?:heat|sun|sunshine)\b|\bheat ?wave|\bover ?heat/i, say: 'Move them somewhere cool and shady, take off extra clothing, and cool them fast: wet their skin with cool water and fan them, with cold packs or a wet towel on the neck and armpits. If they are awake and can swallow, give them sips of cool water. If they stop breathing normally, start CPR and tell the call handler.' },
  // Caller trial 23 (C19-01, NH-2): lifting a child out of a pond is not "do not move them", and a nosebleed is not a wound to press.
  { asks: /\b(?:take|get|pull|lift|bring) (?:him|her|them|the baby|my \w+) out\b|\bout of the (?:water|pond|pool|bath|river|canal)\b/i, toldBefore: /\b(?:pond|pool|river|canal|lake|reservoir|drown\w*|under (?:the )?water|face down)\b/i, unlessToldBefore: /\bcan'?t feel\b|\bneck\b|\bspine\b|\bback (?:hurts|is hurting|injur\w*)/i, say: 'Yes: if you can reach them from the edge, or by standing in shallow water, lift them out now. If they are not breathing normally, start CPR: the 999 call handler will talk you through it. Do not go into deep or fast water yourself.' },
  { asks: /\bhead (?:back|forward)\b|\btip (?:his|her|their) head\b|\bpinch\w*\b|\bwhat (?:do|should|shall) (?:i|we) do\b|\bnose ?bleed\w*|\bnose\b[^.?!]{0,20}\bbleed\w*/i, toldBefore: /\bnose ?bleed\w*|\bnose\b[^.?!]{0,20}\bbleed\w*/i, say: 'Do not tip their head back: sit them up, leaning forward, and pinch the soft part of the nose just above the nostrils for 10 to 15 minutes without letting go, breathing through the mouth.' },
  { asks: /\b(?:in|into) (?:his|her|their) mouth\b|\bbite (?:his|her|their) tongue\b|\bswallow (?:his|her|their) tongue\b/i, say: 'Do not put anything in their mouth, not even your fingers. Move anything hard away from them, and note the time the fit started.' },
  { asks: /\bbleed\w*|\bblood\w*|\btourniquet\b|\b(?:towel|cloth|tea ?towel) (?:on|over|against) (?:it|the (?:wound|cut))\b|\bpress (?:on|down)\b/i, say: 'Press firmly on the wound with a clean cloth or towel and keep pressing. If blood comes through, put more on top rather than lifting it off.' },
  { asks: /\b(?:move|lift|pick up|sit (?:him|her|them) up|drag|carry) (?:him|her|them)\b|\bmove (?:my|his|her|our) \w+\b/i, say: keepThemStill },
  // Gasping is how a heart that has stopped often looks: "is gasping breathing?" got a domestic-abuse line (caller trial 19, C19-02).
  // Any question that puts gasping beside breathing ("he's doing big gasps, is he breathing?"), never "gasping for breath" (outside re-check 19, R19-05).
  { asks: /\b(?:gasp|snor|gulp|gurgl|rattl)\w*(?! for (?:breath|air))[^.?!]*\bbreath\w*|\bbreath\w*[^.?!]*\b(?:gasp|snor|gulp|gurgl|rattl)\w*|\bgasp\w* (?:now and then|every (?:now|few|so)|occasionally|once in a while)|\b(?:snor|gasp|gulp|gurgl|rattl)\w*\b[^.?!]*\b(?:won'?t|not|can'?t|isn'?t) (?:wake|waking|respond\w*)\b|\bcpr\b|\bchest compressions?\b|\bkiss of life\b/i, say: 'If they are not breathing normally, start CPR now (gasping is not normal breathing): put the phone on speaker and the 999 call handler will count you through it, pushing hard and fast in the middle of the chest. If they are breathing normally, do not: lay them on their side and watch their breathing.' },
  // Asked to make the call, or how to with the only phone in use (caller trial 22, C22-05 and C22-02: a transfer, the call back form, 101),
  // or told to send one, or asked who will once they hang up (caller trial 24, N24-C1: read as a goodbye, and the call ended).
  // "Should I drive myself to hospital?" with heart-attack signs, alone (caller trial 25, C25-11: the attack advice again).
  { asks: /\bdrive (?:myself|him|her|them|us)?\s*(?:to |down to |up to )?(?:the )?(?:hospital|a ?& ?e|a and e|casualty)\b|\bdrive (?:myself|him|her|them) in\b|\b(?:take|get) (?:him|her|them|myself) (?:to|down to) (?:the )?(?:hospital|a ?& ?e|a and e|casualty)\b/i, say: 'Do not drive, and do not take them in the car: call 999 for an ambulance. The crew can start treatment on the way, and someone who collapses at the wheel is in more danger. Unlock the front door and sit down while you wait.' },
  { asks: asksUsToCall, say: "I can't call 999 for you. End this call or chat now and dial 999 on the phone you are using: press nine, nine, nine, then the call button. The call handler will talk you through what to do." },
  // Caller trial 22 (C22-06, H22-01, R19-02): the questions callers asked while help came, each answered with "call 999" alone or not at all.
  { asks: /\b(?:pull|drag|grab|push|move|get) (?:him|her|them|my \w+|the \w+) (?:away|off|free|clear)\b|\b(?:touch|grab|hold) (?:him|her|them)\b[^.?!]*\b(?:wire|cable|socket|cooker|electric\w*|power|shock\w*)\b|\b(?:wire|cable|socket|electric\w*|shock\w*)\b[^.?!]*\b(?:touch|pull|grab) (?:him|her|them)\b/i, say: 'Do not touch them while they may still be touching the electricity. Switch it off at the fuse box or the plug if you can do that safely, with dry hands and standing somewhere dry; if you cannot, push them clear with something dry that is not metal, such as a wooden broom handle.' },
  { asks: /\bbutter\b|\b(?:cold|running) water on (?:it|the burn|the scald)\b|\bice on (?:it|the burn)\b|\b(?:cream|toothpaste|flour) on (?:it|the burn|the scald)\b|\b(?:burn|burnt|burned|scald\w*)\b[^.?!]*\b(?:should|shall|can|do) (?:i|we)\b|\b(?:should|shall|can|do) (?:i|we)\b[^.?!]*\b(?:burn|burnt|burned|scald\w*)\b/i, say: 'Cool the burn under cool or lukewarm running water for 20 minutes. Do not put butter, cream, ice or toothpaste on it. Take off clothing or jewellery near it unless it is stuck to the skin, and cover it loosely with cling film or a clean plastic bag.' },
  { asks: /\bmake (?:him|her|them|my \w+) (?:be )?sick\b|\bmake (?:him|her|them) throw up\b|\bfingers? down (?:his|her|their) throat\b/i, say: 'Do not make them sick. Keep the packet or bottle to show the paramedics, and if they become drowsy lay them on their side.' },
  // Only with water told: "he's trying to get in the door" from a child hiding from a violent man got the water-rescue advice (caller trial 25, C25-16).
  { asks: /\b(?:go|jump|wade|swim|get) (?:in|into the water|into the river|into the canal|into the sea|into the lake|in after (?:him|her|them))\b/i, toldBefore: /\b(?:water|river|canal|pond|lake|sea|pool|reservoir|drown\w*|ice|swimming|floating)\b/i, say: 'Do not go into the water yourself: call 999 and ask for the fire service, or the coastguard at the coast. Throw them something that floats and shout to them to float on their back.' },
  // Someone found hanging: "do I cut the rope" got only the queue line, "should I cut him down" the missing-person script (caller trial 27, N-4).
  { asks: /\bcut (?:through )?(?:it|him|her|them|the (?:rope|cord|belt|ligature|noose|cable|flex|wire|lead))\b|\b(?:get|take|lift) (?:him|her|them) down\b|\bloosen\b|\bsupport (?:his|her|their) weight\b|\bwhat (?:do|should|shall) (?:i|we) do\b/i, toldBefore: hangingTold, say: 'Yes: cut them down now. Take their weight, lifting them to ease the pressure, and cut or loosen whatever is round their neck, then lay them on their back. If they are not breathing normally, start CPR: put the phone on speaker and the 999 call handler will count you through it.' },
  // "Should I use the EpiPen?" went unanswered (caller trial 26, C26-16).
  { asks: /\bepi ?-?pens?\b|\bjext\b|\bemerade\b|\badrenaline\b|\bauto-?injector\b/i, say: 'Yes: if they have an adrenaline pen (EpiPen, Jext or Emerade), use it now, into the outer thigh, through clothing if need be, and make sure 999 has been called. Lie them down with their legs raised, or sit them up if breathing is hard. If they are no better after 5 minutes and there is a second pen, use it.' },
  { asks: /\baspirin\b/i, say: 'Only give an aspirin if the 999 call handler tells you to: they will ask about allergies and other medicines first.' },
  // A hypo is the one case where something by mouth is the first aid: sugar, if they can swallow (caller re-check 22b, RC-C1: "do not give them anything").
  { asks: /\b(?:give|get|bring|make|eat|drink|have|take)\b|\b(?:sugar|sugary|juice|sweets?|glucose|lucozade|coke|biscuits?|jelly babies|food|water|tea)\b/i, toldBefore: diabeticLow, say: 'If they are awake and can swallow, give them something sugary now: a glass of fruit juice or a non-diet fizzy drink, or sweets or glucose tablets, then a biscuit or a sandwich once they feel better. If they are drowsy, fitting or cannot swallow safely, give them nothing by mouth and lay them on their side.' },
  // A baby just born and not crying or breathing: dry, rub, warm, and tell the call handler (caller re-check 22b, RC-C3: "Good, help is on its way").
  { asks: /\b(?:baby|newborn)\b[^.?!]*\b(?:not|isn'?t|won'?t|doesn'?t) (?:crying|breathing|moving|making a sound)\b|\bbaby'?s? (?:is )?(?:out|born|here|come)\b|\b(?:born|out)\b|\b(?:not|isn'?t|won'?t|doesn'?t) (?:crying|breathing|making a sound)\b/i, toldBefore: /\b(?:having (?:the|a|her|my|our|his) baby|giving birth|in labou?r|waters (?:have |has )?(?:broken|gone)|baby (?:is )?coming|newborn|baby'?s? (?:is )?(?:out|born))\b/i, say: 'Dry the baby with a towel straight away, rubbing their back and body firmly, and keep them warm against the mother\'s skin, covered, with their face clear. If the baby is not breathing or crying, tell the 999 call handler now: they will talk you through what to do.' },
  // Breathing but not waking: on their side (caller re-check 22b, RC-C2: nothing about the recovery position for someone unconscious after drugs).
  { asks: /\bon (?:her|his|their) side\b|\brecovery position\b|\b(?:lying|laid|laying|flat) on (?:her|his|their) back\b|\b(?:been|being) sick\b[^.?!]*\b(?:unconscious|won'?t wake|not waking|asleep|out of it)\b|\bwhat (?:do|should|shall) (?:i|we) do with (?:her|him|them)\b|\b(?:unconscious|passed out|won'?t wake|not waking|out cold|spark(?:ed)? out)\b[^.?!]*\bbreath\w*|\bbreath\w*[^.?!]*\b(?:unconscious|passed out|won'?t wake|not waking|out cold)\b/i, say: 'If they are breathing but will not wake, lay them on their side with their head tilted back, so they can breathe and anything in their mouth can drain out, and stay with them. If they stop breathing normally, start CPR and tell the call handler.' },
  // Someone very cold is warmed slowly: a hot bath can stop the heart (caller re-check 22b, C22-01: "can I put him in a hot bath" went unanswered).
  { asks: /\bhot (?:bath|shower|water bottle)|\bhair ?dryer\b|\b(?:in front of|next to|by) the (?:fire|heater)\b|\bwarm (?:him|her|them) up\b|\brub (?:his|her|their) (?:hands|feet|legs|arms)\b/i, toldBefore: /\b(?:frozen|freezing|hypotherm\w*|ice cold|icy|stone cold|shivering)\b/i, say: 'Warm them slowly: get them somewhere warm, take off anything wet, and wrap them in blankets or a coat, with a hat. Do not put them in a hot bath or use a heater or hot water bottle on their skin, and do not rub their arms and legs. A warm, sweet drink helps if they are awake and can swallow, but no alcohol.' },
  // An asthma attack while the ambulance comes: the reliever, a puff at a time (caller trial 24, N24-H4: "how many puffs" got "help is on its way").
  { asks: /\bpuffs?\b|\binhaler\b|\breliever\b|\bventolin\b|\bsalbutamol\b|\bblue (?:pump|one)\b/i, toldBefore: /\basthma\w*|\binhaler\b|\bwheez\w*|\breliever\b/i, say: 'Sit them up straight and keep them calm. Give one puff of their blue reliever inhaler every 30 to 60 seconds, up to 10 puffs, through a spacer if they have one. If they are no better after 10 puffs and the ambulance has not come, call 999 again and give another 10 puffs the same way.' },
  // Nothing by mouth for someone hurt, poisoned or drowsy: they may need an operation, or choke (caller trial 19, C18-10: "can I give her a drink of water").
  { unlessToldBefore: diabeticLow, asks: /\b(?:give|get|bring|make) (?:him|her|them|my \w+|the \w+) (?:a |an |some |any |something )?(?:(?:cup|glass|drop|bit|sip|mouthful) of )?(?:drink|water|tea|coffee|food|to eat|to drink|something to (?:eat|drink)|paracetamol|ibuprofen|painkillers?|tablets?|pills?|medicine|brandy|sugar)\b|\b(?:can|could|should|shall) (?:he|she|they) (?:have|eat|drink)\b/i, say: 'Do not give them anything to eat or drink, or any medicine, until the paramedics have seen them, unless the 999 call handler tells you to. You can wet their lips if they are thirsty.' },
  // Caller trial 23: a locked phone, a child out of a pond, a nosebleed, chest pain, a burn under the tap, a back hurt in a fall.
  { asks: /\b(?:phone|mobile)(?:'s| is| has)? (?:got )?(?:a )?(?:lock|locked|passcode|password|pin)\b|\block(?:ed)? (?:phone|screen)\b|\b(?:don'?t|do not) know (?:the |her |his |their |my \w+'?s )?(?:pin|passcode|password|code)\b/i, say: 'You can ring 999 from a locked phone without the code: on the lock screen press Emergency, or Emergency call, then dial nine, nine, nine. The call handler will help you.' },
  { asks: /\bgtn\b|\bangina\b|\b(?:his|her|their) spray\b|\blie (?:him |her |them )?down\b|\bsit (?:him |her |them )?(?:up|down)\b/i, toldBefore: /\bchest\b|\bheart\b|\bangina\b/i, say: 'Help them sit down and rest, in whatever position is most comfortable, often sitting up and leaning back with their knees bent; do not let them walk about. If they have their own GTN or angina spray, they can use it as their doctor told them. If they stop breathing normally, start CPR and tell the call handler.' },
  { asks: /\bhow long\b|\bunder the (?:tap|water)\b|\bsleeve\b|\bstuck to\b|\b(?:pull|take|peel) (?:it|the \w+) off\b/i, toldBefore: /\bburn\w*|\bscald\w*|\bkettle\b|\bboiling\b|\bblister\w*/i, say: 'Keep the burn under cool or lukewarm running water for 20 minutes. Take off clothing or jewellery near it, but not anything stuck to the skin: leave that where it is. Then cover it loosely with cling film or a clean plastic bag.' },
  { asks: /\b(?:help|let) (?:him|her|them) (?:get up|stand|sit up|up)\b|\bwants? to (?:get up|stand up|sit up|move)\b/i, say: keepThemStill },
  // The caller is the one who fell: "they're coming, should I try to get up?" (caller trial 19, H19-03).
  { asks: /\b(?:should|shall|can|could|do) i (?:try (?:and |to )?)?(?:get up|stand up|get myself up|move)\b/i, say: 'Do not try to get up if it hurts or you feel dizzy. Keep warm with anything near you, keep the phone with you, and tell the 999 call handler if the door is locked.' },
];

/**
 * Asking whether help is still needed now they seem better: "so we don't need an ambulance then?", "should I cancel the
 * ambulance, he's sitting up" (caller trial 19, C18-09: a baby floppy from a heater's fumes, pinker in the car, was told
 * "if anyone is in danger, call 999").
 */
export const asksIfHelpStillNeeded =
  /\b(?:don'?t|do not|dont|no|not) (?:even |really )?need (?:an? |the |to (?:call|ring|phone|bother|trouble|get) (?:an? |the )?)?(?:ambulance|999|nine nine nine|paramedics?|hospital|a doctor)\b|\b(?:still|even) (?:need|call|ring|phone|want|get) (?:an? |the )?(?:ambulance|999|nine nine nine|paramedics?|hospital|a doctor)\b|\b(?:cancel|call off|ring off|stop) (?:the )?(?:ambulance|999|paramedics?|call)\b|\b(?:do|does|will) (?:i|we|he|she|they) (?:still )?need (?:an? |the |to go to )?(?:ambulance|hospital|a doctor|a and e|paramedics?)\b/i;

/** The answer to "do we still need the ambulance?": yes, and not to cancel one called. */
export function helpStillNeeded(profile: CouncilProfile): BotReply {
  const emergency = bold(profile.national.emergency);
  return {
    text: `Yes, they still need an ambulance. Someone who has been poisoned, hurt, or hard to wake can get worse again even when they seem better. If you have not called ${emergency}, call now and ask for an ambulance; if you have, do not cancel it, and tell the call handler how they are now.`,
    urgent: 'emergency',
  };
}

/** Noise that stops is not safety: "it's gone quiet now, does that mean it's ok?" after an attack heard through a wall. */
const goneQuiet = /\b(?:gone|went|it'?s|is|all|now|everything'?s) (?:dead |very |really |all |completely )?(?:quiet|silent)\b|\bstopped (?:screaming|shouting|crying|banging)\b|\b(?:can'?t|cannot) hear (?:anything|her|him|them) (?:now|any ?more)\b/i;

/** Where the gas is turned off: "where's the tap to turn it off?" (caller trial 19, H19-01: the water stopcock article, then the gas safety one). */
export const asksForTheGasTap = /\bwhere(?:'s| is| do i find)? (?:the )?(?:gas )?(?:tap|valve|lever|meter|isolat\w*)\b|\b(?:turn|switch|shut) (?:the gas |it )?off\b[^.?!]*\?|\b(?:tap|valve|lever)\b[^.?!]*\b(?:off|turn|where)\b/i;

/**
 * Going back in for something once out: "can I nip back in for my keys", "can I just run back in for the dog" (caller trial 23,
 * H19-01 and C22-04: a lost-keys article, a dog-fouling one).
 */
export const goingBackIn =
  /\b(?:go|nip|pop|run|dash|get|sneak|head|going|nipping|popping|running|dashing|sneaking)\s+(?:(?:straight|quickly|just|quick)\s+)?back\s+(?:in|inside|indoors|up|upstairs|into)\b|\b(?:go|nip|pop|run|dash|sneak)\s+(?:in|inside|indoors)\s+(?:for|to get|and get|and grab)\b|\b(?:go|nip|pop|run|dash|sneak)\s+(?:(?:quickly|just|quick)\s+)?(?:and|to)\s+(?:get|grab|fetch)\b/i;

/** No: not for keys, a phone, a pet or coats, until whoever deals with this kind of danger says it is safe. */
export function stayOut(kind: 'gas' | 'carbon-monoxide' | 'fire'): string {
  const until = kind === 'fire' ? 'the fire service says it is safe' : kind === 'gas' ? 'the gas emergency engineer says it is safe' : 'it has been checked and aired';
  return `No, please don't go back in for anything, not keys, a phone, a pet or coats. Wait outside until ${until}.`;
}

/** The answer: the lever by the meter, only on the way out. */
export const gasTapAnswer = 'The gas tap is the lever on the pipe next to your gas meter: turn it so the handle is across the pipe. Only do it if it is on your way out and safe; if you cannot find it quickly, leave it and get out.';

/** Touching the fuse box where water is: "should I turn the electrics off at the fuse box? the floor's wet". */
export const touchesTheFuseBox = /\b(?:fuse ?box|consumer unit|trip ?switch\w*|main switch|mains switch|electrics|electricity|power)\b/i;

/** Before the advice again when the resident asks about the fuse box near water (caller trial 19, C19-03: told to check the trip switches). */
export const wetFuseBoxCaution = 'Do not touch the fuse box with wet hands or while standing on a wet floor. If you cannot reach it from somewhere dry, leave it and keep away from the water.';

/**
 * The first-aid "do" or "don't" for what the caller asks, if they ask one; `story` is what they have said so far, this
 * message included, where the answer depends on what happened ("can I give her some juice?" after a hypo).
 */
export const firstAidFor = (said: string, story = said): string | undefined =>
  firstAid.find(({ asks, toldBefore, unlessToldBefore }) => asks.test(said) && (!toldBefore || toldBefore.test(story)) && !(unlessToldBefore && unlessToldBefore.test(story)))?.say;

/** `reply` with the first-aid "do" or "don't" for what was asked before it, if anything was. */
function withFirstAid(reply: BotReply, said: string, story = said): BotReply {
  const aid = firstAidFor(said, story);
  return aid ? { ...reply, text: `${aid} ${reply.text}` } : reply;
}

/** Whoever is in danger is somewhere else: someone else's plan, or someone not seen. The police go to them. */
const awayFromTheCaller = (concern: RaisedConcern): boolean => concern.about === 'someone-else' || concern.about === 'someone-not-seen';

/** "I'm ringing 999 now" is answered for a danger to life, or for someone in danger somewhere else (`goAndCall`). */
export const callingNowAnswered = (concern: RaisedConcern): boolean => concern.emergency === 'danger-to-life' || awayFromTheCaller(concern);

/** About to ring 999: "ok ok I call now", "I'm ringing them now", "I'll phone the ambulance". */
export const callingNow =
  /\b(?:i'?ll|i will|i am|i'?m|im|i|we'?ll|we will|we are|we'?re)\s+(?:just\s+)?(?:going to\s+|gonna\s+)?(?:call(?:ing)?|ring(?:ing)?|phon(?:e|ing)|dial(?:l?ing)?)\b(?:\s+(?:them|999|nine nine nine|(?:an?|the) ambulance|the police))?\s+(?:now|right now|straight away)\b/i;

/** Asking whether to ring 999 themselves: "should I call them or will she?", "do I ring the police?" (caller trial 23, H22-05: the advisors' hours). */
export const asksWhetherToCall =
  /\b(?:should|shall|do|must|can) (?:i|we) (?:still |just )?(?:call|ring|phone|dial)\b(?! (?:you|the council|back|an? advisor|someone at the council))|\b(?:who|which number) (?:should|do) (?:i|we) (?:call|ring|phone)\b/i;

/**
 * Going to ring 999 now: yes, and on a call, to end this one first (caller trial 18, M18-06: "ok ok I call now" after someone
 * stopped breathing was told that advisors were not in).
 */
export function goAndCall(profile: CouncilProfile, spoken: boolean, concern: RaisedConcern = {}): BotReply {
  const end = spoken ? ' Put the phone down on this call first.' : '';
  // Someone else's plan, or someone not seen: the police go to them, and the caller does not go alone (caller trial 22, C18-06: "I'm ringing 999 now" not heard).
  if (awayFromTheCaller(concern)) {
    return { text: `Yes, call ${bold(profile.national.emergency)} now and ask for the police.${end} Tell them what was said or what you have seen, and where they may be. Do not go after them on your own.`, urgent: concern.safeguarding ? 'safeguarding' : 'emergency' };
  }
  if (concern.scene === 'attack') {
    return { text: `Yes, call ${bold(profile.national.emergency)} now yourself and ask for the police.${end} Do not wait for anyone else to call, and do not go round or step in yourself. Tell them what you can hear or see, and where.`, urgent: 'emergency' };
  }
  return { text: `Yes, call ${bold(profile.national.emergency)} now.${end} Stay with them if it is safe: the call handler will tell you what to do until help arrives.`, urgent: 'emergency' };
}

/** Someone missing who may not be safe on their own: 999 and the police now, and what they will ask. */
export function missingPersonNow(profile: CouncilProfile): BotReply {
  return { text: `Please don't wait. ${whatToDoNow('danger-to-life', profile, 'both', 'missing')}`, urgent: 'emergency' };
}

/** Leaving while someone is in danger ("hang up", "cancel"): the way to 999 first, then the goodbye that ends a call. */
export function leavingWhileInDanger(profile: CouncilProfile): BotReply {
  return { text: `OK. If nobody has called ${bold(profile.national.emergency)} yet, dial it now: press nine, nine, nine, then the call button. Goodbye.`, urgent: 'emergency' };
}

/** 999 called and help on its way: what to do while it comes, and when to call again; worse now, call again now. */
export function helpOnItsWay(profile: CouncilProfile, said = '', firstTold = false, story = said): BotReply {
  const emergency = bold(profile.national.emergency);
  // Told in the first message ("won't wake, my mum's on the phone to the ambulance"), nothing has changed since that call.
  const text = worseNow.test(said) && !firstTold
    ? `Call ${emergency} again now and tell them what has changed: the call handler will tell you what to do, including how to do CPR if they stop breathing.`
    : `Good, help is on its way. Stay with them if it is safe, and keep the way in clear for the crew. If they get worse before help arrives, or you are not sure what to do, call ${emergency} again: the call handler will tell you what to do.`;
  return withFirstAid({ text, urgent: 'emergency' }, said, story);
}

/**
 * The police called for someone not seen for days: what to do until they come. "Please don't wait, call 999 now" answered
 * "I called 999, the police are coming" in Romanian (caller trial 29, M29-14).
 */
export function policeOnTheirWay(profile: CouncilProfile): BotReply {
  return {
    text: `Good, the police are on their way. Stay nearby if it is safe, and tell them what you have seen and when you last saw them. If you hear or see anything that worries you before they come, call ${bold(profile.national.emergency)} again.`,
    urgent: 'safeguarding',
  };
}

/** "Not right now", "he's at work", "ok": heard, and the next steps for when it is safe. */
export function adviceAcknowledged(concern: RaisedConcern, profile: CouncilProfile, hours: Hours): BotReply {
  const danger = `If you or anyone with you is in danger, call ${bold(profile.national.emergency)}.`;
  if (concern.safeguarding) {
    const next =
      hours === 'open'
        ? 'When it is safe for you, I can put you through to one of our advisors, as a priority.'
        : 'When it is safe for you, I can ask our team to call you back, as a priority: we will ask first whether it is safe to call and to leave a message.';
    return { text: `Thank you for letting me know. ${next} ${linesNow(concern.safeguarding, profile, hours)} ${danger}`, choices: choices(concern, hours), urgent: urgency(concern) };
  }
  const kind = concern.emergency ?? 'danger-to-life';
  // A person in danger, with nothing to log: 999 again and that the assistant calls no one, in the scene's words. "OK. If you or anyone
  // with you is in danger, call 999. When you are safe, I can log this as an emergency" made 999 a maybe again, and "log this"
  // sounded like help arranged, to "I don't want to hang up in case nobody comes" beside an unconscious wife (outside re-check 24c, R24c-H3).
  if (kind === 'danger-to-life' && !concernOffersReport(concern)) return reminderFor(concern, profile, '');
  const offer = emergencyOffer(kind, hours);
  if (getOutFirst.has(kind)) {
    return { text: `Good. Stay outside, and keep everyone away until it has been checked. If you have not called yet, call the National Gas Emergency Service now on ${bold(profile.national.gasEmergency)} (free, 24 hours). ${offer}`, choices: choices(concern, hours), urgent: 'emergency' };
  }
  return { text: `OK. ${danger} ${offer}`, choices: choices(concern, hours), urgent: 'emergency' };
}

/** "What should I do?": the advice again, the way to act now first. */
export function adviceAgain(concern: RaisedConcern, profile: CouncilProfile, hours: Hours, spoken = false): BotReply {
  if (concern.emergency) {
    const action = whatToDoNow(concern.emergency, profile, linesFor(hours, spoken), concern.scene);
    const offer = concern.scene === 'trapped-by-fire' ? '' : `\n\n${emergencyOffer(concern.emergency, hours)}`;
    return { text: `${action}${offer}`, choices: choices(concern, hours), urgent: 'emergency' };
  }
  const flag = concern.safeguarding ?? 'domestic-abuse';
  const own = hours === 'closed' ? [outOfHoursLine(flag, profile)] : [];
  return { text: [...adviceFor(flag, profile, concern.about), ...own].join('\n\n'), choices: choices(concern, hours), urgent: 'safeguarding' };
}

/** Before anything is logged for gas or carbon monoxide: out in the fresh air first. */
export function askIfOutside(): BotReply {
  return { text: 'First, are you and everyone with you outside, in the fresh air, now?', choices: [{ label: 'Yes' }, { label: 'No' }], urgent: 'emergency' };
}

/** "No" to "are you outside?": the way out again. */
export function getOutNow(kind: EmergencyKind, profile: CouncilProfile): BotReply {
  return { text: `Please get everyone out now. ${whatToDoNow(kind, profile, 'open-now')}\n\nTell me when you are outside.`, urgent: 'emergency' };
}

/**
 * "Please don't tell anyone I called": what the assistant itself does with what they said, and the
 * council's own words where it has them (the domestic abuse article: the housing team never
 * contacts the person harming you; its helplines are confidential). No other promise is made.
 */
export function confidentialityReply(concern: RaisedConcern, profile: CouncilProfile, hours: Hours): BotReply {
  const flag = concern.safeguarding;
  const lines = [
    "I don't contact anyone myself. What you tell me here goes only to the council's own team, so that they can help you.",
    ...(flag === 'domestic-abuse' ? ['Our housing team will never contact the person harming you, and you can tell us a safe way and time to contact you.'] : []),
    ...(flag === 'adult-at-risk' || flag === 'child-at-risk' ? [withoutThePolice(flag, profile)] : []),
    // A link whose words name the website: a call hears the sentence, not the address.
    `How we use what you tell us is in [our privacy notice on our website](${profile.council.privacyNoticeUrl}).`,
    flag === 'domestic-abuse'
      ? `The National Domestic Abuse Helpline is free and confidential, and open 24 hours: ${bold(profile.national.domesticAbuseHelpline)}.`
      : flag
        ? twentyFourHourLine(flag, profile)
        : '',
    flag === 'adult-at-risk' || flag === 'child-at-risk' ? '' : `If you are in danger, call ${bold(profile.national.emergency)}.`,
  ].filter((line) => line !== '');
  return { text: lines.join(' '), choices: choices(concern, hours), urgent: urgency(concern) };
}

/** Before a call back after a disclosure ends the conversation: the lines open now (out of hours, the council's own too), said again. */
export function untilWeCallBack(flag: SafeguardingFlag, profile: CouncilProfile, hours: Hours): BotReply {
  return { text: `Until we call, ${linesNow(flag, profile, hours).replace(/^The /, 'the ')} If you are in danger, call ${bold(profile.national.emergency)}.`, urgent: 'safeguarding' };
}

/**
 * The electricity switched off as the advice said ("ok ive turned the electric off at the box. now what"): what to do now it is,
 * and the number if not yet rung. It got "if you or anyone is in danger, call 999, otherwise tell me what to do next" (caller
 * trial 31, C31-11), and after water through a light, the power cut's advice (caller trial 30, C30-01).
 */
export function switchedOffAcknowledged(concern: RaisedConcern, profile: CouncilProfile, hours: Hours, spoken = false): BotReply {
  const kind = concern.emergency ?? 'water-electrics';
  return {
    text: `Good. Leave it off, and keep away from the water and any wet sockets or fittings until they have been checked. If you have not called yet, ${repairsNumbers(profile, linesFor(hours, spoken))}. ${emergencyOffer(kind, hours)}`,
    choices: choices(concern, hours),
    urgent: 'emergency',
  };
}

/**
 * A worry raised about an adult or a child need not go to the police: social care looks into it, and can be asked to keep who
 * told them from the person it is about. "I don't want the police involved" was told to call the police (caller re-check 31b, R31B-06).
 */
function withoutThePolice(flag: 'adult-at-risk' | 'child-at-risk', profile: CouncilProfile): string {
  const { county } = profile;
  const [who, phone] = flag === 'adult-at-risk' ? ['Adult social care', county.adultSocialCarePhone] : ["Children's social care", county.childrenSocialCarePhone];
  return `You do not have to go to the police: ${who} at ${county.name} looks into worries like this, and you can ask them to keep your name from the person it is about. Call ${bold(phone)}, or ${bold(county.socialCareOutOfHoursPhone)} out of hours. Only call ${bold(profile.national.emergency)} if someone is in danger right now.`;
}

/**
 * A phone about to die ("my phones on 3 percent", "battery's going"): the one number to ring now, in one line, before it does. A
 * young person with nowhere to sleep got "I'm not sure I've understood", a family the social care duty line (caller re-check 31b, R31B-07).
 */
export function beforeTheBatteryGoes(concern: RaisedConcern, profile: CouncilProfile, hours: Hours): BotReply {
  const { council, national } = profile;
  const open = hours === 'open';
  const number =
    concern.emergency === 'homeless-tonight'
      ? open ? council.phone : council.homelessnessOutOfHoursPhone
      : concern.safeguarding
        ? open ? council.phone : council.safeguardingOutOfHoursPhones[concern.safeguarding]
        : open ? council.phone : council.outOfHoursRepairsPhone;
  return { text: `Ring ${bold(number)} now, before your battery goes. If you are in danger, call ${bold(national.emergency)}.`, urgent: urgency(concern) };
}
