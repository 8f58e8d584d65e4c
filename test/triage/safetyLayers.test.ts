import { describe, expect, it } from 'vitest';
import type { SafetyClassifier } from '../../src/triage/safety/classifierModel.js';
import { assessSafety, createSafetyAssessor } from '../../src/triage/safety.js';

/**
 * Layers (b) and (c) of safety triage, and the grey zone between a flag and nothing. Every message
 * here was written for this table from the safeguarding categories (Care Act 2014 types, children's
 * safeguarding, suicide and self-harm signals, welfare concerns, the taxonomy's emergencies); none
 * is taken from the dev set or the corpus.
 */

/** Concept combinations that flag: the risk is described by its parts, never named. */
const combinationFlags: [string, { emergency?: string; safeguarding?: string }][] = [
  // Suicide and self-harm: means with finality, farewells with hopelessness, injury described.
  ['I have got enough paracetamol saved up now and I have written a letter to my son', { safeguarding: 'self-harm' }],
  ['they will all be better off without me, I have stopped caring about anything, it is hopeless', { safeguarding: 'self-harm' }],
  ['sometimes I burn my arms with a cigarette when it gets too much', { safeguarding: 'self-harm' }],
  // Welfare: a vulnerable person, not seen, a span of time.
  ['the old gentleman at number 4 has not been seen for five days and his curtains are still shut', { safeguarding: 'adult-at-risk' }],
  ['Mój sąsiad, starszy pan, nie odpowiada od 4 dni, nikt go nie widział', { safeguarding: 'adult-at-risk' }],
  // Financial and material abuse; modern slavery.
  ["my grandad has dementia and his lodger keeps taking his pension, he never sees a penny of it", { safeguarding: 'adult-at-risk' }],
  ['the boss took our passports when we arrived and we work every day for nothing, he says we owe him for the rent', { safeguarding: 'adult-at-risk' }],
  // Domestic abuse told by what is done.
  ['can the plumber come in the day, my husband grabbed me by the throat last week and he is home in the evenings', { safeguarding: 'domestic-abuse' }],
  ['my wife checks my phone every night and controls my money, I have to ask her for bus fare', { safeguarding: 'domestic-abuse' }],
  // Children.
  ['the toddler upstairs is left on his own every night till 2am, I hear him crying', { safeguarding: 'child-at-risk' }],
  ['the two kids next door were going through our bins for food again this morning', { safeguarding: 'child-at-risk' }],
  // Immediacy by circumstance.
  ['the landlord changed the locks today and me and my children have nowhere to sleep tonight', { emergency: 'homeless-tonight' }],
  ['my neighbour is outside my door waving a knife and shouting', { emergency: 'danger-to-life' }],
  ['got an electric shock off the washing machine just now, my hand is still tingling', { emergency: 'electrical-hazard' }],
  ['the workmen drilled into the asbestos ceiling tiles and there is dust everywhere in the kids room', { emergency: 'danger-to-life' }],
  ['the black mould is so bad my son is wheezing and struggling to breathe tonight', { emergency: 'damp-health' }],
  ['the white alarm by the boiler keeps beeping and we all have headaches and feel dizzy', { emergency: 'carbon-monoxide' }],
  ['someone kicked the front door in last night and it will not lock now', { emergency: 'insecure-home' }],
  ['the power is off in the whole flat and my dad is on an oxygen machine', { emergency: 'power-loss' }],
  ['the bedroom ceiling is sagging in the middle and lumps of plaster keep landing on the bed', { emergency: 'structural' }],
  ['the socket behind the fridge is crackling and the plate is hot to touch', { emergency: 'electrical-hazard' }],
  ['one of the hob rings is hissing and there is no flame on it', { emergency: 'gas' }],
  ['the back door key snapped in the lock and it will not shut, and it is getting late', { emergency: 'insecure-home' }],
  ['the hospital is sending me home this afternoon and I have no address to go to', { emergency: 'homeless-tonight' }],
  // Modern slavery told by its parts: papers held, a debt for the journey.
  ['the lads at the car valeting place say the boss holds their passports and they are paying off a debt for their journey', { safeguarding: 'adult-at-risk' }],
  // Round 11: told by what is seen rather than named.
  ['the old lady at number 9 has had her lights on day and night since friday and her post is piling up', { safeguarding: 'adult-at-risk' }],
  ['my ex has broken my jaw before and now he sits outside the garages waiting for me', { safeguarding: 'domestic-abuse' }],
  ['my husband put his fist through the bedroom door last night, can someone fix the door', { safeguarding: 'domestic-abuse' }],
  ['the back bedroom ceiling is bowing and dripping after the leak upstairs', { emergency: 'structural' }],
  ['the drains are blocked and dirty water with toilet paper is coming up through the shower tray', { emergency: 'sewage' }],
  ['still no heating after four days, my nan is 88 and she is sitting in her coat indoors', { emergency: 'no-heat-vulnerable' }],
  // Caller trial 11: English as a second language.
  ['heating no working, baby is small, very cold', { emergency: 'no-heat-vulnerable' }],
  // Caller trial 11, F2: the age in words, as a caller says it.
  ["it's about my mother, she's ninety one and her radiators are stone cold, the boiler's not working since yesterday", { emergency: 'no-heat-vulnerable' }],
  // Caller trial 12: the age in words before the person.
  ['the radiators have been stone cold since Friday and my seventy nine year old dad lives with us', { emergency: 'no-heat-vulnerable' }],
  // Caller re-trial 12b: the alarm called by any name.
  ['the carbon monoxide gadget in the hall is beeping like mad', { emergency: 'carbon-monoxide' }],
  ['the co detector upstairs is going absolutely mad', { emergency: 'carbon-monoxide' }],
  // Caller trial 13: a brand beside the boiler, a chirping sensor, fumes, the gas named after the alarm.
  ['the FireAngel alarm next to our boiler started going off ten minutes ago', { emergency: 'carbon-monoxide' }],
  ['our carbon monoxide monitor in the loft room keeps chirping and chirping', { emergency: 'carbon-monoxide' }],
  ['the fume alarm over the gas fire is blaring', { emergency: 'carbon-monoxide' }],
  ['the little detector in the hall keeps beeping, it says carbon monoxide on it', { emergency: 'carbon-monoxide' }],
  // Self-harm by a place and a final word rather than pills.
  ['I have been standing by the canal most nights, I have written letters to my sisters', { safeguarding: 'self-harm' }],
];

