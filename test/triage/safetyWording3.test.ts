import { describe, expect, it } from 'vitest';
import { assessSafety, type EmergencyKind, type SafeguardingFlag } from '../../src/triage/safety.js';

/**
 * Round 3 of fresh wording, by family: economic abuse, threats about the children, violence at the
 * resident or their home, isolation and digital control, sexual coercion, fear of an ex coming back,
 * injuries explained away; hopelessness about carrying on; tablets already swallowed as a danger to
 * life; children begging food or getting into cars with grown men; adults made to draw out cash or
 * living with someone who moved in on their money; leaning cracked walls; a bed that ends tonight.
 * Each family has near misses that must stay unflagged: questions, errands, past events, information.
 */

const disclosures: [text: string, flag: SafeguardingFlag][] = [
  // economic abuse
  ['my boyfriend keeps my bank card and I have to beg for bus fare', 'domestic-abuse'],
  ['she paid my universal credit into her own account and gives me a tenner a week', 'domestic-abuse'],
  ['he takes out loans in my name and there is nothing I can do', 'domestic-abuse'],
  ['my other half makes me hand over my pension and never gives me a single penny', 'domestic-abuse'],
  ['she checks every transaction on my account', 'domestic-abuse'],
  // threats about the children
  ['my wife keeps warning me that I will lose the kids if I ever go', 'domestic-abuse'],
  ["he's always saying that if I go he'll get custody", 'domestic-abuse'],
  // violence at the resident or the home
  ['my fiance hurled a glass at me during the row', 'domestic-abuse'],
  ['he slammed his fist into the cupboard right next to my face', 'domestic-abuse'],
  ['my husband trashed the house when he was drunk last night', 'domestic-abuse'],
  // isolation and digital control
  ["he won't let me phone my friends any more", 'domestic-abuse'],
  ['she changes my passwords so I cannot get into my own email', 'domestic-abuse'],
  ['he hid my passport so I cannot leave', 'domestic-abuse'],
  ['he put spyware on my laptop and knows where I am at all times', 'domestic-abuse'],
  // sexual coercion
  ['my husband forces me to have sex even when I say no', 'domestic-abuse'],
  ['my wife pressurises me into sex when I am exhausted', 'domestic-abuse'],
  ['he made me tell the nurse that I tripped on the stairs', 'domestic-abuse'],
  // fear of an ex coming back
  ["my ex is being released next month and I'm scared he'll come back", 'domestic-abuse'],
  // injuries explained away, image threats, a list of harms, threats after separating
  ['I keep hiding the bruises at work so nobody asks questions', 'domestic-abuse'],
  ['my ex threatens to post intimate videos of me online', 'domestic-abuse'],
  ['my girlfriend shouts at me, throws my stuff out of the window, and slaps me', 'domestic-abuse'],
  ["we separated in May and now he says he'll burn my car", 'domestic-abuse'],
  // hopelessness about carrying on
  ["I can't think of a single reason to keep going", 'self-harm'],
  ["there's no point in me trying anymore", 'self-harm'],
  // children
  ['two little kids from the flats keep knocking on doors begging for something to eat', 'child-at-risk'],
  ['a girl of about 12 keeps getting into cars with grown men outside the shop', 'child-at-risk'],
  ['no grown up anywhere and a toddler is on the landing in just a nappy', 'child-at-risk'],
  ["the children downstairs look so thin and they're in the same filthy clothes all week", 'child-at-risk'],
  // adults
  ['the lodger marches my nan to the cashpoint every pension day', 'adult-at-risk'],
  ["a man moved in with my elderly aunt and he's been spending her savings", 'adult-at-risk'],
  ['the carer keeps using his bank card and then money goes missing', 'adult-at-risk'],
  ['my disabled neighbour has been left without food for days', 'adult-at-risk'],
  ['the old boy upstairs keeps drawing money out for the lads who hang round his flat', 'adult-at-risk'],
];

