import { describe, expect, it } from 'vitest';
import { assessSafety, type EmergencyKind } from '../../src/triage/safety.js';
import { firstAidFor } from '../../src/triage/safetyFollowUpReplies.js';
import { sceneOf, whatToDoNow } from '../../src/triage/safetyReplies.js';
import { bundledProfile } from '../support/offlineTriage.js';

/**
 * Round 5 of fresh wording, from the kinds caller trial 26 found unflagged: an allergen and the airway closing; chest tightness
 * with an arm's pins and needles, and sight or words going; an overdose told by where the medicines were kept; fuel or a lit
 * thing through the door; someone thought dead inside; floodwater coming at the home; a baby cold and floppy. Near misses stay
 * unflagged.
 */
const emergencies: [text: string, kind: EmergencyKind][] = [
  ['ate a satay skewer and my lips are swelling right up and I can hardly swallow, I am allergic to peanuts', 'danger-to-life'],
  ['a hornet got my son on the neck and now he is wheezing', 'danger-to-life'],
  ['my chest has gone all heavy and my left arm is numb, I am 79', 'danger-to-life'],
  ['mum says she cannot see out of her left eye and her speech keeps coming out jumbled', 'danger-to-life'],
  ['i swallowed all the pills in the bathroom cabinet an hour ago', 'danger-to-life'],
  ['someone poured petrol through our letter box and ran off', 'fire'],
  ['kids just shoved a lit rag under the front door of number 4', 'fire'],
  ['I am worried Mr Okafor downstairs might have died, his cat has been crying for days and nobody answers', 'danger-to-life'],
  ['the brook is spilling over the banks and into the gardens on our close', 'danger-to-life'],
  ["the sea's coming over the wall on the front and up the street", 'danger-to-life'],
  ['the heating is off and the baby seems cold and limp', 'danger-to-life'],
  // Caller trial 25's Highs, in other words: labour now, things thrown at someone, a baby's eyes rolling up while shaking, down on the floor in few words.
  ['my partner is in labour, the contractions are two minutes apart and we have no car', 'danger-to-life'],
  ['her waters have gone and she is bleeding, please', 'danger-to-life'],
  ["he's smashing cups at my mum in the kitchen", 'danger-to-life'],
  ['toddler twitching and his eyes rolled back', 'danger-to-life'],
  ['grandad fell floor not moving', 'danger-to-life'],
];

const nearMisses: string[] = [
  'there is a wasp nest in the loft, can pest control come',
  'my son is allergic to nuts, does the school menu list them',
  'my chest feels tight with this damp, I have had a cough for weeks',
  'my words come out all wrong in letters, can someone help me write a complaint',
  'I took everything out of the medicine cupboard to sort the old tablets for the pharmacy',
  'someone keeps putting takeaway menus through the letter box',
  'the old man at number 9 died last month, who do I talk to about his tenancy',
  'the river flooded the park last winter, will the council put in defences',
  'my phone battery is dead, can I call back later',
  'the candle in the window was burning all night',
  'we are expecting in June and need a bigger place before the baby comes',
  'my waters bill is too high this quarter',
  'the lads were throwing snowballs at him in the park',
]; 

describe('round 5 emergencies are flagged', () => {
  it.each(emergencies)('%s → %s', (text, kind) => {
    expect(assessSafety(text).emergency).toBe(kind);
  });
});

describe('round 5 near misses are not emergencies', () => {
  it.each(nearMisses)('%s', (text) => {
    expect(assessSafety(text).emergency).toBeNull();
  });
});

describe('an overdose told by where the medicines were kept, of oneself, is also a disclosure', () => {
  it('"swallowed all the pills in the bathroom cabinet" → self-harm', () => {
    expect(assessSafety('i swallowed all the pills in the bathroom cabinet an hour ago').safeguarding).toBe('self-harm');
  });
});

describe('what to do in the scenes round 5 added', () => {
  it.each([
    ["the sea's coming over the wall on the front and up the street", /leave now for higher ground[\s\S]*go upstairs[\s\S]*0345 988 1188/],
    ['I am worried Mr Okafor downstairs might have died, his cat has been crying for days and nobody answers', /ask for the police: they may be alive and hurt inside/],
  ])('%s', (text, advice) => {
    expect(whatToDoNow('danger-to-life', bundledProfile, 'both', sceneOf(text, 'danger-to-life'))).toMatch(advice);
  });

  it('a phone that is dead is not someone thought dead', () => {
    expect(sceneOf('my phone is dead and I do not know where I am, it is dark', 'danger-to-life')).not.toBe('thought-dead');
  });
});