/** Risky words in harmless messages: no flag, and no question either. */
const nearMisses: string[] = [
  'the carbon monoxide box in the hall needs a new battery, it chirps now and then',
  'the smoke alarm above the cooker goes off every time I make toast',
  'the alarm by the boiler was tested by the engineer and it is fine',
  'the heating in the ninety year old church hall is off, who looks after it',
  'the street lights on our road are on day and night, can someone from the council fix the timer',
  'i sat in my coat in the car park waiting for the permit office to open',
  'the shower tray is cracked and water is coming out of the bottom of it',
  'my son broke his arm at football, can we get a blue badge while it heals',
  'please can I have a new recycling bin, the kids knocked the old one over',
  'my son kicked his football over the fence into the council land, can we get it back',
  'there is no point chasing the repair again, I will just complain',
  'I can not go on with this complaint, it is taking too long',
  'my daughter takes my bank card to do my shopping because I can not get out',
  'my grandad spends all his pension on the horses, can he still get council tax support',
  'the kids play out on the green all afternoon in the summer holidays',
  // Said twice on a call, to "which bin was missed?": the child head read "little" and "waste" with no child named.
  'food waste, the little caddy',
  "it's the food waste, the little caddy",
  'I cut my hand on the broken fence panel, can someone fix it',
  'I have not seen the bin men for two weeks, has my collection day changed',
  'the last time the boiler was serviced was in March',
  'is the smoke alarm test in the communal hallway today',
  // Everyday speech about family is not a threat, and grown children leave home.
  'my son says he would like his own room now he is at college',
  'can we move to a smaller flat now the kids have left home',
  // A car or a bin outside the home is not someone at the door.
  'Do I need a permit to park outside my house?',
  'can my carer park outside my house when she visits',
];

/** Signals below a flag: the bot asks one question first. */
const questions: [string, 'danger' | 'self-harm'][] = [
  ['we got the eviction notice today and honestly what is the point any more', 'self-harm'],
  ['after the bailiffs came I keep thinking about the reservoir', 'self-harm'],
  ['honestly I just want to fade away, anyway how do I pay the arrears', 'self-harm'],
  ['the man who cleans the takeaway sleeps in the shed out the back, the owner keeps his passport', 'danger'],
  ['my deaf neighbour gets called a cripple by the lads on the corner every time she goes out', 'danger'],
  ['can you cancel the gas safety check, I will not be here after next week', 'self-harm'],
  ['my mum has been sleeping on the floor because nobody came to help her and she is not eating', 'danger'],
  ['the little ones next door are on their own again', 'danger'],
  ['he parks outside my house every night and just sits there watching', 'danger'],
];

describe('layer (b): concept combinations flag what the lexicons miss', () => {
  it.each(combinationFlags)('%s', (text, expected) => {
    const result = assessSafety(text);
    if (expected.emergency) expect(result.emergency).toBe(expected.emergency);
    if (expected.safeguarding) expect(result.safeguarding).toBe(expected.safeguarding);
    expect(result.safetyCheck).toBeNull();
  });
});

describe('near misses: risky words, no flag and no question', () => {
  it.each(nearMisses)('%s', (text) => {
    const result = assessSafety(text);
    expect(result).toMatchObject({ emergency: null, safeguarding: null, safetyCheck: null });
  });
});

describe('the grey zone: signals below a flag ask a question', () => {
  it.each(questions)('%s → asks about %s', (text, check) => {
    const result = assessSafety(text);
    expect(result).toMatchObject({ emergency: null, safeguarding: null, safetyCheck: check });
  });
});