const emergencies: [text: string, kind: EmergencyKind][] = [
  ["I've just necked a whole strip of co-codamol", 'danger-to-life'],
  ['my flatmate swallowed about forty sleeping pills', 'danger-to-life'],
  ["It's leaning outwards now and cracked right down the middle", 'structural'],
  ["my cousin says the couch is gone after tonight and I've got no one else", 'homeless-tonight'],
  ['I can stay here till tonight, then I have nowhere', 'homeless-tonight'],
];

const nearMisses: string[] = [
  // past events and idioms
  'my recycling bin was set on fire last Halloween, can I get a new one',
  'the sofa shop had a fire sale, can you collect my old one',
  'there is no point in carrying on with my complaint',
  'no reason to keep chasing the repair',
  // a parent's question about a short absence
  'I left my 11 year old home alone for 15 minutes, is that ok?',
  // information for others
  'please send me a domestic abuse leaflet for our staff notice board',
  // errands and help, not control
  'my wife takes my bank card to pay the council tax',
  'my son has my bank card because I cannot get out to the shops',
  'my ex will take the kids to school on Monday',
  "my dad won't let me go out until I finish my homework",
  'I take my nan to the cashpoint every Friday',
  'my grandad spends all his pension on the horses',
  // things thrown or broken without menace
  'the kids threw snowballs at me in the park',
  "my son broke the telly playing football and I'm so angry",
  // tablets as prescribed, a normal dose
  'I take all my tablets with breakfast',
  'I took 2 paracetamol for my headache',
  // leaning that is not a wall failing
  'I was leaning out of the window and noticed a crack in the pane',
  'the lamp post is leaning outwards with a crack at the base',
  // a stay that ends in a new home, an offer that ends
  'my friend says I can stay until tonight then I move into my new flat',
  'the bulky collection offer is gone after today',
  // a question about the law, a grandparent's gift
  'from what age can kids be left home alone legally',
  'my nan took some cash out for her grandson for his birthday',
  // children asking for treats
  'the kids were asking the neighbours for sweets at Halloween',
];

describe('round 3 disclosures are flagged', () => {
  it.each(disclosures)('%s → %s', (text, flag) => {
    expect(assessSafety(text).safeguarding).toBe(flag);
  });
});

describe('round 3 emergencies are flagged', () => {
  it.each(emergencies)('%s → %s', (text, kind) => {
    expect(assessSafety(text).emergency).toBe(kind);
  });
});

describe('round 3 near misses stay unflagged', () => {
  it.each(nearMisses)('%s', (text) => {
    const result = assessSafety(text);
    expect(result.safeguarding).toBeNull();
    expect(result.emergency).toBeNull();
  });
});

describe('round 3 edges', () => {
  it('thinking of swallowing tablets is self-harm, not yet a poisoning', () => {
    const result = assessSafety('I keep thinking about swallowing all my tablets at once');
    expect(result.safeguarding).toBe('self-harm');
    expect(result.emergency).toBeNull();
  });
  it('tablets swallowed in quantity are self-harm and a danger to life', () => {
    const result = assessSafety('I swallowed a box of paracetamol an hour ago');
    expect(result.safeguarding).toBe('self-harm');
    expect(result.emergency).toBe('danger-to-life');
  });
  it('a baby left alone is still a child at risk when the message asks if it was ok', () => {
    expect(assessSafety('the baby next door was left home alone for 20 minutes, is that ok').safeguarding).toBe('child-at-risk');
  });
  it('keeps asking how to report a gas leak flagged (product decision)', () => {
    expect(assessSafety('how do I report a gas leak if I ever smell one').emergency).toBe('gas');
  });
});

describe('domestic abuse told by another member of the family', () => {
  it.each([
    'my step dad hits my mam when he has had a drink',
    "my auntie's husband batters her",
    'her new boyfriend punches her, my sister is terrified',
    "my grandad's been hitting my nan",
  ])('flags %s', (text) => {
    expect(assessSafety(text).safeguarding).toBe('domestic-abuse');
  });

  it.each([
    'my nan knocked her knee against the table',
    'my brother threw the ball to my sister',
    'years ago my dad used to hit my mum but he has been gone a long time',
    'my son pushes him on the swings every day',
  ])('leaves alone %s', (text) => {
    expect(assessSafety(text).safeguarding).toBeNull();
  });
});