/** Disclosures told as a child or an older person tells them (caller trial 25, C25-9, C25-15 and C25-16; outside attack 26, A26-3). */
describe('round 5 disclosures', () => {
  it.each([
    ['my mums friend makes me keep secrets and touch his stuff, i am 12', 'child-at-risk'],
    ['im hiding in my wardrobe, dad is smashing plates at mummy, i am eight', 'child-at-risk'],
    ['the heating in my room is broken and cold, and my uncle comes into my bedroom at night when mum is at work, i am fourteen', 'child-at-risk'],
    ['my grandson holds my pension and my post office card and gives me £20 a week, I am 91', 'adult-at-risk'],
  ])('%s → %s', (text, flag) => {
    expect(assessSafety(text).safeguarding).toBe(flag);
  });

  it.each([
    'the draught comes into my bedroom at night through the window, can you fix it',
    'my daughter keeps my bank card so she can do my shopping for me',
    'my boss makes me do stuff I dont like at work',
    'i am ten minutes away, can you hold the appointment',
  ])('near miss: %s', (text) => {
    expect(assessSafety(text).safeguarding).toBeNull();
  });
});

/** Disguised or hurried: look-alike letters, signs for letters, hidden characters, pictures, text-speak, no spaces (outside attacks 23 and 26). */
describe('round 5 disguises', () => {
  it.each([
    ['the kitchen is on fіre', 'fire'], // Cyrillic і
    ['thеrе is a gаs lеаk', 'gas'], // Cyrillic е and а
    ['sm0ke everywhere and fl4mes in the hall', 'fire'],
    ['my son has st\u00ADopped bre\u200Bathing', 'danger-to-life'],
    ['🔥 in the bin store and its spreading', 'fire'],
    ['pls hlp my bby cnt breeth', 'danger-to-life'],
    ['mysonisnotbreathing', 'danger-to-life'],
    ['my brother is hanging from the banister', 'danger-to-life'],
  ])('%s → %s', (text, kind) => {
    expect(assessSafety(text).emergency).toBe(kind);
  });

  it.each(['i want to k1ll mys3lf', 'iwanttodie', 'honestly i just wanttoend mylife', 'i want to sleep forever and not wake up'])('%s → self-harm', (text) => {
    expect(assessSafety(text).safeguarding).toBe('self-harm');
  });

  it.each([
    'my flat NB3 4QT, bin missed at 10am on the 2nd',
    'I upskill myself with the council courses every year',
    'the washing is hanging in the garage to dry',
    'so tired after nights I could sleep forever',
    'we love the 🔥 pit in the community garden, can we book it',
    'thankyouverymuch for sorting my bin',
  ])('near miss: %s', (text) => {
    const safety = assessSafety(text);
    expect([safety.emergency, safety.safeguarding]).toEqual([null, null]);
  });
});

/** A sentence sent a word or two a message is read as one (outside attack 26, A26-1). */
describe('a concern sent in pieces', () => {
  it.each([
    [['im going to'], 'end it all tonight', 'self-harm'],
    [['my ex', 'has got a'], 'gun', 'danger-to-life'],
  ] as const)('%j then "%s"', (before, last, flag) => {
    const safety = assessSafety(last, { recent: before });
    expect(safety.emergency === flag || safety.safeguarding === flag).toBe(true);
  });

  it('near miss: pieces that make nothing together stay nothing', () => {
    expect(assessSafety('monday', { recent: ['when is the', 'green bin'] })).toMatchObject({ emergency: null, safeguarding: null });
  });
});

