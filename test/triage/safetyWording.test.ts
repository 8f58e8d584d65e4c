import { describe, expect, it } from 'vitest';
import { assessSafety, type EmergencyKind, type SafeguardingFlag } from '../../src/triage/safety.js';
import { normaliseMessage } from '../../src/triage/safety/normalise.js';
import { verb } from '../../src/triage/safety/rules.js';

/**
 * Fresh wording that the first rules missed or misread: contractions, verb forms, cue families from
 * UK safeguarding guidance, triggers that were too broad, and time words read beyond their clause.
 */

const asIs = { correct: (token: string) => token, knows: () => false };
const normalised = (text: string) => normaliseMessage(text, asIs).whole;

describe('normalise: contractions are spelt out, not closed up into other words', () => {
  it.each([
    ["I'm frightened of what he'll do", 'i am frightened of what he will do'],
    ["she'll find me, I'll never get away", 'she will find me , i will never get away'],
    ["we're freezing and it won't light", 'we are freezing and it will not light'],
    ["they've said I can't stay", 'they have said i can not stay'],
    ["he'd been drinking and he'd kill me", 'he had been drinking and he would kill me'],
    ["my mum's 89 and the kid's been left alone", 'my mum is 89 and the kid has been left alone'],
  ])('%s → %s', (text, expected) => {
    expect(normalised(text)).toBe(expected);
  });
});

describe('verb: one name for every form of a verb', () => {
  it.each([
    ['take', ['take', 'takes', 'taking', 'took', 'taken']],
    ['jump', ['jump', 'jumps', 'jumping', 'jumped']],
    ['touch', ['touch', 'touches', 'touching', 'touched']],
    ['hit', ['hit', 'hits', 'hitting']],
    ['grab', ['grab', 'grabs', 'grabbing', 'grabbed']],
    ['bully', ['bully', 'bullies', 'bullying', 'bullied']],
    ['control', ['control', 'controls', 'controlling', 'controlled']],
    ['go', ['go', 'goes', 'going', 'went', 'gone']],
  ])('%s', (base, forms) => {
    expect(verb(base)).toBe(`(?:${forms.join('|')})`);
  });
});

type Flagged = [text: string, flag: SafeguardingFlag];

const disclosures: Flagged[] = [
  // threats and stalking by a partner or ex, by message or in person
  ['my ex-girlfriend sends me threatening texts every night', 'domestic-abuse'],
  ['since we broke up he has found out my new address and keeps watching the house', 'domestic-abuse'],
  ["my kids' dad has been texting me threats since I left him", 'domestic-abuse'],
  // coercive control with "he" or "she" where the message shows a relationship
  ["he decides who I can see and what I spend, and I'm scared of what he'll do if I leave him", 'domestic-abuse'],
  ["she goes through my phone every night and I daren't leave her", 'domestic-abuse'],
  ['my husband gets really angry and throws things at me', 'domestic-abuse'],
  ["he says he'll take the children off me if I ever leave", 'domestic-abuse'],
  // self-harm: verb forms, methods, and a conditional that states intent
  ['some nights I think about jumping from the car park roof', 'self-harm'],
  ["I've thought about throwing myself under a train", 'self-harm'],
  ["I'd rather die than carry on like this", 'self-harm'],
  ["I've been stockpiling my meds", 'self-harm'],
  ["if they evict me I'll kill myself", 'self-harm'],
  ["I've been thinking about ending things since the council stopped my housing benefit", 'self-harm'],
  ['my flatmate has been talking about taking her own life', 'self-harm'],
  // child at risk: "next door" is not a door, more harm verbs, exploitation signs
  ['I can hear the man next door slapping his little boy', 'child-at-risk'],
  ['my little brother says our stepdad touches him', 'child-at-risk'],
  ["her mum's new boyfriend hits her when her mum is out", 'child-at-risk'],
  ['my 14 year old keeps going missing and gets picked up by older lads in cars', 'child-at-risk'],
  ["my 12 year old suddenly has a new phone and cash and won't say where from", 'child-at-risk'],
  ['my daughter is 13 and her boyfriend is a lot older', 'child-at-risk'],
  ['my niece is 15 and has been staying with a 30 year old man', 'child-at-risk'],
  ['the toddler upstairs is always in the same dirty nappy', 'child-at-risk'],
  // adult at risk: family taking money, carers not visiting, self-neglect, cuckooing
  ["my brother takes all of mum's pension and she has no money left for the week", 'adult-at-risk'],
  ['my uncle is left sitting in a soiled chair all day by his son', 'adult-at-risk'],
  ['the carers stopped visiting my uncle with dementia a fortnight ago', 'adult-at-risk'],
  ['the old lady at 22 is 91 and she has not got any food in', 'adult-at-risk'],
  ["some lads are using my disabled neighbour's flat to sell drugs", 'adult-at-risk'],
  ['the pensioner below me has had dealers take over his flat', 'adult-at-risk'],
  ['my disabled brother is being bullied by the people he lives with', 'adult-at-risk'],
  ['my mum has dementia and keeps getting lost at night', 'adult-at-risk'],
];

