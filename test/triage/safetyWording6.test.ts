import { describe, expect, it } from 'vitest';
import { assessSafety, type EmergencyKind } from '../../src/triage/safety.js';
import { firstAidFor } from '../../src/triage/safetyFollowUpReplies.js';
import { sceneOf } from '../../src/triage/safetyReplies.js';

/**
 * Round 6 of fresh wording, from the kinds caller trial 27 found unflagged: someone found hanging, told by where or with what;
 * chest pain told by what it feels like; fuel poured over a door; a newborn limp in a power cut; a river over its banks; a home
 * broken into now, or an intruder named; text-speak. Near misses stay unflagged.
 */
describe('round 6, caller trial 27', () => {
  it.each<[string, EmergencyKind]>([
    ['we found our nan hanging from the attic hatch', 'danger-to-life'],
    ['my husband is hanging by a flex in the garage and his feet are twitching', 'danger-to-life'],
    ['there is a ligature round her neck and she is on the bedroom floor', 'danger-to-life'],
    ['I am 79 and it feels like an elephant sitting on my chest, I feel sick and sweaty', 'danger-to-life'],
    ['there has been a dull pressure in the middle of his chest for an hour and he is grey', 'danger-to-life'],
    ['my neighbour is hammering on our door and has poured petrol over the doorstep', 'fire'],
    ['no electric since last night and my two week old has gone cold and very floppy', 'danger-to-life'],
    ['the brook is overflowing its banks behind the cottages and the lane is under water', 'danger-to-life'],
    ['someone has broken into our flat and I am locked in the bathroom', 'danger-to-life'],
    ['there are burglars in my house right now', 'danger-to-life'],
    ['plz my bby stoped breathng', 'danger-to-life'],
  ])('%s → %s', (text, kind) => {
    expect(assessSafety(text).emergency).toBe(kind);
  });

  it.each([
    ['we found our nan hanging from the attic hatch', 'self-harm'],
    ['my uncl tuchs me wen we are alone im 8', 'child-at-risk'],
  ])('%s → %s', (text, flag) => {
    expect(assessSafety(text).safeguarding).toBe(flag);
  });

  it.each([
    'the kitchen cupboard door is hanging off its hinge',
    'my coat was hanging in the hall when the kids drew on it',
    'we had a burglary last month and the police have been, can you fix the back door',
    'my son spilt petrol in the shed when he filled the lawnmower',
    'the river burst its banks in 2019 and our insurance went up',
    'I get a tight belt feeling round my waist after big meals',
  ])('near miss: %s', (text) => {
    expect(assessSafety(text).emergency).toBeNull();
  });

  it('a river over its banks gets the advice for floodwater coming', () => {
    const told = 'the river is bursting its banks at the end of our street, should we leave';
    expect(sceneOf(told, assessSafety(told).emergency!)).toBe('flood-coming');
  });

  it('"should I cut her down", after someone was found hanging, is yes, with how', () => {
    expect(firstAidFor('should I cut her down', 'my sister is hanging from the banister\nshould I cut her down')).toMatch(/cut them down now/);
  });

  it('near miss: cutting something down with no one hanging is not that advice', () => {
    expect(firstAidFor('should I cut it down', 'the tree in the garden is leaning on the fence\nshould I cut it down') ?? '').not.toMatch(/cut them down/);
  });
});

