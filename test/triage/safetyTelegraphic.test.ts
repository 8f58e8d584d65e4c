import { describe, expect, it } from 'vitest';
import { assessSafety, type EmergencyKind } from '../../src/triage/safety.js';

/**
 * Emergencies told in few English words, articles and verbs left out, as a resident with little
 * English says them (caller trial 19, C19-01: a fire with children inside got the damp-and-mould
 * article, a man in a canal the water-leak article). Near misses with the same words stay unflagged.
 */
const emergencies: [text: string, kind: EmergencyKind][] = [
  ['Fire, my children in bedroom!', 'fire'],
  ['my house is fire, baby inside', 'fire'],
  ['Fire! help me please, fire', 'fire'],
  ['fire in kitchen, children upstairs', 'fire'],
  ['FIRE FIRE. flat 12 please come', 'fire'],
  ['kitchen is fire, my mother inside, she old', 'fire'],
  ['man in water, canal, help', 'danger-to-life'],
  ['child in river, near bridge, quick', 'danger-to-life'],
  ['my husband fall down, not wake up', 'danger-to-life'],
  ['grandma fell, no answer, not moving', 'danger-to-life'],
];

const nearMisses: string[] = [
  'the fire door on our landing is broken',
  'my gas fire in bedroom not working',
  'fire alarm in hallway keeps chirping, battery?',
  'i want to complain about how the fire was handled last year',
  'my son is in the sea cadets, is there a grant',
  'the kids love playing in the water at the splash park',
  'my nan had a fall last year and did not move house after',
  'electric fire in lounge, is it safe to leave on overnight',
];

describe('emergencies told in few English words are flagged', () => {
  it.each(emergencies)('%s → %s', (text, kind) => {
    expect(assessSafety(text).emergency).toBe(kind);
  });
});

describe('the same words in harmless messages stay unflagged', () => {
  it.each(nearMisses)('%s', (text) => {
    expect(assessSafety(text).emergency).toBeNull();
  });
});

/**
 * The same kinds in other few-word shapes (outside re-check 19, R19-01 to R19-07): a fire with
 * people still inside, a seizure, someone in a canal or river, a shooting or stabbing, someone
 * dropped and not waking, the fuse box with wet feet. Near misses stay unflagged.
 */
const fewWords: [text: string, kind: EmergencyKind][] = [
  ['flat burning, my two boys still inside', 'fire'],
  ['smoke smoke, grandad upstairs cant get down', 'fire'],
  ['my girl fitting on the kitchen floor', 'danger-to-life'],
  ['he having seizure, lips blue', 'danger-to-life'],
  ['shaking no stop, my baby, help', 'danger-to-life'],
  ['old man slip in river, he cant swim', 'danger-to-life'],
  ['boy jumped in the canal and gone under', 'danger-to-life'],
  ['guy shot by the shops, blood everywhere', 'danger-to-life'],
  ['they stab my cousin outside', 'danger-to-life'],
  ['dad collapse in garden, not breathing, no answer', 'danger-to-life'],
  ['wife drop on floor and she not wake', 'danger-to-life'],
];

const fewWordsNearMisses: string[] = [
  'the carpet fitting is booked for tuesday',
  'my mum will have a fit when she sees this council tax bill',
  'the kids love fishing in the canal on sundays',
  'someone dropped a trolley in the river by the bridge',
  'can you shoot me an email with the permit details',
  'could you shoot me over the form for the garage list',
  'the photo shoot in the park needs a permit?',
  'my phone dropped and will not switch on',
  'the fire alarm in the flat went off when the kids burnt toast inside',
];

describe('the same kinds in other few-word shapes are flagged', () => {
  it.each(fewWords)('%s → %s', (text, kind) => {
    expect(assessSafety(text).emergency).toBe(kind);
  });
});

describe('their near misses stay unflagged', () => {
  it.each(fewWordsNearMisses)('%s', (text) => {
    expect(assessSafety(text).emergency).toBeNull();
  });
});

it('the fuse box while standing in water is water near electrics, not a power cut', () => {
  expect(assessSafety('standing in water in the hall, should I switch off at the consumer unit?').emergency).toBe('water-electrics');
});