describe('conversation context: a concern told across messages', () => {
  it.each([
    [['my nan is 91 and lives on her own'], 'she is not answering her door since Sunday', 'adult-at-risk'],
    [['my tablets are in the kitchen drawer'], 'the letters for my kids are written now', 'self-harm'],
    // Caller trial 11, F11: after the pills, what was done with them.
    [['ive got a load of pills here and i dont see the point anymore'], "I've taken some of them already", 'self-harm'],
    [['i have got a box of paracetamol and nobody would care'], 'I took the tablets, I feel sleepy', 'self-harm'],
  ])('%j then "%s" → %s', (recent, text, flag) => {
    expect(assessSafety(text).safeguarding).toBeNull();
    expect(assessSafety(text, { recent }).safeguarding).toBe(flag);
  });

  it('a child who has self-harmed, then shut in and not answering: an emergency, not a question to the parent (caller trial 11, F26)', () => {
    const recent = ['my daughter is fourteen and she has been cutting herself'];
    expect(assessSafety("she's locked herself in the bathroom and won't answer", { recent }).emergency).toBe('danger-to-life');
  });

  it('"I swallowed a bottle of pills" is a disclosure as well as an emergency (caller re-trial 11b)', () => {
    expect(assessSafety('I swallowed a bottle of pills')).toMatchObject({ emergency: 'danger-to-life', safeguarding: 'self-harm' });
    expect(assessSafety('I took a box of tablets back to the chemist').safeguarding).toBeNull();
  });

  it.each(['my teenager keeps saying she wants to die', 'my son says he wants to kill himself'])('"%s" is a disclosure about someone else', (text) => {
    expect(assessSafety(text).safeguarding).toBe('self-harm');
  });

  it.each(['I took the tablets back to the chemist', 'I took the tablets as prescribed with breakfast'])('near miss: "%s" after pills is no overdose', (text) => {
    expect(assessSafety(text, { recent: ['can I get my prescription tablets delivered'] }).safeguarding).toBeNull();
  });

  it('a concern the earlier messages raised on their own is not raised again', () => {
    const recent = ['the kids next door were going through our bins for food'];
    expect(assessSafety('thanks, what day is my recycling collected?', { recent })).toMatchObject({ safeguarding: null, safetyCheck: null });
  });
});

describe('layer (c): the classifier can only add, and only asks', () => {
  const alwaysAsks: SafetyClassifier = { score: () => [{ label: 'self-harm', score: 0.6, threshold: 0.5, ask: true, flag: false }] };
  const withClassifier = createSafetyAssessor(alwaysAsks);
  const aboveEveryBenign: SafetyClassifier = { score: () => [{ label: 'self-harm', score: 0.95, threshold: 0.5, ask: true, flag: true }] };

  it('never flags on its own score, and over its question threshold asks only with a sign of risk to corroborate it', () => {
    expect(withClassifier('what day is my bin collected')).toMatchObject({ safeguarding: null, safetyCheck: null });
    expect(withClassifier('I feel hopeless about the rent')).toMatchObject({ safeguarding: null, safetyCheck: 'self-harm' });
  });

  // Ordinary messages with no sign of risk in them: the community languages' need none beside the score.
  it.each([
    ['Kiedy przyjeżdża śmieciarka na naszą ulicę w tym tygodniu', 'self-harm'],
    ['¿Qué día recogen la basura en mi calle esta semana?', 'self-harm'],
    ['এই সপ্তাহে আমাদের রাস্তায় ময়লা কবে নেবে', 'self-harm'],
    ['what day do you pick up the rubbish on our street this week', null],
  ])('over its question threshold in "%s" → asks %s', (text, check) => {
    expect(withClassifier(text)).toMatchObject({ safeguarding: null, safetyCheck: check });
  });

  it('asks alone, still without flagging, when the score is above every benign message\'s', () => {
    expect(createSafetyAssessor(aboveEveryBenign)('what day is my bin collected')).toMatchObject({ safeguarding: null, safetyCheck: 'self-harm' });
  });

  it('asks the question of the head furthest over its threshold, not of every head over it', () => {
    const twoHeads: SafetyClassifier = {
      score: () => [
        { label: 'self-harm', score: 0.4, threshold: 0.35, ask: true, flag: false },
        { label: 'adult-at-risk', score: 0.6, threshold: 0.3, ask: true, flag: false },
      ],
    };
    expect(createSafetyAssessor(twoHeads)('I feel hopeless about the rent')).toMatchObject({ safetyCheck: 'danger', evidence: expect.arrayContaining(['classifier.adult-at-risk']) });
  });

  it('never takes a flag away', () => {
    expect(createSafetyAssessor(aboveEveryBenign)('I can smell gas in the kitchen').emergency).toBe('gas');
    expect(withClassifier('my partner hits me').safeguarding).toBe('domestic-abuse');
  });
});
