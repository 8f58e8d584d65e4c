import { words } from '../knowledge/textTokens.js';
import type { BotReply } from '../reply.js';
import type { CouncilProfile } from '../profile/councilProfile.js';
import { parseYesNo } from '../serviceRequests/slots/yesNo.js';
import { fillerWords } from '../triage/conversationWords.js';
import { adviceAcknowledged, adviceAgain, askIfOutside, asksIfHelpStillNeeded, asksWhetherToCall, callingNow, callingNowAnswered, confidentialityReply, dangerNear, dangerNowReminder, firstAidFor, gasTapAnswer, asksForTheGasTap, getOutFirst, getOutNow, goAndCall, goingBackIn, stayOut, helpOnItsWay, helpStillNeeded, beforeTheBatteryGoes, lifeAtStake, switchOffAdvised, switchedOffAcknowledged, touchesTheFuseBox, wetFuseBoxCaution } from '../triage/safetyFollowUpReplies.js';
import { concernOffersReport, offersReport, type Hours, type RaisedConcern } from '../triage/safetyReplies.js';
import { findDuration, findRooms } from '../serviceRequests/slots.js';
import type { AwaitedAnswer } from './memory.js';

export type SafetyAdviceGiven = Extract<AwaitedAnswer, { kind: 'safety-advice' }>;

/**
 * What a reply to safety advice is taken as: the bot answers it here (`say`, the advice still
 * awaited), the advice's offer is taken (`take`: "yes" to "I can log this"), or it is a new
 * message and goes on (undefined). A caller's "not right now, he is at work" after a domestic
 * abuse reply was answered with the repair appointments article.
 */
export type SafetyFollowUp = { say: BotReply; awaiting: SafetyAdviceGiven } | { take: string } | undefined;

/** Longer than this, a message that starts "yes" says something else too. */
const offerAnswerWordsAtMost = 4;
/** "OK" to safety advice says it was heard, not that the offer is taken. */
const onlyHeard = /^(?:ok|okay|alright|all right|right|fine|understood)\W*$/i;

/** Longer than this, a reply says something of its own and is read as a new message. */
const followUpWordsAtMost = 10;

/** Longer than this, even a reply that takes the offer is read as a new message. */
const takesOfferWordsAtMost = 25;

/** The offer taken with a condition: "yes please but only ring in the morning when he's at work". */
const yesWithCondition = /^(?:yes|yeah|yep|yea|ok|okay|please)\b(?:\W+please\b)?[\s,.!-]+(?:but|and|just|only|as long as|if|when|though)\b/i;

/**
 * The bot's own "I can log this as an emergency for you", asked for in words: "can you log it", "report it as an
 * emergency"; and as callers say it ("get that written up so somebody sorts the boiler", "make a note of it so someone
 * comes to check", "I just want the council to have it on file", "report a repair"): caller re-trial 13b, H1.
 */
export const asksToLogIt =
  /\b(?:log|report|record|register|book) (?:it|this|that)(?: in)?\b|\b(?:put|make|file|raise) (?:a |the )?(?:report|job)(?: in)?\b|\btake (?:the |my |all the )?details\b|\bget (?:it|this|someone) (?:booked|sent|out)\b|\bmake a note of (?:it|this)\b|\bput (?:it|this) on (?:the|your) system\b|\bsend (?:someone|somebody|an engineer)\b|\breport (?:a|the) (?:repair|fault|problem)\b|\b(?:write|written|writing) (?:it |that |this )?(?:up|down)\b|\b(?:make|take) a (?:note|record)\b|\b(?:on|in) (?:file|record|the system|your system|my account|my file|my records)\b|\bpass (?:it|this|that) on\b|\b(?:someone|somebody|an engineer|a man) (?:to )?(?:comes?|coming|checks?|check|looks?|sorts?|fix(?:es)?) (?:out |at |round )?(?:it|this|that|the (?:boiler|alarm|fire|heater|cooker|gas|leak))\b|(?<![\p{L}])zg[lł]o(?:si|ś)/iu;

