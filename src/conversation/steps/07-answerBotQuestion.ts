import { parseYesNo } from '../../serviceRequests/slots/yesNo.js';
import { emergencyReply, lostTold, missingTold, offersReport, safeguardingReply, safetyAnsweredNo, safetyAnsweredNoForSomeoneElse, sceneOf, signsStillMatter } from '../../triage/safetyReplies.js';
import { safetyChoicesFor } from '../../triage/triage.js';
import { answerAwaited } from '../followUps.js';
import { fumesTold, medicineOrPoisonTold } from '../hazardSigns.js';
import { closeConversation } from '../goodbye.js';
import { startHandoff } from '../handoffStart.js';
import { endsConversation, leavingNow, offerDeclined } from '../phrases.js';
import { followUpToSafetyAdvice, resolvedToAct } from '../safetyFollowUp.js';
import { ambulanceWhateverTheySay, in999PlainWords, missingPersonNow } from '../../triage/safetyFollowUpReplies.js';
import { hoursNow } from '../safetyConcern.js';
import { storySoFar } from '../memory.js';
import type { Step, Turn } from '../turn.js';

/**
 * 7. An answer to the bot's own question outside a form. The safety question: yes → the safety
 * reply and a person with priority; no → noted for the advisor and on with what was asked. "Was
 * this helpful?" and the rating are recorded. An offer ("I can ask someone to call you back") is
 * taken by "yes please" as if its button were picked, and declined by "no thanks". Anything else
 * is a new message and goes on.
 */
export const answerBotQuestion: Step = async (turn, next) => {
  const { memory } = turn;
  const awaiting = memory.awaiting;
  if (!awaiting) return next();
  memory.awaiting = undefined;
  if (awaiting.kind === 'safety-check') return (await safetyAnswer(turn, awaiting)) ? undefined : next();
  if (awaiting.kind === 'offer') return (await offerAnswer(turn, awaiting.choice)) ? undefined : next();
  if (awaiting.kind === 'safety-advice') {
    turn.afterSafetyAdvice = true;
    // An answer to the advice gets its next steps here; "yes" takes what it offered; anything else is a new message.
    const followUp = followUpToSafetyAdvice(turn.text, awaiting, memory.raisedConcern ?? {}, turn.ports.profile, hoursNow(turn), turn.message.spoken === true, storySoFar(memory, turn.text));
    if (followUp && 'take' in followUp) [turn.tookOfferWith, turn.text] = [turn.text, followUp.take];
    if (!followUp || 'take' in followUp) return next();
    memory.awaiting = followUp.awaiting;
    await turn.out.say(followUp.say);
    turn.outcome = { route: 'safety', topic: memory.lastTopic ?? 'contact-human' };
    return;
  }
  if (awaiting.kind === 'anything-else') {
    // "No" (or "no thanks, that's everything") to "anything else?": the resident is done; anything else is a new message.
    if (!declines(turn.text)) return next();
    await closeConversation(turn);
    turn.outcome = { route: 'smalltalk', topic: memory.lastTopic ?? 'contact-human' };
    return;
  }
  if (awaiting.kind === 'satisfaction' && declines(turn.text)) {
    // "No" to the rating: the resident is going, and a call ends (it was asked again, then offered a call back).
    await turn.out.say(leavingNow);
    turn.outcome = { route: 'feedback', topic: memory.lastTopic ?? 'contact-human' };
    return;
  }
  const followUp = answerAwaited(turn.text, awaiting);
  if (!followUp) return next();
  const { ports, message, out } = turn;
  const ids = { conversationId: message.conversationId, channel: message.channel };
  ports.telemetry.record({ ...ids, ...followUp.event });
  if (followUp.event.name === 'feedback' && followUp.event.helpful) ports.telemetry.record({ name: 'resolved', ...ids });
  if (followUp.event.name === 'feedback' && !followUp.event.helpful) memory.lowConfidenceTurns += 1;
  if (followUp.event.name === 'csat') memory.rated = true;
  await out.say(followUp.reply);
  turn.outcome = { route: 'feedback', topic: memory.lastTopic ?? 'contact-human' };
};

