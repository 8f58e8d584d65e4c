import type { BotReply } from '../reply.js';
import type { CouncilProfile } from '../profile/councilProfile.js';
import type { EmergencyKind } from './safety/emergencyRules.js';
import type { SafeguardingFlag } from './safety/safeguardingRules.js';

/**
 * What the resident reads first when a message is unsafe. Every number comes from the council
 * profile, so a council changes it in one place and the bot can never invent one.
 */
type Mode = 'report' | 'info';

/** A number as the replies show it: bold, so it stands out on screen (the phone reads it plain). */
export const bold = (number: string) => `**${number}**`;

/**
 * Which lines a reply gives: `both` for advice about "if it ever happens", `open-now` for one
 * happening now out of hours: only the line that answers now (a Saturday caller was told to ring
 * the weekday line, on the line they were already on, "or at any other time" the one that was open).
 */
export type Lines = 'both' | 'open-now' | 'on-this-call';

/**
 * The lines for advice about something happening now. In opening hours on a call the caller is
 * already on our line: they are told to tell us on this call, never to "call us on this number".
 */
export const linesNow = (hours: Hours, spoken = false): Lines => (hours !== 'open' ? 'open-now' : spoken ? 'on-this-call' : 'both');

export function repairsNumbers(profile: CouncilProfile, lines: Lines): string {
  if (lines === 'open-now') return `call our emergency repairs line, open now, on ${bold(profile.council.outOfHoursRepairsPhone)}`;
  if (lines === 'on-this-call') return `tell us now, on this call, or at any other time call our emergency repairs line on ${bold(profile.council.outOfHoursRepairsPhone)}`;
  return `call us on ${bold(profile.council.phone)} (${profile.council.openingHours.summary}) or, at any other time, our emergency repairs line on ${bold(profile.council.outOfHoursRepairsPhone)}`;
}

/** How an information reply opens, per kind: "If you ever smell gas: ...". */
const situation: Readonly<Record<EmergencyKind, string>> = {
  gas: 'If you ever smell gas',
  'carbon-monoxide': 'If your carbon monoxide alarm goes off, or you think there is carbon monoxide in your home',
  fire: 'If there is ever a fire',
  'danger-to-life': 'If anyone is ever hurt or in danger',
  'water-electrics': 'If water ever gets into lights, sockets or the fuse box',
  'electrical-hazard': 'If a socket, switch or wiring ever sparks, smokes or smells of burning',
  structural: 'If a ceiling, wall or floor ever looks like it could collapse',
  flooding: 'If your home is ever flooding or a pipe bursts',
  sewage: 'If sewage ever comes up into your home',
  'power-loss': 'If you ever lose all power',
  'insecure-home': 'If your home ever cannot be locked, for example after a break-in',
  'no-heat-vulnerable': 'If you ever have no heating or hot water with someone vulnerable at home',
  'damp-health': 'If damp or mould is ever making someone in your home unwell',
  'homeless-tonight': 'If you ever have nowhere safe to stay tonight',
};

/**
 * Where an emergency is happening, when that changes what to do: someone in water (the fire service or
 * the coastguard, not an ambulance; never go in), or a fire with the way out full of smoke (stay in a
 * room and signal, not "get everyone out"). Caller trial 17, P3: a lad in a river heard "ask for an
 * ambulance", and a family stuck behind a smoke-filled stair heard "get everyone out… and stay out". An attack: the police, and
 * nobody stepping in; the rest of a danger to life is medical, where the caller stays with them (caller trial 18, H18-03: "do not
 * go in yourself" was said to a man kneeling beside his brother, who was not breathing).
 */
export type EmergencyScene = 'hanging' | 'in-water' | 'car-in-floodwater' | 'flood-inside' | 'flood-coming' | 'trapped-by-fire' | 'threatened' | 'attack' | 'missing' | 'lost' | 'thought-dead';

const inWater = /\b(?:in|into|under|through) the (?:canal|river|lake|pond|reservoir|sea|dock|water|weir|ice|current)\b|\bdrowning\b|\bgoing under\b|\b(?:out )?on the (?:frozen )?(?:pond|lake|canal|river|reservoir)\b|\bice (?:\w+ ){0,2}(?:cracked|cracking|gave way|giving way|broke)\b/i;
const attack =
  /\b(?:attack\w*|assault\w*|hitting|beating|battering|punch\w*|kicking|stamping|stab\w*|knif\w*|knives|machete|weapon|gun|fight\w*|strangl\w*|chok\w* (?:her|him)|throttl\w*|by the throat|smash\w* (?:her|his|their)|glassed|bottled|threaten\w*|thrown (?:about|around)|by the (?:hair|neck)|dragg\w* (?:her|him|them))\b|\b(?:head|face)\b[^.!?]{0,20}\b(?:banged|smashed|slammed|bashed|rammed)\b|\bhands? (?:round|around) (?:her|his|their) (?:throat|neck)\b|\b(?:kick\w*|smash\w*|broke\w*|forc\w*|bash\w*) (?:\w+ ){0,3}(?:door|window)s? (?:in|down|open)\b|\b(?:broken|broke|kicked|smashed|forced) (?:through|in|down) (?:the |my |our |her |his )?(?:\w+ )?(?:door|window)\b|\blaying into\b|\bhead kicked in\b|\bkilling (?:her|him|them|his \w+|her \w+|the \w+)\b|\bgetting (?:jumped|battered|beaten up|kicked in|stamped on)\b|\b(?:going to|gonna|goin to|will|'ll) kill (?:her|him|them|me|us|you)\b|\bbreak\w* (?:[\w']+ ){0,3}doors? (?:in|down|open)\b|\b(?:throw|throwing|threw|thrown|smash\w*|chuck\w*) (?:plates|things|stuff|cups|mugs|glasses|bottles|chairs|furniture|pans|knives) at\b|\btrying to (?:get|break|kick|force) (?:in|the door)\b/i;