/** The advice's own buttons, and asking for a call back, a report or a person: routed as they always are. */
const asksForSomething = /^(?:report it|request a call back|talk to an advisor now)$|\b(?:call (?:me|us)|ring (?:me|us)|phone (?:me|us)|call ?back|report|log (?:it|this)|advis[eo]r|someone|somebody|person|human|talk to|speak to)\b/i;

const asksWhatToDo = /(?:^|[,.!;]\s*)(?:(?:ok|okay|so|right|and|but|sorry|um|er)\W+)*(?:what (?:should|do|can|shall|must) (?:i|we) do(?: now| next)?|what now|now what|what do (?:i|we) do now|what happens now|what next)\W*$/i;

/** The emergency is getting worse: "it's getting stronger", "the smoke is worse now". */
const gettingWorse = /\b(?:getting|got|gone|is|it'?s|much|even) (?:stronger|worse|bigger|louder|thicker)\b|\breally strong(?: now)?\W*$/i;

/**
 * Who will know, and whether the police must come: "can you keep it quiet", "keep my name out of it", "I don't want the police
 * involved", "police ko mat batana" were each sent to the police again (caller re-check 31b, R31B-06).
 */
const worriesWhoKnows =
  /\b(?:don'?t|do not|dont|won'?t|will not|please don'?t|never) (?:tell|let (?:him|her|them|anyone|anybody) know|say|mention|contact (?:him|her|them))\b|\bconfidential\b|\bkeep (?:this|it|my name) (?:private|secret|quiet|between us|out of it)\b|\banonymous(?:ly)?\b|\b(?:don'?t|do not|dont|doesn'?t|does not) (?:want|need) (?:the )?police\b|\b(?:no|not the|without (?:the )?) police\b|\b(?:don'?t|do not|dont|please don'?t) (?:call|ring|get|involve) (?:the )?police\b|\bpolice (?:ko )?mat\b|\bwithout (?:him|her|them) (?:knowing|finding out)\b|\bwill (?:he|she|they|anyone|anybody|my \w+) (?:know|find out|see|be told)\b|\bfind out (?:i|that i) (?:called|rang|phoned|told|contacted)\b|\bwho (?:will|would|can) (?:see|know|read)\b/i;

/**
 * The thinking over and the mind made up: "no… I've made my mind up", "I'm past talking about it", "I won't be here". After the
 * suicide question it is a yes (caller re-trial 13b, C2 and C3); after the self-harm reply, 999 now, never "when it is safe for you,
 * I can ask our team to call you back" (caller trial 25, C25-14; "nothing will change my mind", caller trial 26).
 */
export const resolvedToAct =
  /\b(?:made (?:up )?my mind(?: up)?|my mind(?:'?s| is) made up|(?:nothing|no one|nobody|nothing you say) (?:will|is going to|can|could|'?ll) (?:change|stop) (?:my mind|me)|past (?:thinking|talking)|beyond (?:thinking|talking)|(?:i'?ve|i have) decided|i'?m (?:doing|going through with) it|going through with it|no point (?:any ?more|in (?:living|going on|being here))|won'?t be (?:here|around)|not be (?:here|around))\b/i;

/**
 * The person harming them is near, or they must stop: "shh he's coming up the stairs", "he's back, I
 * have to go", "can't talk now", "I can't ring 999, he'll hear me" (caller trial 15, H1: the ambulance line, no way to call in silence);
 * "he's downstairs now", "he's trying to get in the door" (caller trial 25, C25-15 and C25-16).
 */
export const dangerIsNear =
  /\b(?:can'?t|cannot|daren'?t|dare not) (?:ring|call|phone|dial) (?:999|nine nine nine|the police|anyone|anybody|for help)\b|\b(?:he|she|they)(?:'ll| will|'d| would|'s going to|'s gonna) hear\b|^(?:shh+|sh+)\b|\b(?:he|she|they)(?:'?s| is|'?re| are) (?:just )?(?:back|home|here|outside|downstairs|upstairs|next door|at the door|in the (?:drive|hall|hallway|house|flat|next room|other room|kitchen|front room|living room)|coming(?: up| in| back| home| upstairs)?|pulling up|pulled up|parking)\b|\b(?:he|she|they)(?:'?s| is|'?re| are) (?:trying|going) to (?:get|break|come|kick|force) (?:in|the door)\b|\b(?:banging|kicking|hammering|pushing) (?:on |at )?the (?:bathroom |bedroom |front )?door\b|\b(?:he|she|they)(?:'s|'ve| has| have)? (?:just )?(?:came|come|got|pulled|pulls) (?:back|home|in|up)\b|\b(?:his|her|their) (?:car|van|truck|bike)(?:'s| is| has)? (?:just )?(?:outside|pulling up|pulled up|pulled in|come into|in the drive|arrived|here)\b|\b(?:hear|heard) (?:his|her|their) (?:key|keys|car|van|voice)\b|\b(?:his|her|their) keys?(?:'s| is| are)? (?:in|turning|rattling|jangling)\b|\bkey in the (?:door|lock)\b|\b(?:have|has|got|need|must) to go\b|\bgotta go\b|\bcan'?t (?:talk|speak|type)\b/i;

/**
 * 999 called, or help there or on its way ("I've rung them on my other phone, they're on their way", "my mum's on the
 * other phone to the ambulance", "the ambulance is coming"): the caller heard "call 999 now" a third time and nothing for the
 * wait (caller trials 15 and 18).
 */
const helpIsComingInEnglish =
  /\b(?:i'?ve|i have|we'?ve|we have|(?:my|his|her) \w+(?:'s| has)|someone'?s|someone has|somebody'?s|they'?ve|they have)\s+(?:just |already )?(?:called|rung|rang|phoned|dialled)\s+(?:999|nine nine nine|(?:an?|the) ambulance|the police|them)\b|\b(?:ambulance|paramedics?|police|they|help)(?:'s|'re| is| are)?\s+(?:on (?:its|their|the) way|here|arrived|with (?:him|her|them|us|me)|coming)\b|\b999 (?:has been |have been |been |is |was )?(?:called|rung|phoned|dialled)\b|\b(?:i'?ve|i have|we'?ve|we have) (?:rung|called|phoned|dialled) (?:999|nine nine nine|them|the ambulance) already\b|\b(?:on the (?:other )?phone to|ringing|calling|on to|speaking to|talking to) (?:the )?(?:999|nine nine nine|ambulance|paramedics|police)\b/i;

/**
 * The same in the community languages, written with or without accents: "am sunat la 999, politia vine" after a neighbour not seen
 * for days was told "please don't wait, call 999 now" (caller trial 29, M29-14).
 */
const helpIsComingOtherwise =
  /\b(?:zadzwoni\S*|dzwoni\S*) (?:ju[zż] )?(?:na|pod) (?:999|112)|\b(?:policja|karetka|pogotowie) (?:ju[zż] )?(?:jedzie|jad[aą]|jest w drodze)|\bam sunat (?:la )?(?:999|112)|\b(?:poli[tțţ]ia|ambulan[tțţ]a|salvarea) (?:deja )?(?:vine|e pe drum|este pe drum)|\b(?:he |ya )?llam(?:[eé]|ado) (?:al|a la) (?:999|112|polic[ií]a|ambulancia)|\b(?:la )?(?:polic[ií]a|ambulancia) (?:ya )?(?:viene|est[aá] en camino|est[aá] llegando)|\bliguei (?:para (?:o )?|pro |ao )?(?:999|112)|\b(?:a )?(?:pol[ií]cia|ambul[aâ]ncia) (?:j[aá] )?(?:vem|est[aá] a caminho|est[aá] vindo)|\bpaskambin(?:au|om) (?:[iį] )?(?:999|112)|\b(?:policija|greitoji) (?:jau )?(?:va[zž]iuoja|atvyksta)|\b999 (?:ko |nu |e )?(?:call|phone|fone) (?:kar|kiti|kita|kiya|korechi|diyechi)\S*|\bpolice (?:aa rahi|a rahi|aa rahe|aundi|ashche|aschhe)|\b(?:waan|waxaan) (?:soo )?wacay (?:999|112|booliska)|\bbooliis\S* (?:way|ayaa) (?:imanay\S*|soo socd\S*)|اتصلت (?:ب|على )?(?:ال)?999|(?:الشرطة|الإسعاف|الاسعاف) (?:جاية|جاي|قادم\S*|في الطريق)/iu;

/** "I've called 999", "the ambulance is on its way": the resident has called for help already. */
export const helpIsComing = { test: (said: string): boolean => helpIsComingInEnglish.test(said) || helpIsComingOtherwise.test(said) };

/** Said about where someone is or how the resident is, with no subject of its own: "he's at work", "I'm safe for now". */
const situationWords = new Set(
  `not safe safer work working out outside gone left asleep sleeping away home house moment minute sec second fine still inside garden street shop shops pub car
   hes shes theyre ive im its thanks thank cheers understood know later bit yet will do cant talk speak right now ok got thing things
   mum mums friend friends neighbour neighbours sister sisters brother fresh air everyone everybody kids children go going coming back sorry`.split(/\s+/),
);

export const outsideNow =
  /\b(?:outside|out of the (?:house|flat|building|home)|in the (?:street|garden|fresh air)|on(?:to)? the (?:street|road|pavement)|(?:got|are|we'?re|i'?m|i am|gone|went|come|we'?ve (?:all )?gone) (?:all )?out|at (?:my |the |our |a )?neighbou?r'?s|next door now|(?:gone|went|are|we'?re|i'?m|i am) next door|across the road|in (?:the|my|our|a|his|her|their|mum'?s|dad'?s) (?:car|van)|(?:sat|sitting|stood|standing|waiting) (?:all )?(?:out|outside)|end of the (?:street|road|close)|corner shop|(?:my |our |the )?neighbou?r'?s (?:flat|house|place|garden))\b|\b(?:gone|went|come|round|over|staying|waiting|sat|sitting)\b[^.?!]{0,20}\b(?:my|our|a|the) (?:\w+ )?(?:sister|brother|mum|mom|dad|nan|gran|friend|neighbou?r|auntie|aunt|uncle|cousin|daughter|son|mate)'?s\b/i;

/** Carbon monoxide's signs in someone at home: told after the advice, they are the advice again, not a question. */
const poisoningSigns =
  /\b(?:headaches?|dizzy|dizziness|sick|vomit\w*|throwing up|sleepy|drowsy|dozy|floppy|confused|muddled|disoriented|faint\w*|breathless|collapsed|slumped|not waking)\b|\b(?:doesn'?t|does not|don'?t) know (?:where|who|what)\b|\b(?:can'?t|cannot|barely|hardly) (?:stand|walk|talk)\b/i;

/** "My phone's on 3 percent", "battery's about to die". */
const batteryLow = /\b(?:battery|phone|phones|phone'?s|mobile)\b[^.?!]{0,25}\b(?:low|dying|about to die|going to die|gonna die|going (?:dead|flat)|dead soon|nearly dead|nearly out)\b|\b(?:on|at|only) \d{1,2} ?(?:%|percent|per cent)\b/i;
/** "Where do I go?", "where can we sleep tonight?". */
const whereToGo = /\bwhere (?:do|can|will|should|shall) (?:i|we|me and the kids) (?:go|sleep|stay)\b/i;

/** "I've turned the electric off at the box", "power's off now", "switched it all off". */
const switchedOff =
  /\b(?:turned|switched|flicked|put|knocked|tripped|shut) (?:the |it |them |everything |it all |all )?(?:\w+ )?off\b|\b(?:electric|electricity|electrics|power|mains|trip switch|fuse box)(?: is| are|'s|s| has been| have been)? (?:now |all |been )?(?:off|turned off|switched off)\b/i;
/** Most words a detail given for a report takes: "bathroom", "since this morning", "in the kitchen, about an hour". */
const detailWordsAtMost = 8;
const reportDetail = (said: string): boolean =>
  words(said).length <= detailWordsAtMost && !said.includes('?') && (findRooms(said).length > 0 || findDuration(said) !== undefined || /^since\b/i.test(said));

/** A short answer to the advice: yes or no, or a few words about the resident's situation and nothing else. */
function answersTheAdvice(text: string): boolean {
  if (parseYesNo(text).ok) return true;
  // "What?", "eh": not understood, so the advice's choices again (step 9), not an acknowledgement.
  if (/^(?:what|why|how|where|when|who|eh|huh|pardon)\b/i.test(text)) return false;
  const tokens = words(text);
  return tokens.length > 0 && !text.includes('?') && tokens.every((word) => fillerWords.has(word) || situationWords.has(word));
}

/**
 * Reads a reply to the safety advice just given. Gas and carbon monoxide: nothing is logged (no
 * repair questions) until the resident says they are out in the fresh air.
 */
export function followUpToSafetyAdvice(text: string, given: SafetyAdviceGiven, concern: RaisedConcern, profile: CouncilProfile, hours: Hours, spoken = false, story = text): SafetyFollowUp {
  const said = text.trim().replace(/’/g, "'");
  const length = words(said).length;
  const stay = (say: BotReply, awaiting: SafetyAdviceGiven = given) => ({ say, awaiting });
  const kind = concern.emergency;
  const outFirst = kind !== undefined && getOutFirst.has(kind) && !given.outside;
  // The advice offers to log an emergency repair in words out of hours and as a button in hours: asked for either way ("can you log it"), it is taken.
  const logIt = offersReport(kind, concern.safeguarding) && asksToLogIt.test(said);
  // Trapped by smoke, nothing is logged: "Report it" started a repair's questions for a caller with smoke coming under the door
  // (caller trial 18, C18-02). The shelter advice again instead.
  if (concern.scene === 'trapped-by-fire' && (logIt || said === given.offer)) return stay(adviceAgain(concern, profile, hours, spoken));
  if (length <= takesOfferWordsAtMost && (logIt || (given.offer && yesWithCondition.test(said)))) {
    // Gas or carbon monoxide: nothing is logged, not even by its own button, until everyone is out in the fresh air.
    if (outFirst && !outsideNow.test(said)) return stay(askIfOutside(), { ...given, askedOutside: true, reportWhenOutside: logIt });
    if (logIt) return { take: 'Report it' };
    if (given.offer) return { take: given.offer };
  }
  // After a disclosure, the person harming them is near: a few words and 999, never an article or a form's question.
  if (concern.safeguarding && length <= takesOfferWordsAtMost && dangerIsNear.test(said)) return stay(dangerNear(concern, profile));
  if (concern.safeguarding === 'self-harm' && resolvedToAct.test(said)) return stay(dangerNowReminder(concern, profile, said, story));
  // Out in the fresh air, told at any length ("we're all out on the walkway now with the door shut"): the advice
  // acknowledged, never a repair form for the door they shut (caller re-trial 13b, H2).
  if (kind && outFirst && outsideNow.test(said) && !asksForSomething.test(said) && !poisoningSigns.test(said)) {
    if (given.reportWhenOutside) return { take: 'Report it' };
    return stay(adviceAcknowledged(concern, profile, hours), { ...given, outside: true });
  }
  // Where to turn the gas off, asked with the smell of gas: the lever by the meter, then the way out again.
  if (kind === 'gas' && asksForTheGasTap.test(said)) {
    const again = adviceAgain(concern, profile, hours, spoken);
    return stay({ ...again, text: `${gasTapAnswer} ${again.text}` });
  }
  // Going back in for keys, a phone or the dog once out of gas, fumes or a fire: no, before the advice again.
  if ((kind === 'gas' || kind === 'carbon-monoxide' || kind === 'fire') && goingBackIn.test(said)) {
    const again = adviceAgain(concern, profile, hours, spoken);
    return stay({ ...again, text: `${stayOut(kind)} ${again.text}` });
  }
  // Switched off as advised: what now it is, before any caution about reaching the fuse box.
  if (switchOffAdvised.has(kind ?? '') && switchedOff.test(said) && !said.includes('?') && !asksForSomething.test(said)) return stay(switchedOffAcknowledged(concern, profile, hours, spoken));
  // A detail of the report the advice offers, given as if asked ("bathroom", "since this morning" to an only toilet overflowing): the
  // report, with those words. A caller's "since this morning" got the greeting, and no report was made (caller trial 31, C31-17).
  if (!outFirst && !lifeAtStake.has(kind ?? '') && concernOffersReport(concern) && !outsideNow.test(said) && reportDetail(said)) return { take: 'Report it' };
  // The fuse box with water about: the advice again with a caution first, never the power-cut article's "check the trip switches" (caller trial 19, C19-03).
  if ((kind === 'water-electrics' || kind === 'flooding') && touchesTheFuseBox.test(said)) {
    const again = adviceAgain(concern, profile, hours, spoken);
    return stay({ ...again, text: `${wetFuseBoxCaution} ${again.text}` });
  }
  // "So we don't need an ambulance then?" once they seem better: yes they do, never "if anyone is in danger" (caller trial 19, C18-09).
  if ((kind === 'danger-to-life' || kind === 'carbon-monoxide') && asksIfHelpStillNeeded.test(said)) return stay(helpStillNeeded(profile));
  // "I've rung 999, the ambulance is coming" to a collapse's advice: what to do while it comes, never an offer to log a repair (outside re-check 19, R19-12).
  if (kind === 'danger-to-life' && !concern.safeguarding && helpIsComing.test(said)) return stay(helpOnItsWay(profile, said, false, story));
  // A first-aid question straight after a danger to life's advice: its "do" or "don't" first ("i dont know the number for the
  // ambulance" got "OK", "I take him out?" after a child in a pond "Please don't wait": caller trial 23, C22-02 and C19-01).
  if (kind === 'danger-to-life' && firstAidFor(said, story)) {
    return stay(!concern.safeguarding && helpIsComing.test(story) ? helpOnItsWay(profile, said, false, story) : dangerNowReminder(concern, profile, said, story));
  }
  if (length <= takesOfferWordsAtMost && concern.safeguarding && worriesWhoKnows.test(said)) return stay(confidentialityReply(concern, profile, hours));
  if (length <= followUpWordsAtMost && batteryLow.test(said)) return stay(beforeTheBatteryGoes(concern, profile, hours));
  // "Where do I go?" with nowhere to sleep tonight: the line that finds somewhere, again (R31B-07: the domestic abuse housing article).
  if (kind === 'homeless-tonight' && length <= followUpWordsAtMost && whereToGo.test(said)) return stay(adviceAgain(concern, profile, hours, spoken));
  if (length > followUpWordsAtMost) return undefined;
  if (callingNowAnswered(concern) && (callingNow.test(said) || asksWhetherToCall.test(said))) return stay(goAndCall(profile, spoken, concern));
  if (worriesWhoKnows.test(said)) return stay(confidentialityReply(concern, profile, hours));
  if (asksWhatToDo.test(said) || (concern.emergency && gettingWorse.test(said)) || (kind !== undefined && getOutFirst.has(kind) && poisoningSigns.test(said))) return stay(adviceAgain(concern, profile, hours, spoken));
  const answer = parseYesNo(said);
  if (kind && outFirst && !asksForSomething.test(said)) {
    if (given.reportWhenOutside && (outsideNow.test(said) || (answer.ok && answer.value))) return { take: 'Report it' };
    if (outsideNow.test(said) || (given.askedOutside && answer.ok && answer.value)) return stay(adviceAcknowledged(concern, profile, hours), { ...given, outside: true });
    if (given.askedOutside && answer.ok && !answer.value) return stay(getOutNow(kind, profile));
    if ((answer.ok && answer.value) || onlyHeard.test(said)) return stay(askIfOutside(), { ...given, askedOutside: true });
    return undefined;
  }
  if (answer.ok && answer.value && given.offer && words(said).length <= offerAnswerWordsAtMost && !onlyHeard.test(said)) return { take: given.offer };
  if (asksForSomething.test(said)) return undefined;
  if (answersTheAdvice(said)) return stay(adviceAcknowledged(concern, profile, hours));
  return undefined;
}
