import { describe, expect, it } from 'vitest';
import { assessSafety, type EmergencyKind } from '../../src/triage/safety.js';

/**
 * Round 8 of fresh wording, from the kinds caller trials 28 and 29 found unflagged: carbon monoxide told only by the family's
 * symptoms in another language, a young teenager telling of force at home without a harm word, a home taken over by dealers told
 * by the one it happens to, and not being missed. Near misses stay unflagged.
 */
describe('round 8, caller trials 28 and 29', () => {
  it.each<[string, EmergencyKind]>([
    ['الأولاد يصحون كل يوم عندهم صداع وغثيان، والسخان في المطبخ قديم جدا', 'carbon-monoxide'],
    ['أمي عندها دوخة كل ما تكون في الشقة، وخارج البيت تكون بخير', 'carbon-monoxide'],
    ['desde que encendemos el calentador tenemos todos mareos y dolor de cabeza', 'carbon-monoxide'],
    ['w domu wszystkich boli głowa i mamy mdłości, a piecyk gazowy stary', 'carbon-monoxide'],
    ['bachon ko subah sir dard aur chakkar aate hain, boiler purana hai', 'carbon-monoxide'],
  ])('%s → %s', (text, kind) => {
    expect(assessSafety(text).emergency).toBe(kind);
  });

  it.each([
    ['my step dad smashed my bedroom door in again last night because i locked it. im 13', 'child-at-risk'],
    ['mum s boyfriend keeps doing things to me when shes on nights, i am 12', 'child-at-risk'],
    ['these lads from the estate are basically living in my flat now and dealing from it, I cant get them to leave', 'adult-at-risk'],
  ])('%s → %s', (text, flag) => {
    expect(assessSafety(text).safeguarding).toBe(flag);
  });

  it.each(['honestly nobody would notice if i wasnt here anymore', 'no one will even notice im gone'])('asks about ending their life, or flags it: %s', (text) => {
    const safety = assessSafety(text);
    expect(safety.safeguarding ?? safety.safetyCheck).toBe('self-harm');
  });

  it.each([
    'la caldera hace un ruido raro y me da dolor de cabeza escucharlo',
    'my son has flu, headache and sick all night, and the boiler needs a service',
    'عندي صداع من الشغل والبويلر يحتاج صيانة',
    'we are selling our house and moving, can we get a bulky waste collection',
    'my sister and her kids have moved into my flat, can we go on the housing register',
    'no one will notice if the bins go out a day late',
  ])('near miss: %s', (text) => {
    const safety = assessSafety(text);
    expect([safety.emergency, safety.safeguarding, safety.safetyCheck]).toEqual([null, null, null]);
  });

  it('near miss: a door kicked open to wake a teenager is no disclosure', () => {
    expect(assessSafety('my dad kicked the door open to wake me for school haha im 15').safeguarding).toBeNull();
  });

  it('near miss: a ceiling that fell on someone is no carbon monoxide', () => {
    expect(assessSafety('a piece of the ceiling fell and now I have a headache and feel dizzy').emergency).not.toBe('carbon-monoxide');
  });
});
