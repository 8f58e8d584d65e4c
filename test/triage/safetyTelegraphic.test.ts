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