/** Caller trial 26's Highs, in other words: children telling of harm, danger at the door, someone under what fell, a count of tablets. */
describe('round 5, children and danger at the door', () => {
  it.each([
    ['im 12 and my mums boyfriend says if i tell my teacher he will hurt my dog', 'child-at-risk'],
    ['they keep me locked in my bedroom most of the day, im 9', 'child-at-risk'],
    ['a man in a white van keeps following me home from school, i am 11', 'child-at-risk'],
    ['my son is 14 and someone he met on snapchat wants to meet him at the station tonight', 'child-at-risk'],
    ['a bloke by the swings is exposing himself to the children', 'child-at-risk'],
    ['some man flashed at the girls outside the youth club', 'child-at-risk'],
    ['my ex has turned up at my door again even though the judge told him to stay away', 'domestic-abuse'],
  ])('%s → %s', (text, flag) => {
    expect(assessSafety(text).safeguarding).toBe(flag);
  });

  it.each([
    'the loft floor has fallen through onto my dad and he is trapped under it',
    'some lad is at our back door with a hammer trying the lock and I am alone',
    'a man keeps following me around from the bus stop and now he is parked outside my flat',
    'my ex said he will come back tonight and finish me off',
    'my daughter took about twenty of her sleeping tablets an hour ago',
    'a toddler is walking on her own along the dual carriageway',
    'we are in the car now and my uncle is driving drunk',
  ])('%s → danger-to-life', (text) => {
    expect(assessSafety(text).emergency).toBe('danger-to-life');
  });

  it.each([
    'my daughter is 13 and wants to meet her school friends in town, is there a bus',
    'I take 2 paracetamol a day for my back',
    'the roof fell in on the garage last year, nobody was hurt, can I claim',
    'the court told the landlord to stay away from the property until the hearing',
  ])('near miss: %s', (text) => {
    const safety = assessSafety(text);
    expect([safety.emergency, safety.safeguarding]).toEqual([null, null]);
  });

  it('gas heard hissing beside a threat of suicide leads with the gas', () => {
    expect(assessSafety('my neighbour keeps saying he wants to end it and I can hear gas hissing from his flat').emergency).toBe('gas');
  });
});

/** Caller re-check 26b, in other words: chest pressure into the shoulder, a stranger inside, text-speak and run-together words. */
describe('round 5, re-check 26b', () => {
  it.each([
    ['I am 81 and there is a pressure across my chest spreading to my neck', 'danger-to-life'],
    ['there is a stranger upstairs in my flat and I am hiding in the bathroom', 'danger-to-life'],
    ['plz my bby isnt breathin', 'danger-to-life'],
    ['somebodysbreakingintomyflat', 'danger-to-life'],
  ])('%s → %s', (text, kind) => {
    expect(assessSafety(text).emergency).toBe(kind);
  });

  it.each([
    ['idonotwanttobehereanymore', 'self-harm'],
    ['my uncle duz bad things 2 me at nite im 9', 'child-at-risk'],
  ])('%s → %s', (text, flag) => {
    expect(assessSafety(text).safeguarding).toBe(flag);
  });

  it.each(['the plumbers are in my house all day tomorrow', 'I get an ache across my chest when I cough, it is this damp'])('near miss: %s', (text) => {
    expect(assessSafety(text).emergency).toBeNull();
  });
});

describe('first aid that fits what happened (caller re-check 26b, N-5)', () => {
  it('someone choking the resident is an attack, not a blocked airway', () => {
    expect(firstAidFor('what do i do', 'he is choking me\nwhat do i do') ?? '').not.toMatch(/blows between their shoulder blades/);
  });

  it('near miss: a child choking on a grape still gets back blows', () => {
    expect(firstAidFor('what do i do', 'my son is choking on a grape\nwhat do i do')).toMatch(/blows between their shoulder blades/);
  });
});

/** Care Act kinds the re-check found read as something else (caller re-check 26b, N-1 and N-2): modern slavery, forced marriage. */
describe('round 5, papers kept and marriage forced', () => {
  it.each([
    ['the farm I work on holds my passport and I owe them money so I cannot leave', 'adult-at-risk'],
    ['my aunt wants to force me to marry an older man in Pakistan this summer, i am 15', 'child-at-risk'],
    ['my friend is being forced into marriage by her brothers, she is 24', 'domestic-abuse'],
  ])('%s → %s', (text, flag) => {
    expect(assessSafety(text).safeguarding).toBe(flag);
  });

  it.each(['the passport office has my passport for renewal', 'we watched a drama about a forced marriage at school'])('near miss: %s', (text) => {
    expect(assessSafety(text).safeguarding).toBeNull();
  });
});