/** True when the answer was a yes (handled here); a no or no clear answer goes on with the message the question held back. */
async function safetyAnswer(turn: Turn, awaiting: { check: 'danger' | 'self-harm'; text: string }): Promise<boolean> {
  const { memory, ports, out } = turn;
  // "No, it's my son I'm worried about" to the suicide question: the danger is someone else's, a danger question's yes.
  const forSomeoneElse = someoneElseInDanger.test(turn.text);
  const selfHarm = awaiting.check === 'self-harm' && !forSomeoneElse;
  const saidNo = plainNo(turn.text);
  const stillAtRisk = forSomeoneElse || (selfHarm && (wantsItToStop.test(turn.text) || yesInOtherWords.test(turn.text) || !saidNo));
  if (awaiting.check === 'danger' && cannotFollow.test(turn.text)) {
    // 999 in the fewest words, and that the call handler finds an interpreter: the question is not asked again in English.
    memory.raisedConcern ??= { emergency: 'danger-to-life' };
    memory.messagesSinceConcern = 0;
    memory.detailsCollected = [...memory.detailsCollected, { label: 'Safety question', value: 'Asked whether anyone is in danger: did not follow the question (language)' }];
    await out.say(in999PlainWords(ports.profile));
    turn.outcome = { route: 'safety', topic: memory.lastTopic ?? 'contact-human' };
    return true;
  }
  // "I don't know" is no answer, never a no (outside re-check 24c, R24c-H1: read as one, the held-back worry went to an article).
  const answer = answersForm(turn) ? unclear : stillAtRisk ? saysYes : doesNotKnow.test(turn.text) ? unclear : saidNo ? saysNo : parseYesNo(turn.text);
  // The advisor reads what was asked, and a yes for someone else as that.
  const question = awaiting.check === 'self-harm' ? 'Asked whether they are thinking of ending their life' : 'Asked whether anyone is in danger, them or anyone they told of';
  // Neither yes nor no, but the message held back and its answer read together are a danger to life: "I don't know where I am",
  // then "it's very cold and there's nobody about" (outside re-check 24b, N24-C5: the repairs article, then council tax). Lost and
  // unsure whether they are in danger is reason enough: "I don't know, I just want to get home" got the heating article (re-check 24c).
  const readTogether = !answer.ok && !selfHarm && (lostTold.test(awaiting.text) || ports.assessSafety(`${awaiting.text}\n${turn.text}`).emergency === 'danger-to-life');
  if ((answer.ok && answer.value) || readTogether) {
    memory.priority = selfHarm ? 'safeguarding' : 'emergency';
    // Where it happens, from the message asked about and the answer: "yes! he's gone under the ice" (caller re-trial 17b, P4: no fire service, nothing that floats).
    const scene = selfHarm ? undefined : sceneOf(`${awaiting.text}\n${turn.text}`, 'danger-to-life');
    memory.raisedConcern = selfHarm ? { safeguarding: 'self-harm' } : { emergency: 'danger-to-life', ...(scene && { scene }) };
    memory.messagesSinceConcern = 0;
    memory.detailsCollected = [...memory.detailsCollected, { label: 'Safety question', value: `${question}: ${forSomeoneElse ? 'yes, for someone else' : readTogether ? 'no clear answer, and danger to life with what they said before' : 'yes'}` }];
    const hours = hoursNow(turn);
    await out.say({
      text: selfHarm ? safeguardingReply('self-harm', ports.profile, hours) : emergencyReply('danger-to-life', ports.profile, 'report', hours, false, offersReport('danger-to-life', null, awaiting.text), scene),
      urgent: selfHarm ? 'safeguarding' : 'emergency',
      ...(selfHarm && hours !== 'open' && { choices: safetyChoicesFor('closed', false) }),
    });
    const topic = memory.lastTopic ?? 'contact-human';
    turn.outcome = { route: 'safety', topic };
    // A person with priority; out of hours the handoff gives the out-of-hours line and a call back instead.
    if (hours === 'open' || !selfHarm) await startHandoff(turn, selfHarm ? 'safeguarding' : 'emergency', topic);
    return true;
  }
  memory.detailsCollected = [...memory.detailsCollected, { label: 'Safety question', value: `${question}: ${answer.ok ? 'no' : 'no clear answer'}` }];
  memory.safetyQuestionsAnswered = [...new Set([...(memory.safetyQuestionsAnswered ?? []), awaiting.check])];
  // Something swallowed or burning wrong, held back by the question: what to do anyway, then on with what was asked.
  // A parent asked the suicide question about a child's tablets, or a man about the barbecue he brought in to keep warm, who says no, needs it as much.
  const sign = medicineOrPoisonTold.test(awaiting.text) ? 'swallowed' : fumesTold.test(awaiting.text) ? 'fumes' : undefined;
  // Drowsy already after something swallowed: an ambulance now, not 111 (outside re-check 24b, R24-C3: "nodding off", then "hard to say").
  if (sign === 'swallowed' && drowsyNow.test(`${awaiting.text}\n${turn.text}`)) {
    memory.raisedConcern = { emergency: 'danger-to-life' };
    memory.messagesSinceConcern = 0;
    await out.say(ambulanceWhateverTheySay(ports.profile, turn.text, storySoFar(memory, turn.text)));
    turn.outcome = { route: 'safety', topic: memory.lastTopic ?? 'contact-human' };
    return true;
  }
  if (sign) {
    memory.signsTold = sign;
    await out.say({ text: signsStillMatter(sign, ports.profile), urgent: 'emergency' });
    turn.text = answer.ok ? awaiting.text : `${awaiting.text}\n${turn.text}`;
    turn.safety = { ...turn.safety, safetyCheck: null };
    return false;
  }
  // A bare "no", or an answer that is neither yes nor no ("he says not, he's just stuck"), about someone else held back by
  // the question: what to do for them, not an article or a menu (caller trials 13 and 14). "No, it's next door's music" is a no.
  // Only a plain no is a no about them: "I don't know, he says his hip hurts, should I lift him?" was taken as one and the
  // repair form went on (caller trial 15, C1). The form's question follows, as the resident was in the middle of it.
  const bareNo = answer.ok && turn.text.split(/\s+/).length <= bareNoWordsAtMost;
  if (awaiting.check === 'danger' && namesAPerson.test(awaiting.text) && !answersForm(turn) && (bareNo || !saidNo)) {
    // Their body's signs told, or brushed aside in the answer ("he says it's indigestion"): an ambulance now, not a welfare
    // check by the police (caller trial 24, N24-C2 and N24-C3: chest pain and an overdose were sent to 101).
    // A bare "no" to a worry told of someone taken ill now is "not me" (caller trial 12c), and an ambulance still (outside re-check
    // 24c, R24c-H2); to a long-standing one (asthma the mould makes worse) it is a no.
    const ambulance = brushedAside.test(turn.text) || (bareNo ? acuteTold.test(awaiting.text) : bodyTold.test(`${awaiting.text}\n${turn.text}`));
    // Someone missing who cannot look after themselves: the police look for them now (outside re-check 24b, R24-H2: the 101 line).
    const missing = !ambulance && missingTold.test(awaiting.text);
    await out.say(ambulance ? ambulanceWhateverTheySay(ports.profile, turn.text, storySoFar(memory, turn.text)) : missing ? missingPersonNow(ports.profile) : { text: safetyAnsweredNoForSomeoneElse(ports.profile), urgent: 'emergency' });
    // Someone else may be in danger now: what follows is read as about them for a few messages.
    memory.raisedConcern ??= { emergency: 'danger-to-life' };
    memory.messagesSinceConcern = 0;
    if (memory.form) await out.say(ports.forms.question(memory.form));
    turn.outcome = { route: 'safety', topic: memory.lastTopic ?? 'contact-human' };
    return true;
  }
  // "No": on with what they asked, as if the question had not been needed.
  if (answer.ok) {
    await out.say({ text: safetyAnsweredNo });
    turn.text = awaiting.text;
    turn.safety = { ...turn.safety, safetyCheck: null };
  } else {
    // What the question held back is read with this answer: in a form neither is asked for again, and
    // outside one "not this second, he's at his mate's" means nothing alone (caller re-trial 13b, C8: a menu).
    turn.text = `${awaiting.text}\n${turn.text}`;
  }
  return false;
}

