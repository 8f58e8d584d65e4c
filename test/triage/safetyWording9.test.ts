import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../src/triage/safety.js';
import { matterOf, safeguardingReply, sceneOf, whatToDoNow } from '../../src/triage/safetyReplies.js';
import { bundledProfile } from '../support/offlineTriage.js';

/**
 * Round 9 of fresh wording, from the kinds caller trial 30 found unflagged: a parent telling in Arabic of a son's or a
 * daughter's wish to end their life (only the first person was read), someone fallen and unable to get up in every community
 * language, a young child left alone until late in the evening, and a home watched since a break-up. Near misses stay unflagged.
 */
describe('round 9, caller trial 30', () => {
  it.each([
    ['ابني قال لي إنه سينتحر إذا رجع إلى المدرسة', 'self-harm'],
    ['ابنتي تريد أن تقتل نفسها', 'self-harm'],
    ['أخي يقول إنه يريد أن ينهي حياته', 'self-harm'],
    ['my 7 year old is at home by herself, I am on a late shift', 'child-at-risk'],
    ['the kids are 5 and 8 and on their own until 11 tonight', 'child-at-risk'],
    ['since I broke up with my ex there is a car parked outside my flat every evening, someone just watching', 'domestic-abuse'],
  ])('%s → %s', (text, flag) => {
    expect(assessSafety(text).safeguarding).toBe(flag);
  });

  it.each([
    'dziadek upadł w kuchni i nie może wstać',
    'tata a căzut pe scări și nu se poate ridica',
    'mi abuela se ha caído y no puede levantarse del suelo',
    'o meu pai caiu no quintal e não consegue levantar-se',
    'senelis nukrito ant grindų ir negali atsikelti',
    'aabahay wuu dhacay mana kici karo',
    'dada ji gir gaye hain aur uth nahi pa rahe',
    'বাবা পড়ে গেছেন, উঠতে পারছেন না',
    'جدي وقع على الأرض وما يقدر يقوم',
    'ਦਾਦੀ ਜੀ ਡਿੱਗ ਪਏ ਹਨ ਤੇ ਉੱਠ ਨਹੀਂ ਸਕਦੇ',
    'neefsashadiisa aad bay u adag tahay, hadalna ma karo',
  ])('fallen and unable to get up, or breathing hard, is a danger to life: %s', (text) => {
    expect(assessSafety(text).emergency).toBe('danger-to-life');
  });

  it.each([
    'ابني وقع من الدراجة أمس لكنه بخير الآن، أريد أن أسأل عن موقف السيارات',
    'my 15 year old is home on her own until 6 while I finish work, can I get a garden waste bin',
    'my ex and I split up and he parks outside to pick up the kids on Saturdays',
    'mi hija se cayó de la bici pero ya está bien, quiero saber del carnet de parking',
  ])('near miss: %s', (text) => {
    const safety = assessSafety(text);
    expect([safety.emergency, safety.safeguarding]).toEqual([null, null]);
  });
});

describe('what to do when the resident is the one threatened now (caller trial 30, C30-18)', () => {
  it.each([
    ["he's back, he's banging on the door shouting he'll kill me", 'threatened'],
    ['my ex is outside the flat kicking the door in, he says he will hurt me', 'threatened'],
    ['two lads are fighting in the stairwell and one has a knife', 'attack'],
    ['my husband collapsed, can you get me an ambulance', undefined],
  ])('%s → %s', (text, scene) => {
    expect(sceneOf(text, 'danger-to-life')).toBe(scene);
  });

  it('is told to keep the door shut and how to call without speaking, never "do not step in"', () => {
    const advice = whatToDoNow('danger-to-life', bundledProfile, 'both', 'threatened');
    expect(advice).toMatch(/press 55[\s\S]*Do not open the door/);
    expect(advice).not.toMatch(/step in/);
  });
});

describe('a child telling of harm to themselves is spoken to as a child (caller trial 30, C30-52)', () => {
  it('hears 999 and Childline first, and no "adults worried about a child"', () => {
    const text = 'im 11 and my stepdad hits me when mum is out, dont tell anyone';
    const safety = assessSafety(text);
    expect(safety.safeguarding).toBe('child-at-risk');
    const reply = safeguardingReply('child-at-risk', bundledProfile, 'closed', undefined, matterOf(safety.evidence));
    expect(reply).toMatch(/If you are in danger right now[\s\S]*Childline[\s\S]*children's social care/);
    expect(reply).not.toMatch(/Adults worried about a child/);
  });

  it('near miss: a parent telling of a child still hears the adults\' lines', () => {
    const safety = assessSafety('my neighbour leaves her 4 year old on his own every night');
    expect(safeguardingReply('child-at-risk', bundledProfile, 'closed', undefined, matterOf(safety.evidence))).toMatch(/Adults worried about a child/);
  });
});