/**
 * The resident is the one threatened, now: "he's back, he's banging on the door shouting he'll kill me" heard the attack's advice
 * for a witness, "do not step in" (caller trial 30, C30-18).
 */
const threatenedNow =
  /\b(?:kill|hurt|stab|batter) (?:me|us)\b|\b(?:coming|came) (?:for|after) (?:me|us)\b|\b(?:banging|kicking|hammering|pounding|trying to (?:get|break|kick) (?:in|the door)|breaking (?:in|the door)|at|outside) (?:on |in )?(?:my|our|the) (?:front |back )?(?:door|window)s?\b.*\b(?:kill|hurt|get|threat\w*|shout\w*|scream\w*)\b/i;
/**
 * Bitten or mauled by an animal: an ambulance and the wound pressed, not the police's attack advice (caller trial 23, NC-1); nor a
 * heart, asthma or panic attack (caller trial 25, C25-11: "I think I'm having a heart attack" heard "ask for the police… whether anyone has a weapon").
 */
const animalAttack = /\b(?:dogs?|dog'?s|pit ?bulls?|staff(?:y|ie)s?|alsatians?|rottweilers?|xl bull(?:y|ies)|animals?|cows?|cattle|horses?)\b[^.!?]{0,40}\b(?:attack\w*|bit|bitten|biting|mauled|mauling|savaged|went for)\b/i;
const notAnAssault = new RegExp(`${animalAttack.source}|\\b(?:heart|asthma|panic|anxiety|angina|asthmatic) attacks?\\b`, 'i');
const trapped = /\b(?:can(?:no|')?t|cannot|can not|unable to) (?:get|go) (?:out|down|past)\b|\b(?:trapped|stuck) (?:in|inside|upstairs)\b|\b(?:stairs?|landing|corridor|hall(?:way)?|way out|exit)(?:'s| is| are)? (?:\w+ ){0,2}(?:full of|filled with|thick with) smoke\b|\bwe(?:'re| are) stuck\b/i;

/**
 * Someone else gone and not safe on their own: the police search, and an ambulance's advice does not find them (outside re-check
 * 24c, R24c-M2: a dad with dementia gone from his bed with the door open heard "ask for an ambulance… stay with them").
 */
export const missingTold =
  /\b(?:missing|disappeared|vanished|wandered (?:off|out)|ran off|run off|can'?t find (?:him|her|them) anywhere|(?:can'?t|cannot|can not|cant) find (?:my|our) (?:little |youngest |wee |baby )?(?:son|daughter|boy|girl|child|kid|toddler|baby|little one|grandson|granddaughter|dad|mum|mother|father|nan|gran|grandad|grandma|husband|wife|partner|brother|sister)(?!'s)|lost (?:my|our) (?:little |youngest |wee )?(?:son|daughter|boy|girl|child|kid|toddler|little one|grandson|granddaughter)(?!'s)|not in (?:the|his|her) (?:garden|house|flat|playground|cot)|(?:has|'s) been gone|not (?:come|got) (?:back|home)|(?:never|didn'?t|did not) (?:come|get|got) (?:back|home)|(?:isn'?t|is not|wasn'?t|was not|not) in (?:his|her|their) (?:bed|room)|(?:don'?t|do not|dont) know where (?:he|she|they) (?:is|are|has gone|have gone|went))\b/i;
/**
 * The resident lost, not knowing where they are or the way home: the police come to them, and they wait somewhere lit and
 * peopled (caller trial 24, N24-C5: "I can't remember where I live" got the assisted-collections article, "nothing looks familiar" the suicide question).
 */
export const lostTold =
  /\b(?:i|we)(?:'?m| am|'?re| are|'?ve| have)? (?:got |gotten |getting )?lost\b(?! (?:my|our|the|his|her|a|an|track|weight|count|it|touch|interest)\b)|\b(?:don'?t|do not|dont|didn'?t|did not|no idea|not sure) (?:know )?(?:where (?:i|we) (?:am|are)\b(?! (?:supposed|meant|going|allowed|to)\b)|how to get (?:home|back)|(?:the|my|our) way (?:home|back)|this (?:street|road|place|area))|\b(?:can'?t|cannot|can not|cant) (?:find|remember) (?:my|our|the) way (?:home|back)\b|\b(?:can'?t|cannot|can not|cant) remember (?:where (?:i|we) live|how to get (?:home|back)|the way)\b|\bnothing looks (?:right|familiar|the same)\b|\b(?:can'?t|cannot|can not|cant) find (?:my )?(?:mummy|mommy|daddy|nanny)\b/i;

/**
 * A car or van caught in floodwater with people in it: the fire service, and out through a window onto the roof (caller trial 25,
 * C25-5: children in the back of a car in rising water got the garage-repairs article; the ambulance's advice does not fit either).
 */
const carInFloodwater =
  /\b(?:car|van)(?:'?s)?\b[^.?!]{0,40}\b(?:stuck|stalled|trapped|floating|swept)\b[^.?!]{0,40}\b(?:flood\w*|ford|river|water)\b|\bwater(?:'?s| is)? (?:at|up to|coming up to|rising up to|up past|over|above|coming in) (?:the )?(?:windows|door handles|doors|bonnet|roof|seats)\b/i;

/** Floodwater coming into a home (caller trial 25, C25-18: a wheelchair user downstairs got only the danger question). */
const floodInside = /\b(?:river|flood\w*|water|brook|stream)(?:'?s)?\b[^.?!]{0,40}\b(?:pouring|coming|rushing|gushing|burst)\b[^.?!]{0,20}\b(?:in|into|through)\b[^.?!]{0,12}\b(?:house|home|flat|bungalow|door|downstairs)\b/i;

/**
 * Floodwater coming at the home from outside (caller trial 26, C26-9: "the river's coming over the wall at the end of the road,
 * should we go upstairs or leave" got the county roads article).
 */
const floodComing = /\b(?:river|stream|brook|canal|sea|tide|flood\s?water|flood|water)(?:'?s| is)?\b[^.?!]{0,30}\b(?:coming|came|pouring|rising|spilling|running|burst|bursting|overflowing|broken|broke)\b[^.?!]{0,30}\b(?:over|through|up|into|down|its)\b[^.?!]{0,25}\b(?:wall|walls|banks?|defences|road|street|garden|gardens|drive|houses|door|doors|steps?|estate|close)\b/i;

/**
 * Someone found hanging, or a cord round their neck: cut down and CPR, told before the call ends (caller trial 28, C28-15/C28-16: "my dad
 * is hanging from the loft hatch, i think hes dead" heard "do not go in on your own", and a son found hanged "if you have hurt yourself").
 */
export const hangingTold =
  /\b(?:hanging|hanged|hung) (?:himself|herself|themselves|themself)\b|\bhanged\b|\b(?:found|find|saw|seen|discovered|come home to) (?:\w+ ){1,3}hanging\b|\bhanging (?:in|inside|from|off|by|on|with|up)\b(?! (?:the|a|my|our|his|her) (?:washing|clothes|coat|coats|curtains?|pictures?|shelf|shelves|lights?|decorations?|baskets?)\b)|\bstrung (?:himself|herself|themselves) up\b|\bnoose\b|\bligature\b|\b(?:rope|cord|belt|cable|flex|wire) (?:tied )?(?:round|around) (?:his|her|their) neck\b/i;

/** Someone thought dead inside their home (caller trial 26, C26-6): they may be alive on the floor. */
const thoughtDead = /\b(?:think|thinking|worried|afraid|scared|feel like|feeling)\b[^.?!]{0,50}\b(?:died|dead|passed away)\b|\b(?:he|she|they) (?:might|may|could|must) be dead\b|\b(?:dog|cat)(?:'?s| has)? (?:been )?(?:barking|howling|crying|whining) (?:for|all)\b/i;

/** The emergency each scene belongs to, the words that tell it (the first told, in this order), and what to do there, given 999 as written. */
const scenes: Readonly<Record<EmergencyScene, { kind: EmergencyKind; told: RegExp; unless?: RegExp; whatToDo: (emergency: string, profile: CouncilProfile) => string }>> = {
  hanging: {
    kind: 'danger-to-life',
    told: hangingTold,
    whatToDo: (emergency) =>
      `Call ${emergency} now and ask for an ambulance. Cut them down now, even if you think they have died: take their weight, lifting them to ease the pressure, cut or loosen whatever is round their neck, and lay them on their back. If they are not breathing normally, start CPR: put the phone on speaker and the call handler will count you through it.`,
  },
  'trapped-by-fire': {
    kind: 'fire',
    told: trapped,
    whatToDo: (emergency) =>
      `If you cannot get out safely, get everyone into one room with a window and close the door. Put towels or bedding along the bottom of the door. Call ${emergency}, and tell them you are trapped and where you are in the building. Open the window, stay by it and shout, so the fire service can find you. Do not go into the smoke.`,
  },
  'car-in-floodwater': {
    kind: 'danger-to-life',
    told: carInFloodwater,
    whatToDo: (emergency) =>
      `Call ${emergency} now and ask for the fire service. Undo seatbelts. If water is coming in or rising, get everyone out through a window and onto the roof, and stay there. Do not walk or drive through moving water. Tell the call handler exactly where you are.`,
  },
  'flood-inside': {
    kind: 'danger-to-life',
    told: floodInside,
    whatToDo: (emergency) =>
      `Call ${emergency} now and ask for the fire service, and tell them who cannot get out or upstairs. If you can reach the fuse box without touching water, switch the electricity off. Get everyone as high as you can, keep a phone with you, and do not walk through moving water.`,
  },
  'flood-coming': {
    kind: 'danger-to-life',
    told: floodComing,
    whatToDo: (emergency, profile) =>
      `If anyone is in danger, or the water is already around the house, call ${emergency}. If it is safe and the water has not reached you, leave now for higher ground, taking phones, medicines and warm clothes, and help anyone who needs it. If you cannot leave, go upstairs or as high as you can, with a phone, and switch the electricity off at the fuse box if you can reach it without touching water. Do not walk or drive through floodwater. Floodline, for warnings and advice: ${bold(profile.national.floodline)}.`,
  },
  'in-water': {
    kind: 'danger-to-life',
    told: inWater,
    whatToDo: (emergency) =>
      `Call ${emergency} now and ask for the fire service, or the coastguard at the coast. Do not go into the water or onto the ice yourself. Throw them something that floats, such as a life ring, and tell them to float on their back and keep calm. If they are face down or not moving and you can reach them from the edge, pull them out, and if they are not breathing normally start CPR. Keep them in sight, and tell the call handler exactly where you are.`,
  },
  threatened: {
    kind: 'danger-to-life',
    told: threatenedNow,
    whatToDo: (emergency) =>
      `Call ${emergency} now and ask for the police. If you cannot speak, stay on the line and press 55 when you hear the recorded message (from a mobile), or cough or tap the phone, so they know to send help. Do not open the door. If you can, go to a room with a lock and a way out, away from the kitchen, and keep your phone with you.`,
  },
  attack: {
    kind: 'danger-to-life',
    told: attack,
    unless: notAnAssault,
    whatToDo: (emergency) =>
      `Call ${emergency} now and ask for the police, and for an ambulance if anyone is hurt. Do not step in or go in yourself. Tell them where it is happening, how many people there are and whether anyone has a weapon.`,
  },
  missing: {
    kind: 'danger-to-life',
    told: missingTold,
    whatToDo: (emergency) =>
      `Call ${emergency} now and ask for the police: tell them who is missing, what they are wearing, where they were last seen and why they may not be safe on their own. Keep your phone with you, and have someone stay at home in case they come back.`,
  },
  'thought-dead': {
    kind: 'danger-to-life',
    told: thoughtDead,
    whatToDo: (emergency) =>
      `Call ${emergency} now and ask for the police: they may be alive and hurt inside, and the police can get in. Tell them when they were last seen and what you have noticed. Do not go in on your own.`,
  },
  lost: {
    kind: 'danger-to-life',
    told: lostTold,
    whatToDo: (emergency) =>
      `Call ${emergency} now and ask for the police: they can come to you and help you get home. Tell them what you can see around you, such as a street name, a shop or a bus stop. Wait somewhere lit, with people about, and ask someone nearby, such as a shop, to help you while you wait. Keep as warm as you can.`,
  },
};

/** The scene `text` tells of, for the emergency in hand. */
export function sceneOf(text: string, emergency: EmergencyKind | null | undefined): EmergencyScene | undefined {
  return (Object.keys(scenes) as EmergencyScene[]).find((scene) => scenes[scene].kind === emergency && scenes[scene].told.test(text) && !scenes[scene].unless?.test(text));
}

/** What to do in a scene that changes the emergency's advice (someone face down in a canal heard only "float on their back": caller trial 25, C25-17). */
function whatToDoThere(scene: EmergencyScene, profile: CouncilProfile): string {
  return scenes[scene].whatToDo(bold(profile.national.emergency), profile);
}

/** The immediate action and the number, per kind of emergency (and per scene, where it changes them). */
export function whatToDoNow(kind: EmergencyKind, profile: CouncilProfile, lines: Lines = 'both', scene?: EmergencyScene): string {
  const { national } = profile;
  if (scene && scenes[scene].kind === kind) return whatToDoThere(scene, profile);
  switch (kind) {
    case 'gas':
      return `Leave the building now, opening doors and windows on your way out if you can. Do not use light switches, plugs or anything with a flame, and turn off the gas at the meter if it is safe to. Once outside, call the National Gas Emergency Service on ${bold(national.gasEmergency)} (free, 24 hours), then let us know.`;
    // 999 before the gas line, and not going back in or using it again: the last line a caller with a drowsy grandmother and a
    // charcoal barbecue heard was the gas number, and others asked whether to go back in to switch it off (caller re-trial 17b, P2).
    case 'carbon-monoxide':
      return `Open doors and windows, turn off gas appliances if you can, and get everyone out into fresh air; do not go back in. If anyone is drowsy, confused, being sick or has collapsed, call ${bold(national.emergency)} now; with a headache or feeling unwell, call ${bold(national.nhs111)}. Then call the National Gas Emergency Service on ${bold(national.gasEmergency)} (free, 24 hours). Do not use it again until it is checked.`;
    case 'fire':
      return `Call ${bold(national.emergency)} now. Get everyone out, close doors behind you if you can, and stay out. Do not go back inside for belongings.`;
    // Not "if anyone is hurt or in danger": an overdose taken or someone who will not wake is not a maybe (caller re-trial 12b).
    case 'danger-to-life':
      // "Even if they seem all right": "he's not unconscious now, so I'll leave it till the morning" (caller trial 16, C2). The police for
      // a weapon or an attack: "one of them's got a knife out" heard only "ask for an ambulance" (caller trial 16, H4).
      return `Call ${bold(national.emergency)} now. Ask for an ambulance if anyone is hurt, unwell or has taken too much of something, even if they seem all right now; ask for the police if someone is threatening or attacking anyone. Stay with them if it is safe, and do what the call handler tells you: they will talk you through what to do until help arrives.`;
    case 'water-electrics':
      return `Keep away from the water and do not touch switches, sockets or fittings near it. If you can reach the fuse box without touching water, switch the electricity off there. Then ${repairsNumbers(profile, lines)}.`;
    case 'electrical-hazard':
      return `Do not touch it. If it is safe, switch the electricity off at the fuse box. If there is fire or smoke, call ${bold(national.emergency)}. Then ${repairsNumbers(profile, lines)}.`;
    case 'structural':
      return `Keep everyone away from the damaged area, and leave the room or home if it could fall. If anyone is hurt, call ${bold(national.emergency)}. Then ${repairsNumbers(profile, lines)}.`;
    case 'flooding':
      return `If you can, turn off the water at the stopcock (usually under the kitchen sink) and keep away from electrics. Then ${repairsNumbers(profile, lines)}.`;
    case 'sewage':
      return `Keep everyone, especially children and pets, away from the sewage and do not use the toilet, sinks or bath. Then ${repairsNumbers(profile, lines)}.`;
    case 'power-loss':
      return `If the street is also without power, call the power network on ${bold(national.powerCut)} (free). If it is only your home, check the trip switches in the fuse box, then ${repairsNumbers(profile, lines)}.`;
    case 'insecure-home':
      return `If someone has broken in or you feel unsafe, call ${bold(national.emergency)}, or ${bold(national.policeNonEmergency)} if the danger has passed. To make your home secure, ${repairsNumbers(profile, lines)}.`;
    case 'no-heat-vulnerable':
      return `Keep everyone in one warm room with extra layers and blankets. We treat no heating or hot water with someone vulnerable at home as an emergency: ${repairsNumbers(profile, lines)}. If anyone feels very cold or unwell, call ${bold(national.nhs111)}.`;
    case 'damp-health':
      return `If anyone is struggling to breathe, has blue lips or is too breathless to speak, call ${bold(national.emergency)} now. Otherwise, please speak to your GP or call ${bold(national.nhs111)} about the symptoms. Damp or mould that is harming someone's health is an emergency hazard for us: we aim to ${profile.serviceStandards.dampMould.emergencyHazard}.`;
    case 'homeless-tonight':
      if (lines === 'open-now') return `Call our out-of-hours homelessness line, open now, on ${bold(profile.council.homelessnessOutOfHoursPhone)}. If you are in danger, call ${bold(national.emergency)}.`;
      if (lines === 'on-this-call') return `Our housing team can help you now, on this call. At any other time, call our out-of-hours homelessness line on ${bold(profile.council.homelessnessOutOfHoursPhone)}. If you are in danger, call ${bold(national.emergency)}.`;
      return `Call our housing team on ${bold(profile.council.phone)} (${profile.council.openingHours.summary}) or, at any other time, our out-of-hours homelessness line on ${bold(profile.council.homelessnessOutOfHoursPhone)}. If you are in danger, call ${bold(national.emergency)}.`;
  }
}

/**
 * Whether advisors can join now (a reply never promises one when they cannot): `unanswered` is opening hours with a call put through that
 * nobody answered. Nobody can join, as when closed, but the offices are not closed: a caller told "our
 * offices are closed now… not in until we open again" on a line open all week (caller trials 14 and 15).
 */
export type Hours = 'open' | 'closed' | 'unanswered';

/** Open, closed, or open with a call put through that nobody answered. */
export const hoursFor = (withinOpeningHours: boolean, advisorsAway: boolean): Hours => (!withinOpeningHours ? 'closed' : advisorsAway ? 'unanswered' : 'open');

/**
 * `report`: the resident says it is happening now, so the reply leads with the action and offers
 * a priority report, and an advisor when advisors are in. `info`: a question about one, answered
 * with the same facts.
 */
export function emergencyReply(kind: EmergencyKind, profile: CouncilProfile, mode: Mode, hours: Hours = 'open', spoken = false, offer = true, scene?: EmergencyScene): string {
  if (mode === 'info') {
    const action = whatToDoNow(kind, profile);
    return `${situation[kind]}: ${action.charAt(0).toLowerCase()}${action.slice(1)}`;
  }
  const now = `This sounds like an emergency. ${whatToDoNow(kind, profile, linesNow(hours, spoken), scene)}`;
  return offer ? `${now}\n\n${emergencyOffer(kind, hours)}` : now;
}

/**
 * Whether the emergency is a home's hazard to log as a repair ("Report it"): not nowhere to stay,
 * not with a disclosure, not a person in danger (disturbed asbestos, which `text` names, aside).
 */
export function offersReport(emergency: EmergencyKind | null | undefined, safeguarding: SafeguardingFlag | null | undefined, text = ''): boolean {
  if (!emergency || emergency === 'homeless-tonight' || safeguarding) return false;
  return emergency !== 'danger-to-life' || /asbestos/i.test(text);
}

/** Whether a raised concern's replies offer to log it: never to someone trapped by a fire, for whom only getting out alive matters (caller trial 18, C18-02). */
export const concernOffersReport = (concern: RaisedConcern): boolean => concern.scene !== 'trapped-by-fire' && offersReport(concern.emergency, concern.safeguarding);

/** What the assistant can do once the resident is safe. Nowhere to stay tonight is not a repair to log. */
export function emergencyOffer(kind: EmergencyKind, hours: Hours): string {
  if (kind === 'homeless-tonight') return hours === 'open' ? 'I can put you through to an advisor now.' : 'I can also ask our housing team to call you back, as a priority.';
  return hours === 'open' ? 'When you are safe, I can log this as an emergency for you or put you through to an advisor now.' : 'When you are safe, I can log this as an emergency for you.';
}

export function helplines(flag: SafeguardingFlag, profile: CouncilProfile): string[] {
  const { national, county } = profile;
  switch (flag) {
    case 'domestic-abuse':
      return [
        `If you are in danger now, call ${bold(national.emergency)}. If you call from a mobile and cannot speak, press 55 when asked so the police know it is real.`,
        `The National Domestic Abuse Helpline is free and open 24 hours: ${bold(national.domesticAbuseHelpline)}. Men can also call the Men's Advice Line on ${bold(national.mensAdviceLine)}.`,
        `If you need to leave your home, our housing team can help you find somewhere safe: ${bold(profile.council.phone)}, or ${bold(profile.council.homelessnessOutOfHoursPhone)} out of hours.`,
      ];
    case 'self-harm':
      return [
        `If you have hurt yourself or feel you might act on these thoughts, call ${bold(national.emergency)} or go to A&E now.`,
        `You can talk to Samaritans, free, at any time, on ${bold(national.samaritans)}. For urgent mental health help, call ${bold(national.nhs111)} and choose the mental health option.`,
      ];
    case 'child-at-risk':
      return [
        `If a child is in danger right now, call ${bold(national.emergency)}.`,
        `${county.name} children's social care: ${bold(county.childrenSocialCarePhone)}, or ${bold(county.socialCareOutOfHoursPhone)} out of hours. Adults worried about a child can call the NSPCC on ${bold(national.nspcc)}. Children and young people can call Childline free, at any time, on ${bold(national.childline)}.`,
      ];
    case 'adult-at-risk':
      return [
        `If someone is in danger right now, call ${bold(national.emergency)}.`,
        `${county.name} adult social care: ${bold(county.adultSocialCarePhone)}, or ${bold(county.socialCareOutOfHoursPhone)} out of hours. Hourglass, for the abuse or neglect of an older person, is free and open 24 hours: ${bold(national.olderPeopleAbuseHelpline)}. The Modern Slavery Helpline, for anyone made to work or kept against their will, is open 24 hours: ${bold(national.modernSlaveryHelpline)}.`,
      ];
  }
}

/**
 * A parent or carer telling of a child's self-harm (caller trial 10: "my son's fifteen and he's been
 * cutting himself" heard "if you have hurt yourself"): the advice is for the child, with the young
 * people's line and the help for adults worried about a child.
 */
function childSelfHarmHelplines(profile: CouncilProfile): string[] {
  const { national, county } = profile;
  return [
    `If they have hurt themselves badly, or you think they might act on these thoughts now, call ${bold(national.emergency)} or take them to A&E.`,
    `For urgent mental health help for a young person, call ${bold(national.nhs111)} and choose the mental health option. Childline is free for young people, at any time: ${bold(national.childline)}. Samaritans, for anyone, day or night: ${bold(national.samaritans)}.`,
    `Adults worried about a child can call the NSPCC on ${bold(national.nspcc)}, or ${county.name} children's social care on ${bold(county.childrenSocialCarePhone)} (${bold(county.socialCareOutOfHoursPhone)} out of hours).`,
  ];
}

/**
 * Someone not seen for days (caller trial 11: a neighbour not seen for four days heard the Modern
 * Slavery Helpline first): the police can check on them and get in, and that comes first.
 */
function welfareCheck(profile: CouncilProfile): string[] {
  const { national, county } = profile;
  return [
    `If you think they may be hurt, ill or have fallen inside, call ${bold(national.emergency)} now: the police can check on them and get in if they need to. If you are worried but it is not an emergency, call the police on ${bold(national.policeNonEmergency)} and ask for a welfare check.`,
    `${county.name} adult social care: ${bold(county.adultSocialCarePhone)}, or ${bold(county.socialCareOutOfHoursPhone)} out of hours.`,
  ];
}

/**
 * A friend or relative telling of someone else's thoughts of suicide (caller trial 17, P3: "my mate's
 * posted goodbyes and he's got a rope in his van" was asked whether they were thinking of ending
 * their own life, then told "if you have hurt yourself"): the police or an ambulance go to them.
 */
function someoneElseSelfHarmHelplines(profile: CouncilProfile): string[] {
  const { national } = profile;
  return [
    `If they have told you of a plan, or you think they might act on it now or have already hurt themselves, please don't wait: call ${bold(national.emergency)} and ask for the police or an ambulance to go to them. Tell them what you know and where they may be.`,
    `If you can reach them, stay in touch and tell them you are worried about them; asking them plainly whether they are thinking of suicide does not put the idea there. Samaritans can talk with you, or with them, free, at any time: ${bold(national.samaritans)}.`,
  ];
}

/**
 * A neighbour, friend or relative telling of someone else being abused (caller re-trial 17c: a neighbour who heard a head hit
 * the wall was told "if you need to leave your home"): the police for what they hear now, and the helpline, which also takes
 * calls from anyone worried about someone else.
 */
function someoneElseAbusedHelplines(profile: CouncilProfile): string[] {
  const { national } = profile;
  return [
    `If you can hear or see someone being hurt now, call ${bold(national.emergency)} and ask for the police. Do not step in yourself.`,
    `The National Domestic Abuse Helpline is free and open 24 hours, also for anyone worried about someone else: ${bold(national.domesticAbuseHelpline)}. If it is a man being harmed, the Men's Advice Line: ${bold(national.mensAdviceLine)}.`,
    `If they need to leave their home, our housing team can help them find somewhere safe: ${bold(profile.council.phone)}, or ${bold(profile.council.homelessnessOutOfHoursPhone)} out of hours.`,
  ];
}

/** The category's advice for whom the concern is about: the resident, their child, someone not seen, or someone else. */
export function adviceFor(flag: SafeguardingFlag, profile: CouncilProfile, concernFor?: ConcernFor): string[] {
  if (flag === 'self-harm' && concernFor === 'their-child') return childSelfHarmHelplines(profile);
  if (flag === 'self-harm' && concernFor === 'someone-else') return someoneElseSelfHarmHelplines(profile);
  if (flag === 'domestic-abuse' && concernFor === 'someone-else') return someoneElseAbusedHelplines(profile);
  if (flag === 'adult-at-risk' && concernFor === 'someone-not-seen') return welfareCheck(profile);
  return helplines(flag, profile);
}

/** The council's own number for the category while it is closed, from the profile. */
export function outOfHoursLine(flag: SafeguardingFlag, profile: CouncilProfile): string {
  // Not "tonight or this weekend": said on a Monday evening too (caller trial 29, L29-04).
  return `Our offices are closed now. Until we open again you can call ${bold(profile.council.safeguardingOutOfHoursPhones[flag])} at any time (our out-of-hours line for this).`;
}

/** What kind of harm, where a national service of its own helps: a marriage forced on someone, rape or sexual assault. */
export type ConcernMatter = 'forced-marriage' | 'sexual-violence' | 'told-by-a-child';

/** The rules that read a child telling of harm to themselves ("im 12 and my mums boyfriend hits me"). */
const toldByAChild: ReadonlySet<string> = new Set(['child.self-disclosure', 'child.forced', 'child.young-homeless']);

/** The matter the safety rules' evidence names, if any. */
export const matterOf = (evidence: readonly string[]): ConcernMatter | undefined =>
  evidence.some((id) => id.includes('marriage'))
    ? 'forced-marriage'
    : evidence.some((id) => id.includes('sexual-assault'))
      ? 'sexual-violence'
      : evidence.some((id) => toldByAChild.has(id))
        ? 'told-by-a-child'
        : undefined;

/**
 * A child telling of harm to themselves is spoken to, not an adult worried about a child: "if a child is in danger" and "adults
 * worried about a child can call the NSPCC" came first and Childline last for a 12-year-old (caller trial 30, C30-52).
 */
function childTellingHelplines(profile: CouncilProfile): string[] {
  const { national, county } = profile;
  return [
    `If you are in danger right now, call ${bold(national.emergency)}.`,
    `You can talk to Childline about anything, free, at any time, on ${bold(national.childline)}. The call will not show on the phone bill.`,
    `${county.name} children's social care helps keep children safe: ${bold(county.childrenSocialCarePhone)}, or ${bold(county.socialCareOutOfHoursPhone)} out of hours.`,
  ];
}

/** Who the concern is about, where the advice differs: a parent's own child, someone not seen for days, or someone else (a friend's or relative's thoughts of suicide, a neighbour's abuse). */
export type ConcernFor = 'their-child' | 'someone-not-seen' | 'someone-else';

/**
 * Calm and non-judgemental: 999 first, then the helplines (and the service for its `matter`: the Forced Marriage Unit, or Rape Crisis and a
 * referral centre), then a priority advisor. Out of hours no
 * advisor is promised: the council's out-of-hours number for the category, and a call back marked
 * as safeguarding.
 */
export function safeguardingReply(flag: SafeguardingFlag, profile: CouncilProfile, hours: Hours = 'open', concernFor?: ConcernFor, matter?: ConcernMatter): string {
  return [
    "Thank you for telling me. You don't have to deal with this on your own.",
    ...(flag === 'child-at-risk' && matter === 'told-by-a-child' ? childTellingHelplines(profile) : adviceFor(flag, profile, concernFor)),
    ...(matter === 'forced-marriage' ? [forcedMarriageLine(profile)] : matter === 'sexual-violence' ? [sexualViolenceLine(profile)] : []),
    ...(hours === 'open'
      ? ['I can put you through to one of our advisors now, as a priority.']
      : hours === 'unanswered'
        ? ['Nobody could answer just now, so I cannot put you through. I can ask one of our advisors to call you back as a priority, marked as a safeguarding concern.']
        : [outOfHoursLine(flag, profile), 'Our advisors are not in until we open again, so I cannot put you through now. I can ask one to call you back as a priority, marked as a safeguarding concern.']),
  ].join('\n\n');
}

/** The concern a conversation raised, so an out-of-hours reply gives that category's numbers. */
export interface RaisedConcern {
  emergency?: EmergencyKind;
  safeguarding?: SafeguardingFlag;
  /** Whom a disclosure is about, where the advice differs: a parent's own child, someone not seen, someone else (their plans, their abuse). */
  about?: ConcernFor;
  /** Where the emergency is happening, once told, when that changes what to do (`EmergencyScene`). */
  scene?: EmergencyScene;
  /** The kind of harm where a service of its own helps, or a child telling of harm to themselves, so later replies speak to them too. */
  matter?: ConcernMatter;
}

/**
 * "Talk to an advisor now" after an emergency or a disclosure, out of hours: nobody can join, so
 * 999, the category's out-of-hours number and a priority call back; never the repairs line for a
 * disclosure, nor an unrelated action.
 */
export function safetyOutOfHoursReply(concern: RaisedConcern, profile: CouncilProfile, hours: Hours = 'closed'): string {
  const number = hours === 'unanswered'
    ? undefined
    : concern.safeguarding
    ? profile.council.safeguardingOutOfHoursPhones[concern.safeguarding]
    : concern.emergency === 'homeless-tonight'
      ? profile.council.homelessnessOutOfHoursPhone
      : concern.emergency && !['danger-to-life', 'fire'].includes(concern.emergency)
        ? profile.council.outOfHoursRepairsPhone
        : undefined;
  return [
    hours === 'unanswered'
      ? 'Nobody could answer just now, so I cannot put you through.'
      : `Our advisors aren't available right now, so nobody can join this chat until we open (${profile.council.openingHours.summary}).`,
    `If you or anyone is in danger, call ${bold(profile.national.emergency)}.${number ? ` Our out-of-hours line for this is open now: ${bold(number)}.` : ''}`,
    `I can ask an advisor to call you back as a priority${concern.safeguarding ? ', marked as a safeguarding concern' : ''}.`,
  ].join(' ');
}

/** One calm boundary; the repeat is the last warning before the chat ends. */
export function abuseBoundaryReply(repeat: boolean): string {
  return repeat
    ? 'I want to help, but I will end this chat if the abusive language continues. Please tell me what you need.'
    : "I can see you're frustrated, and I want to help. Please keep the conversation respectful and tell me what you need.";
}

/**
 * The grey zone's one question, asked calmly and directly. For self-harm signals it names suicide
 * plainly, which the Samaritans' guidance says is safe to ask and does not put the idea there. What to
 * do now comes first: a caller whose father had fallen, or who had taken too many of their tablets,
 * was asked the question and told nothing to do while they answered it (caller trial 15, C2 and C4).
 */
export function safetyQuestion(check: 'danger' | 'self-harm', profile: CouncilProfile): BotReply {
  const emergency = bold(profile.national.emergency);
  const text =
    check === 'self-harm'
      ? `If you have taken too much of anything or hurt yourself, call ${emergency} now and ask for an ambulance. Before we go on, I'd like to ask you something directly, because it matters: are you thinking about ending your life?`
      : // Not "are you, or is anyone with you": a caller whose neighbour had fallen behind a wall truthfully said no, and the fall was dropped (caller re-trial 12b).
        // Who is "hurt, unconscious or not breathing" left out the child who had eaten a washing pod and the man on a dozen
        // tramadol, who then answered "no" (caller re-trial 15b, H1): the condition names being unwell, breath and what was swallowed.
        `If anyone is hurt, unwell, struggling to breathe, not responding, or has swallowed something harmful or too much of a medicine, call ${emergency} now and ask for an ambulance. Before we go on, I want to check one thing: is anyone in danger right now, you or anyone you are telling me about?`;
  // It stands out as the advice does: the answer may be that someone is in danger now.
  return { text, choices: [{ label: 'Yes' }, { label: 'No' }], urgent: 'safeguarding' };
}

/**
 * After "no" or "I don't know" to the danger question about something swallowed or something burning
 * wrong: what to do anyway, since a no now does not make them safe later. A caller who counted twenty
 * co-codamol, then said no, was asked the next repair question; another, whose alarm by the boiler kept
 * going off, had the battery out and went to lie down (caller trial 16, C2 and C3).
 */
export function signsStillMatter(sign: 'swallowed' | 'fumes', profile: CouncilProfile): string {
  const { national } = profile;
  return sign === 'swallowed'
    ? `Even if they seem well now, some medicines and household products do harm hours later. Call ${bold(national.nhs111)} now for advice, or ${bold(national.emergency)} at once if anyone becomes drowsy, confused, sick, short of breath or hard to wake.`
    : `Even if nobody feels unwell, a flame burning orange or yellow, soot, or an alarm going off can mean carbon monoxide, which you cannot see or smell. Turn the appliance off, open doors and windows, and call the National Gas Emergency Service on ${bold(national.gasEmergency)} (free, 24 hours). If anyone has a headache, feels sick, dizzy or drowsy, get everyone out into fresh air, and call ${bold(national.emergency)} if anyone is drowsy, confused or collapses.`;
}

/** After "no": the question is noted for the advisor and the bot goes on with what was asked. */
export const safetyAnsweredNo = 'Thank you for telling me. If that changes, just say, at any time. Now, about what you asked:';

/**
 * A bare "no" to the danger question about someone else ("my neighbour's on the floor and won't
 * answer"): a frightened caller means "not me" (caller trials 12c and 13, 6 of 6 lost the emergency
 * to an unrelated article), so what to do for them comes first, and no article.
 */
export function safetyAnsweredNoForSomeoneElse(profile: CouncilProfile): string {
  const { emergency, policeNonEmergency } = profile.national;
  return (
    `If they are hurt, unwell, struggling to breathe, not responding or cannot get up, or have swallowed something harmful, call ${bold(emergency)} now and ask for an ambulance. ` +
    `If you cannot reach them and you are worried, the police can check on them: call ${bold(policeNonEmergency)}, or ${bold(emergency)} if you think they are in danger. ` +
    'Otherwise, tell me what you would like us to do.'
  );
}

/** For whoever found someone hanging, once help is with them: not the advice for their own thoughts of suicide. */
export function afterFindingSomeone(profile: CouncilProfile): string {
  return `Finding someone like this is a terrible shock. Once help is with them, Samaritans are there for you too, free, at any time: ${bold(profile.national.samaritans)}.`;
}

/**
 * A marriage forced on someone, told with the disclosure (caller re-check 27b, N-1: a young woman to be married off abroad
 * heard the domestic abuse lines only): the unit that can stop it, also once someone has been taken abroad.
 */
export function forcedMarriageLine(profile: CouncilProfile): string {
  const { forcedMarriageUnit, forcedMarriageUnitOutOfHours } = profile.national;
  return `The Forced Marriage Unit helps anyone being made to marry, or afraid of being taken abroad to be married, and anyone worried about them: ${bold(forcedMarriageUnit)}, Monday to Friday, 9am to 5pm, or ${bold(forcedMarriageUnitOutOfHours)} at other times.`;
}

/**
 * Rape or sexual assault told (caller trial 28, C28-25: "i was raped last night by someone i know" was asked about suicide, then given
 * the social care article): the specialist line, open day and night, and medical help that keeps evidence without a police report.
 */
export function sexualViolenceLine(profile: CouncilProfile): string {
  return `Rape Crisis's support line is free and open 24 hours, for anyone 16 or over: ${bold(profile.national.rapeCrisis)}. You can get medical help, and have evidence kept in case you decide to report it later, at a sexual assault referral centre, without going to the police first: ${bold(profile.national.nhs111)} will tell you the nearest.`;
}

/** Told they cannot make a voice call: deaf, no voice, or unable to phone 999 (caller trial 26, C26-12: a deaf caller was told to phone 999). */
export const cannotCall = /\bdeaf\b|\bhard of hearing\b|\b(?:can'?t|cannot|can not|unable to) (?:phone|call|ring|speak|talk|hear)\b|\bno voice\b|\bspeech (?:impair\w*|problems?|difficult\w*)\b|\bnon-?verbal\b/i;

/** The ways to reach 999 without a voice call. */
export function withoutAVoiceCall(profile: CouncilProfile): string {
  const { emergency, emergencyTextRelay } = profile.national;
  return `If you cannot make a voice call: text ${bold(emergency)} if your phone is registered for emergencySMS (register now by texting "register" to ${emergency}), or call ${bold(emergencyTextRelay)} with the Relay UK app or a textphone.`;
}