/** Words run together, read by a word splitter rather than a list of phrases (outside attack 27, A26-2). */
describe('words run together', () => {
  it.each<[string, 'emergency' | 'safeguarding', string]>([
    ['mywifehasfallendownthestairsandisnotmoving', 'emergency', 'danger-to-life'],
    ['thekitchenisonfire', 'emergency', 'fire'],
    ['pleasehelpicansmellgasinthehall', 'emergency', 'gas'],
    ['ireallywanttoendmylife', 'safeguarding', 'self-harm'],
    ['so tired of it all i just wanttodie now', 'safeguarding', 'self-harm'],
    // Outside re-check 27b: a contraction's end, and a lone "s" that begins the next word.
    ['pleasehelpimbeingattackedwithaknife', 'emergency', 'danger-to-life'],
    ['ithinkmydaughterisdeadshewontmove', 'emergency', 'danger-to-life'],
    ['imtwelveandmystepdadhitsmeeveryday', 'safeguarding', 'child-at-risk'],
  ])('%s → %s %s', (text, field, kind) => {
    expect(assessSafety(text)[field]).toBe(kind);
  });

  it.each([
    'whenismybincollectionday',
    'canipaymycounciltaxonline',
    'Prosimy o informację, kiedy będzie przegląd instalacji przeciwpożarowej',
    'she upskills herself every year',
    // A community language's long word is not split into that language's rule stems ("gaisr", fire), with or without its accents.
    'Ar priešgaisrinė signalizacija laiptinėje turi būti tikrinama kasmet?',
    'ar priesgaisrine signalizacija laiptineje turi buti tikrinama kasmet',
  ])('near miss: %s', (text) => {
    const read = assessSafety(text);
    expect([read.emergency, read.safeguarding]).toEqual([null, null]);
  });
});

/** Words spelt out a letter at a time, or a letter starred out (outside attack 27, A23-3). */
describe('words spelt out or starred', () => {
  it.each<[string, 'emergency' | 'safeguarding', string]>([
    ['my grandad is u-n-c-o-n-s-c-i-o-u-s', 'emergency', 'danger-to-life'],
    ['there is s m o k e  e v e r y w h e r e  and the f i r e is spreading', 'emergency', 'fire'],
    ['i am going to s.u.i.c.i.d.e tonight', 'safeguarding', 'self-harm'],
    ['he said he will k*ll me when he gets in', 'emergency', 'danger-to-life'],
  ])('%s → %s %s', (text, field, kind) => {
    expect(assessSafety(text)[field]).not.toBeNull();
    expect(assessSafety(text)[field]).toBe(kind);
  });

  it.each(['the e.g. leaflet is wrong, please check the a.m. times', 'u r a star, thanks', 'my postcode is N B 4  7 Q T'])('near miss: %s', (text) => {
    const read = assessSafety(text);
    expect([read.emergency, read.safeguarding]).toEqual([null, null]);
  });
});

/** Plain and text-speak disclosures the attacker's re-check found read as nothing (outside attack 27, A26-3). */
describe('plain and text-speak disclosures', () => {
  it.each<[string, 'emergency' | 'safeguarding', string]>([
    ['my stepdad keeps touching me when mum is at work', 'safeguarding', 'child-at-risk'],
    ['honestly I am so done with life now', 'safeguarding', 'self-harm'],
    ['she has od on her mums tablets', 'emergency', 'danger-to-life'],
  ])('%s → %s %s', (text, field, kind) => {
    expect(assessSafety(text)[field]).toBe(kind);
  });

  it.each(['my uncle touched me on the shoulder and said well done', 'I am done with living in this damp flat, when can I move', 'done with it all, the bins and the noise, who do I complain to'])('near miss: %s', (text) => {
    const read = assessSafety(text);
    expect([read.emergency, read.safeguarding]).toEqual([null, null]);
  });
});

/** Outside re-check 27b, in other words: a stabbing as it happens or told by who did it, someone armed inside, a relative thought dead. */
describe('round 6, re-check 27b', () => {
  it.each([
    'please help, I am being stabbed outside the shop',
    'my ex just knifed my brother on our doorstep',
    'there is a bloke with a machete in our kitchen',
    'I think my husband is dead, he is cold and not moving',
    'my brother has hanged himself in the loft and I can not lift him',
    'our lodger has strung himself up from the landing',
    'my son is hanging inside the airing cupboard',
  ])('%s → danger-to-life', (text) => {
    expect(assessSafety(text).emergency).toBe('danger-to-life');
  });

  it('"should I cut through it" after someone hung themselves is yes, with how', () => {
    expect(firstAidFor('should I cut through it', 'my wife has hung herself with a lead\nshould I cut through it')).toMatch(/cut them down now/);
  });

  it.each(['we hung the new curtains in the hall', 'my son is dead to me since he moved out', 'I think my phone is dead, can you call me back on the landline', 'my husband was using a knife in the kitchen to fix the cupboard hinge'])('near miss: %s', (text) => {
    expect(assessSafety(text).emergency).toBeNull();
  });
});

