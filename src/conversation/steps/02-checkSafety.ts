import { noSentiment } from '../../sentiment/sentiment.js';
import { softKinds } from '../../triage/safety/emergencyRules.js';
import { withLlmReading } from '../../triage/safety/llmAddition.js';
import { getOutFirst, goingBackIn, switchOffAdvised } from '../../triage/safetyFollowUpReplies.js';
import { matterOf, sceneOf } from '../../triage/safetyReplies.js';
import { concernFor } from '../../triage/triage.js';
import { rememberForSafety, rememberSentiment, type ConversationMemory } from '../memory.js';
import { partReadNote } from '../phrases.js';
import { isConcern, raisedRecently } from '../safetyConcern.js';
import { asksToLogIt, outsideNow } from '../safetyFollowUp.js';
import { fumesTold, medicineOrPoisonTold } from '../hazardSigns.js';
import type { Step } from '../turn.js';

/** After a self-harm disclosure: pills taken ("it's too late, I've taken them", "swallowed half of them"), a sleep that will not lift, or the body giving way. */
const overdoseAfterDisclosure =
  /\b(?:taken|took|swallowed|had|necked) (?:already |about |nearly |almost |like |over )?(?:them|it|the lot|all of them|some of them|half(?: of)? them|a load|loads|most of them|the (?:tablets|pills)|my (?:tablets|pills))\b|\btoo late\b|\b(?:not|won'?t|can'?t|cannot) (?:wake|waking)\b|\bjust want to (?:go to )?sleep\b|\b(?:feel|feeling|getting|going|starting to feel) (?:really |so |very |a bit |quite )?(?:sleepy|drowsy|dizzy|woozy|sick|faint|numb|funny|weird|heavy)\b|\beyes (?:are |keep )?(?:going |getting |feel(?:ing)? )?(?:really |so |very )?(?:heavy|closing)\b|\b(?:been|being|keep) (?:sick|vomiting|throwing up)\b|\b(?:had|taken|took) too many\b|\bblurr?y\b|\bdrifting off\b|\b(?:hardly|barely|can'?t) (?:stay awake|keep my eyes open)\b|\bfuzzy\b|\bheart(?:'s| is)? (?:racing|pounding|thumping)\b|\b(?:tablets|pills|meds|it)(?:'s| is| are)? (?:doing something|kicking in|working)\b|\b(?:clammy|twitching|shaking|spinning|breathing(?:'s| is)? (?:slow|shallow|heavy))\b|\balready done it\b|\bdo i need an ambulance\b|\b(?:going|gone|went|goes) (?:all |a bit |really |very )?(?:dark|black|dim)\b|\b(?:going to|gonna|about to) (?:be sick|faint|pass out|throw up)\b|\bfaint\w*\b|\btingl\w*\b|\blike the clappers\b|\bheart(?:'s| is)? (?:going |beating )?(?:very |really |so )?(?:slow|fast|funny|weird)\b|\b(?:room|everything)(?:'s| is) (?:swimming|spinning)\b|\bsweat(?:y|ing)\b|\bcan'?t (?:breathe|catch my breath)\b|\b(?:queasy|nauseous|wheez\w*|dribbl\w*|gagg\w*|mumbl\w*|slurr\w*|drowsy|floppy|confused|peculiar|wobbly|sicky)\b|\b(?:lights?|everything|vision)(?:'s| is| are)? (?:\w+ ){0,2}(?:yellow\w*|green\w*|blurr\w*)\b|\bseeing (?:yellow|spots|double)\b|\bache (?:under|in) (?:my|his|her|their) (?:ribs|side|stomach|tummy|belly)\b|\bhurts? to swallow\b|\bthroat(?:'s| is)? (?:burning|on fire)\b|\bblood (?:in|on) (?:his|her|my|their|the) (?:sick|vomit|spit|mouth)\b|\b(?:brought|coughing|coughed|cough|bringing) up (?:\w+ )?blood\b|\bsomething with blood\b|\b(?:not|isn'?t|won'?t) (?:really )?(?:wake|waking)\b|\bnodd(?:ed|ing) off\b|\b(?:won'?t|not|doesn'?t) (?:open|opening) (?:his|her|their) eyes\b|\b(?:come|came|coming|gone|going) over (?:all )?(?:funny|peculiar|strange|queer|faint|dizzy|wobbly|weird)\b|\bfeel(?:s|ing)? (?:really |a bit |so |very )?(?:rough|awful|terrible|strange|odd|peculiar|wobbly)\b|\b(?:my |his |her )?eyes (?:are )?going\b|\btalk(?:s|ing)? (?:strange|funny|weird|nonsense|rubbish|gibberish)\b|\blike (?:he'?s |she'?s |he is |she is )?drunk\b|\b(?:want|wants) (?:to )?sleep\b|\bclose[sd]? (?:his|her|their|my) eyes\b|\b(?:go|going|have|having) (?:to |a )?(?:lie|lay) down\b/i;

/**
 * After gas or carbon monoxide advice: someone drowsy, confused, floppy, sick or unable to stand is
 * poisoned now (caller trials 12c and 13: the generic danger line, a menu, or a repair form for a
 * caller feeling woozy inside; re-trial 13b: talking gibberish, legs gone like jelly, falling against
 * the wall, a husband who cannot be woken). A headache alone stays with the advice (111).
 */
const poisonedAfterAdvice =
  /\b(?:drowsy|sleepy|dozy|groggy|dopey|woozy|foggy|floppy|confused|muddled|disoriented|disorientated|slurr\w*|not making sense|passed out|fainted|fainting|collapsed|unconscious|limp|pale|blue lips|(?:being|been|was) sick|throwing up|vomit\w*)\b|\bnodd(?:ing|ed) off\b|\b(?:not|isn'?t|won'?t) (?:really )?(?:wake|waking)(?: up)?(?: properly)?\b|\bmumbl\w*\b|\b(?:won'?t|not|doesn'?t) (?:open|opening) (?:his|her|their) eyes\b|\b(?:come|came|coming|gone|going) over (?:all )?(?:funny|peculiar|strange|queer|faint|dizzy|wobbly|weird)\b|\b(?:wobbly|sicky|peculiar)\b|\bseeing spots\b|\b(?:keeps?|keep on) (?:falling|dropping|drifting) (?:asleep|off)\b|\b(?:won'?t|can'?t|cannot|will not) (?:stay|keep) awake\b|\b(?:can'?t|cannot|barely|hardly|could not|couldn'?t) (?:stand|walk|talk|stay awake|keep (?:his|her|their|my) eyes open|stay on (?:his|her|their|my) feet|wake (?:him|her|them))\b|\bgibberish\b|\btalking (?:nonsense|rubbish|funny|strange)\b|\blegs (?:have |has |are |keep )?(?:gone|going|giving|feel(?:ing)?) (?:like jelly|to jelly|wobbly|weak|way)\b|\bkeeps? (?:falling|stumbling) (?:over|down|against|into)\b|(?<![\p{L}])(?:senn[aey]|zdezorientowan|nie (?:może|moze) (?:ustać|ustac|stać|stac|chodzić|chodzic|wstać|wstac)|wymiotuj|zemdla|zemdlał|zasypia|dobudzi|przewróci|przewroci)/iu;

/**
 * A house number and street said to a form in progress ("57 Mill Lane", "Flat 2, 14 Orchard Close"):
 * a new text for almost every resident, so the reading by example (the encoder and the example search
 * on a pool thread, about 6 ms of CPU) ran afresh on each; a third of a missed-bin form turn's CPU
 * went on it. Nothing but a number and a street's name and kind: no room for a concern in its words,
 * and the deterministic layers still read it.
 */
const addressLine =
  /^(?:flat \d+[a-z]?,? )?\d+[a-z]?,? (?:[a-z'-]+ ){1,3}(?:road|rd|lane|street|st|close|view|avenue|ave|drive|way|court|crescent|place|gardens|grove|terrace|hill|park|walk|row|square|green|rise|mews|parade|vale)$/i;

/** Emergencies in the fabric of a home, which matter less than a person in danger told of just before. */
const damageToTheHome: ReadonlySet<string> = new Set(['insecure-home', 'structural', 'flooding', 'sewage', 'water-electrics', 'electrical-hazard', 'power-loss', 'no-heat-vulnerable']);

/** Emergencies whose advice is to get out: being out afterwards is that advice followed. */
const leftTheDanger: ReadonlySet<string> = new Set(['gas', 'carbon-monoxide', 'fire', 'danger-to-life']);

/** Someone's life in danger, or abuse, is what the conversation is about. */
const personInDanger = (memory: ConversationMemory): boolean => memory.raisedConcern?.emergency === 'danger-to-life' || memory.raisedConcern?.safeguarding === 'domestic-abuse';

/**
 * 2. Safety first, on every message before anything else: the deterministic detectors on as much
 * of the message as they read and the last few before it (a concern told across messages), then
 * the second readings (a model's, and the nearest labelled examples'), which can only add. How the
 * message reads (sentiment) comes with it.
 */
export const checkSafety: Step = async (turn, next) => {
  const { memory, ports, message, bounded } = turn;
  if (memory.messagesSinceConcern !== undefined && turn.text) memory.messagesSinceConcern += 1;
  const offline = ports.assessSafety(bounded.checked, { recent: memory.residentMessages ?? [] });
  rememberForSafety(memory, bounded.checked);
  const [reading, byExample, sentiment] = await Promise.all([
    turn.text ? ports.readSafety?.(bounded.checked) : undefined,
    turn.text && !(memory.form && addressLine.test(bounded.checked.trim())) ? ports.readSafetyByExample?.(bounded.checked) : undefined,
    turn.text ? ports.sentiment.analyse(turn.text) : noSentiment,
  ]);
  turn.safety = withLlmReading(withLlmReading(offline, reading), byExample, 'example');
  turn.sentiment = sentiment;
  if (turn.text) rememberSentiment(memory, sentiment.score);
  // Pills taken, a sleep that will not lift or the body giving way is 999 now, whatever the form was asking (caller trial 11), after
  // suicidal thoughts told or only asked about ("the tablets are doing something to me" after the suicide question, whatever its
  // answer, caller trial 14, C1), with the self-harm flag; or after someone's danger to life ("I'm feeling a bit dizzy actually" in
  // the call back form, caller trial 15, C3) or medicine named in the messages before this one ("I don't know", then "everything's
  // going dark", caller re-trial 15b, C1).
  const selfHarmTold =
    memory.raisedConcern?.safeguarding === 'self-harm' || (memory.awaiting?.kind === 'safety-check' && memory.awaiting.check === 'self-harm') || (memory.safetyQuestionsAnswered ?? []).includes('self-harm');
  const earlier = (memory.residentMessages ?? []).slice(0, -1);
  const fumesEarlier = earlier.some((said) => fumesTold.test(said));
  const bodyAtRisk = memory.raisedConcern?.emergency === 'danger-to-life' || memory.signsTold === 'swallowed' || earlier.some((said) => medicineOrPoisonTold.test(said));
  if ((selfHarmTold || bodyAtRisk) && turn.safety.emergency !== 'danger-to-life' && overdoseAfterDisclosure.test(bounded.checked)) {
    turn.safety = {
      ...turn.safety,
      ...(selfHarmTold && { safeguarding: 'self-harm' as const }),
      emergency: turn.safety.emergency ?? 'danger-to-life',
      evidence: [...turn.safety.evidence, selfHarmTold ? 'context.overdose-after-disclosure' : 'context.body-giving-way'],
    };
  }
  const earlierEmergency = memory.raisedConcern?.emergency;
  if (earlierEmergency && getOutFirst.has(earlierEmergency) && turn.safety.emergency !== 'danger-to-life' && poisonedAfterAdvice.test(bounded.checked)) {
    turn.safety = { ...turn.safety, emergency: 'danger-to-life', evidence: [...turn.safety.evidence, 'context.poisoned-after-advice'] };
  } else if (!turn.safety.emergency && (memory.signsTold === 'fumes' || fumesEarlier) && poisonedAfterAdvice.test(bounded.checked)) {
    // A flame the wrong colour or an alarm by the boiler told earlier, the danger question answered no, and now "I've come over all
    // peculiar" or "she's not really waking up properly": carbon monoxide's advice, with its 999 (caller trial 16, C3: form questions).
    turn.safety = { ...turn.safety, emergency: 'carbon-monoxide', evidence: [...turn.safety.evidence, 'context.fumes-then-symptoms'] };
  }
  // A home's damage told while someone's life is in danger ("he's broken the lock" while a man with a knife is at her door) is
  // that danger told again, answered as it (step 9), never an emergency repair's advice and form (caller trial 18, H18-04).
  if (turn.safety.emergency && damageToTheHome.has(turn.safety.emergency) && !turn.safety.safeguarding && personInDanger(memory) && raisedRecently(memory)) {
    turn.safety = { ...turn.safety, emergency: null, evidence: [...turn.safety.evidence, 'context.person-in-danger'] };
  }
  // Out of the house after gas, fumes, a fire or a collapse ("we're out in the car now", "we're all out on the street, me and the
  // kids") is the advice followed, never homelessness tonight (caller trial 19, H19-01 and C18-09), nor a child put out, read
  // only from the son told of in the alarm's message (caller trial 23, C22-04: the homelessness line and children's social care).
  const readFromTheStreetAlone = turn.safety.evidence.every((id) => id.startsWith('homeless.') || id.startsWith('context.'));
  if (turn.safety.emergency === 'homeless-tonight' && (!turn.safety.safeguarding || readFromTheStreetAlone) && leftTheDanger.has(earlierEmergency ?? '') && raisedRecently(memory) && outsideNow.test(bounded.checked)) {
    turn.safety = { ...turn.safety, emergency: null, safeguarding: null, evidence: [...turn.safety.evidence, 'context.got-out'] };
  }
  // Damp or mould harming someone's health, told while the damp report is being taken, is that report's to hear (its notice gives
  // 999, the GP or 111, and raises the case to an emergency hazard): the emergency reply stopped the report, and "Report it" then
  // started a repair's questions, then the damp report again from the start (caller re-check 31b, R31B-09).
  if (turn.safety.emergency === 'damp-health' && !turn.safety.safeguarding && memory.form?.form === 'report-damp-mould') {
    turn.safety = { ...turn.safety, emergency: null, evidence: [...turn.safety.evidence, 'context.in-damp-report'] };
  }
  // "Ok the electrics are off now" after water through a light fitting is the advice followed, not a second emergency
  // with a power cut's advice (caller trial 30, C30-01: the damp told next was then asked for again).
  if (turn.safety.emergency === 'power-loss' && !turn.safety.safeguarding && switchOffAdvised.has(earlierEmergency ?? '') && raisedRecently(memory)) {
    turn.safety = { ...turn.safety, emergency: null, evidence: [...turn.safety.evidence, 'context.switched-off'] };
  }
  // Asking to go back in for something, once out of gas, fumes or a fire, is that danger's question (answered "no" after the
  // safety advice), never a safety question of its own: "can I nip back in and get my insulin" was asked about suicide (caller re-check 23b, N23B-1).
  if (!turn.safety.emergency && !turn.safety.safeguarding && turn.safety.safetyCheck && leftTheDanger.has(earlierEmergency ?? '') && raisedRecently(memory) && goingBackIn.test(bounded.checked)) {
    turn.safety = { ...turn.safety, safetyCheck: null, evidence: [...turn.safety.evidence, 'context.going-back-in'] };
  }
  // A disclosure read only from the story so far, while one is live, is that worry told again, for its follow-ups to answer: "I don't
  // want the police involved, mum would be mortified" after a carer taking money was given the domestic abuse reply (caller re-check 31b).
  const storyOnly = turn.safety.evidence.length > 0 && turn.safety.evidence.every((id) => id.startsWith('context.'));
  if (turn.safety.safeguarding && !turn.safety.emergency && storyOnly && memory.raisedConcern?.safeguarding && raisedRecently(memory)) {
    turn.safety = { ...turn.safety, safeguarding: null, evidence: [...turn.safety.evidence, 'context.same-worry'] };
  }
  const { emergency, safeguarding } = turn.safety;
  // The same slower emergency told again straight after its advice ("he's not struggling to breathe, I
  // just want the mould sorted") is answered as a message, not advised twice; the conversation keeps its
  // priority. Gas, carbon monoxide, fire and the rest are advised again: "the kids are dizzy now" is worse.
  // Any emergency read only from the conversation so far, in a message asking for it to be logged ("get that written up
  // so somebody sorts the boiler" after a carbon monoxide alarm), is that request, not the emergency again (caller re-trial 13b, H1).
  const sameAdviceAgain = emergency && !safeguarding && memory.awaiting?.kind === 'safety-advice' && memory.raisedConcern?.emergency === emergency && !memory.raisedConcern.safeguarding;
  const adviceRepeats =
    sameAdviceAgain && (softKinds.has(emergency) || (turn.safety.evidence.every((id) => id.startsWith('context.')) && asksToLogIt.test(bounded.checked)));
  if (adviceRepeats) turn.safety = { ...turn.safety, emergency: null };
  else if (isConcern(turn.safety)) {
    // A disclosure read now in a danger to life told just before ("he's broken the lock" after "her husband has got a knife")
    // is that danger still: the concern keeps its 999, never only the disclosure's advice.
    const dangerGoesOn = !emergency && safeguarding && memory.raisedConcern?.emergency === 'danger-to-life' && raisedRecently(memory);
    memory.priority = safeguarding ? 'safeguarding' : 'emergency';
    memory.messagesSinceConcern = 0;
    // "The baby's gone floppy and won't wake" after the gas advice: 999, and the gas advice again, not 999 alone (caller trial 12);
    // after a heater, a stove or a flame told earlier and no concern raised, 999 and the carbon monoxide advice (caller trial 17, P1).
    if (emergency === 'danger-to-life' && !safeguarding && !memory.raisedConcern && fumesEarlier) memory.raisedConcern = { emergency: 'carbon-monoxide' };
    const earlier = memory.raisedConcern?.emergency;
    if (emergency === 'danger-to-life' && !safeguarding && earlier && getOutFirst.has(earlier) && !memory.raisedConcern?.safeguarding) turn.worseAfterAdvice = earlier;
    else {
      const about = safeguarding ? concernFor(bounded.checked, turn.safety, memory.residentMessages) : undefined;
      const matter = safeguarding ? matterOf(turn.safety.evidence) : undefined;
      // The same emergency told again keeps where it happens until a message tells another scene.
      const scene = emergency && memory.raisedConcern?.emergency === emergency ? memory.raisedConcern.scene : undefined;
      const kind = emergency ?? (dangerGoesOn ? 'danger-to-life' : undefined);
      memory.raisedConcern = { ...(kind && { emergency: kind }), ...(safeguarding && { safeguarding }), ...(about && { about }), ...(scene && { scene }), ...(matter && { matter }) };
    }
    ports.telemetry.record({ name: 'safety', conversationId: message.conversationId, channel: message.channel, ...(emergency && { emergency }), ...(safeguarding && { safeguarding }) });
  }
  // Where the emergency happens, told with it or after its advice ("we can't get out, the stairs are full of smoke"): what
  // to do there from now on (caller trial 17, P3).
  const concern = memory.raisedConcern;
  const scene = concern && sceneOf(bounded.checked, concern.emergency);
  if (concern && scene) concern.scene = scene;
  // Before the reply, so the reply's buttons stay the last thing on screen.
  if (bounded.unread !== 'none') await turn.out.say({ text: partReadNote(bounded.unread) });
  await next();
};