const unclear = { ok: false } as const;
const saysYes = { ok: true, value: true } as const;
const saysNo = { ok: true, value: false } as const;
/**
 * "No, I just want to knock myself out" to "are you thinking about ending your life?": a no that
 * goes on to want the pain, or waking, to stop is not a no (caller trials 12 and 12b: the
 * homelessness article, or a bare 999, after a planned overdose).
 */
const wantsItToStop =
  /\bjust (?:want|wanted|need|needed) (?:to )?(?:sleep|go to sleep|knock myself out|stop (?:the|this|all the) pain|not (?:to )?wake(?: up)?|it (?:all )?to (?:stop|end)|(?:to )?disappear|to be gone|some peace|everything to stop)\b|\b(?:don'?t|do not) want to wake up\b/i;
/**
 * "Sometimes, yeah", "on and off", or a no that says the thinking is over ("no… I've made my mind
 * up", "no, I'm past thinking about it") to "are you thinking about ending your life?": a yes. Taken
 * as a no, a caller who had counted out tablets heard the gas article (caller re-trial 13b, C2 and C3).
 */
const yesInOtherWords = new RegExp(
  `^(?:\\W*(?:yeah|yes|well|erm|um|i mean|i do|i guess)\\W*)*(?:sometimes|at times|on and off|off and on|now and (?:then|again)|a bit|a little|kind of|kinda|sort of|maybe|more and more|most days|every day|all the time|a lot|lately|recently)\\b|${resolvedToAct.source}`,
  'i',
);
/** "No", "no I'm alright", "2": a no that says nothing of whom it is about. */
const bareNoWordsAtMost = 3;
/**
 * A no to a safety question that is only a no: "no", "not at all", "no, I'm alright, I just need the
 * housing team". Anything else is taken as a yes, and the help given: "I suppose I am, a bit", "it's
 * crossed my mind", "I was, earlier", "no, I'm done with thinking, it's sorted", "not till Saturday"
 * were each taken as a no or as nothing, and the form or an article went on (caller trial 14, C2 and
 * C3); so were "not really", "not today anyway" and "why do you ask, I'm just moving on" (caller trial
 * 15, C6). The help is kind to someone who meant no; silence to someone who meant yes is the worst
 * thing this assistant can do.
 */
const plainNo = (text: string): boolean => {
  const said = text.trim().toLowerCase().replace(/’/g, "'");
  // "Good heavens, no. I meant a computer tablet" (caller trial 16: a widow's no, read as not one, got the self-harm reply twice).
  return /^(?:(?:good heavens|heavens|goodness|good grief|gosh|oh|oh god|lord|dear me|blimey|crikey|christ)\W+)?(?:no|nope|nah|no thanks?|no thank you|not at all|definitely not|absolutely not|certainly not|of course not|god no|no no|never|2)\b/.test(said) && !hedged.test(said);
};
/** Words that make a no something else: a but, a doubt, a time, a plan made, a feeling that has not gone, a question back. */
const hedged =
  /\b(?:but|though|sometimes|maybe|perhaps|really|suppose|a bit|kind of|sort of|earlier|used to|was|were|thinking|decided|plan\w*|sorted|worked out|all set|ready|organi[sz]ed|arranged|affairs|letters?|goodbyes?|done|point|any ?more|can'?t|cannot|couldn'?t|stand|cope|tired|alone|scared|today|tonight|tomorrow|weekend|now|moment|minute|anyway|till|until|later|yet|mind|over|enough|want(?:ed)? to (?:die|sleep|go)|wake|end|gone|already|taken|took|swallowed|know|dunno|sure|why|moving on|matter|hurt\w*|pain|floor|breathing|bleeding|blood|fallen|fell|hospital|ambulance)\b|\?/;
const person = String.raw`(?:him|her|them|he|she|they|(?:my|our|the|his|her) (?:\w+ )?(?:mum|dad|nan|gran|grandad|grandma|neighbour|son|daughter|child|baby|husband|wife|partner|friend|brother|sister|mother|father|flatmate|man|woman|lady|boy|girl|kid|uncle|aunt|auntie|cousin|nephew|niece|grandson|granddaughter|grandpa|granny)s?|next door)`;
/**
 * "No, not me, it's him that needs help" to "is anyone in danger right now?": the danger
 * is someone else's, which is a yes. Taken as a no, a neighbour heard calling for help got the gas
 * article and another the mediation one (caller trial 12).
 */
const someoneElseInDanger = new RegExp(
  String.raw`\bnot (?:me|us|for me)\b[^.?!]*\b${person}\b|\b(?:it'?s|its) ${person}\b(?!'?s? (?:noise|music|dogs?|cars?|rubbish|bins?|party|tree|fence|wall|kids))|\b(?:he|she|they)(?:'?s| is| are|'?re| has| have) (?:the one|hurt|injured|in danger|not ok(?:ay)?|unwell|ill|bleeding|not answering|not moving|fallen|collapsed)\b`,
  'i',
);
/** Signs in someone's body: what an ambulance is for, where a welfare check by the police is not enough. */
const bodyTold =
  /\b(?:pains?|hurt\w*|aches?|aching|fell|fallen|fall|collapsed|breath\w*|sleepy|drowsy|confused|grey|gray|pale|sweat\w*|clammy|bleed\w*|blood|temperature|fever\w*|rash|floppy|sick|vomit\w*|unwell|poorly|ill|dizzy|faint\w*|fits?|fitting|seizures?|chok\w*|blue|off colou?r|not (?:eating|drinking)|wake|tablets?|pills?|shak\w*|racing|heart|taken something|took something|drugs?)\b/i;
/** Taken ill now: collapsed, fallen, drowsy, not breathing properly, bleeding, a grey colour, chest pain, a fit. */
const acuteTold =
  /\b(?:collapsed|fallen|fell|unconscious|not breathing|struggling to breathe|can'?t breathe|sleepy|drowsy|floppy|bleeding|blue|grey|gray|chest pains?|pain in (?:his|her|their|my) chest|fits?|fitting|seizures?|unwell|poorly)\b/i;
/**
 * Not following the question, or the language: "no english sorry", "what", "english no good". Taken as a no, a husband telling of
 * labour in a few English words got the heating article (caller trial 25, C25-13).
 */
const cannotFollow = /^\W*(?:what|wot|sorry|pardon|huh|eh|que|co|ce)\W*$|\b(?:no|not|little|small|bad|poor) english\b|\benglish (?:no|not|little|bad|poor)\b|\b(?:don'?t|do not|dont|no|not) (?:speak|understand)\b/i;
/** Not knowing: "I don't know", "dunno", "not sure", "hard to say". */
const doesNotKnow = /\b(?:don'?t|do not|dont) know\b|\bdunno\b|\bnot sure\b|\bno idea\b|\bcan'?t (?:tell|say)\b|\bhard to (?:say|tell)\b/i;
/** Drowsy now: after something swallowed, a sign for an ambulance. */
const drowsyNow = /\b(?:nodding off|dozy|drows\w*|sleepy|hard to wake|won'?t wake|can'?t wake|out of it|not making sense|slurr\w*|floppy|passed out|unconscious)\b/i;
/** The answer brushes the signs aside: "he says it's nothing", "she told me not to ring anyone", "she doesn't want a fuss". */
const brushedAside =
  /\bsays? (?:(?:he|she|they)(?:'s| is| are|'re)? )?(?:fine|ok(?:ay)?|alright|all right|nothing|it(?:'s| is) (?:nothing|just|only|fine|indigestion))\b|\b(?:make|want|making) (?:a |any )?fuss\b|\b(?:told|tells|telling|asked) me not to (?:call|ring|phone|tell)\b|\bmustn'?t (?:call|ring|phone|tell)\b|\b(?:doesn'?t|does not|don'?t|do not) want (?:an? |the )?(?:ambulance|doctor|hospital|me to (?:call|ring|phone))\b|\bwon'?t let me (?:call|ring|phone)\b|\b(?:just|only) wants? to (?:sleep|lie down|go to bed)\b/i;
/** Someone other than the resident, in the message the danger question held back. */
const namesAPerson = new RegExp(String.raw`\b${person}\b`, 'i');
/** Words that keep a yes about danger a yes, whatever else the message says: danger itself, or anyone who could be in it. */
const aboutDanger =
  /\b(danger|dangerous|hurt|harm|unsafe|safe|scared|afraid|frightened|threat\w*|emergency|help|police|ambulance|999|nine nine nine|he|she|they|him|her|them|we|us|someone|somebody|son|daughter|child|children|kids?|baby|partner|husband|wife|boyfriend|girlfriend|ex|mum|dad|brother|sister)\b/i;

/**
 * "Yeah I rent from the council" to "are you in danger?" answers the form's question the resident
 * had been asked before it (a caller was put through as an emergency for it): a longer message that
 * gives the form a detail, and says nothing of danger or of anyone but the speaker, is not a yes.
 */
function answersForm({ memory, ports, text }: Turn): boolean {
  if (!memory.form || text.split(/\s+/).length <= offerAnswerWordsAtMost || aboutDanger.test(text)) return false;
  return ports.forms.givesDetails(memory.form, text);
}

/** A short "no", "no thanks", "no, bye" to the rating question or "anything else?". */
function declines(text: string): boolean {
  if (endsConversation(text)) return true;
  if (text.split(/\s+/).length > offerAnswerWordsAtMost) return false;
  const answer = parseYesNo(text);
  return answer.ok && !answer.value;
}

/** Longer than this, a message that starts "no" or "yes" says something else too ("no, my bin wasn't collected"). */
const offerAnswerWordsAtMost = 4;

/** "Yes please" takes the offer as its button (the message becomes the choice); "no thanks" is answered here. */
async function offerAnswer(turn: Turn, choice: string): Promise<boolean> {
  if (turn.text.split(/\s+/).length > offerAnswerWordsAtMost) return false;
  const answer = parseYesNo(turn.text);
  if (!answer.ok) return false;
  if (answer.value) {
    turn.text = choice;
    return false;
  }
  await turn.out.say(offerDeclined);
  turn.outcome = { route: 'feedback', topic: turn.memory.lastTopic ?? 'contact-human' };
  return true;
}