const notDisclosures: string[] = [
  // "end it" about a contract, and accidents
  "I rent one of your garages and I'd like to end it",
  'how do I end it, the parking permit I mean',
  'I hurt myself tripping on the broken step outside the block',
  // history in its own clause, with "now" and "still" about something else
  'I was in an abusive relationship back in 2015, can I get my name off the old tenancy',
  "I left a violent husband years ago and I'm settled now, but he's still named on my rent account",
  // someone old at home with the resident: cold is the emergency, not neglect
  'my grandma is 88 and lives with me, the boiler has broken down',
  'my nan is 90 and she has fallen behind with her council tax',
];

/** Wording near the new cues that must stay unflagged (the first rules left these alone too). */
const nearMisses: string[] = [
  'Years ago, I fled domestic violence. Can I join the housing register for a two bed?',
  'my ex keeps messaging me about the deposit on our old flat',
  'my wife and I want to get our address changed on the council tax',
  'my husband watches the kids while I work nights',
  "my son's bike went missing from the bike store",
  'my daughter is 24 and her boyfriend is much older, can he join the tenancy',
  'I collect my dad\'s pension for him every week',
];

describe('safeguarding: fresh wording', () => {
  it.each(disclosures)('%s → %s', (text, flag) => {
    expect(assessSafety(text).safeguarding).toBe(flag);
  });
  it.each(notDisclosures)('%s → none', (text) => {
    expect(assessSafety(text).safeguarding).toBeNull();
  });
  it.each(nearMisses)('near miss: %s → none', (text) => {
    expect(assessSafety(text).safeguarding).toBeNull();
  });
});

type Emergency = [text: string, kind: EmergencyKind];

const emergencies: Emergency[] = [
  ['a slab of plaster dropped from the ceiling onto the sofa', 'structural'],
  ['half the ceiling just came crashing down in the hall', 'structural'],
  ['no heating and my 3 year old has pneumonia', 'no-heat-vulnerable'],
  ["the boiler's broken, the flat is freezing and my son is 2", 'no-heat-vulnerable'],
  ["the front door's been kicked in and won't shut", 'insecure-home'],
];

const notEmergencies: string[] = [
  'my landlord is throwing us out at the end of the month, where will we go',
  'my parents are kicking me out next week, where do I go',
  "no heating again, I'll ring the engineer in the morning",
];

describe('emergencies: fresh wording', () => {
  it.each(emergencies)('%s → %s', (text, kind) => {
    expect(assessSafety(text).emergency).toBe(kind);
  });
  it.each(notEmergencies)('%s → none', (text) => {
    expect(assessSafety(text).emergency).toBeNull();
  });
  it('"where do I go" still counts once the resident has been put out', () => {
    expect(assessSafety('my mum has thrown me out, where do I go').emergency).toBe('homeless-tonight');
  });
  it.each(['bits of plaster keep flaking off the wall by the damp patch', 'the bathroom wall tiles keep falling off'])('near miss: %s → none', (text) => {
    expect(assessSafety(text).emergency).toBeNull();
  });
  it("a threat tied to leaving is domestic abuse, not a danger right now", () => {
    const result = assessSafety("she says she'll kill me if I ever leave her");
    expect(result.safeguarding).toBe('domestic-abuse');
    expect(result.emergency).toBeNull();
  });
});

describe('wantsHuman: "not working" is about the bot only', () => {
  it.each(['the ticket machine is not working so I could not pay', "the washing machine isn't working", "the heating is on but it's not working", 'my computer is not working so I could not fill the form'])(
    '%s → no',
    (text) => {
      expect(assessSafety(text).wantsHuman).toBe(false);
    },
  );
  it.each(["this chat isn't working", 'the chatbot is not working, it keeps repeating itself'])('near miss: %s → yes', (text) => {
    expect(assessSafety(text).wantsHuman).toBe(true);
  });
});
