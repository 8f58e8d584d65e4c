import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../src/triage/safety.js';

/**
 * Round 10 of fresh wording, from the kinds caller trial 31 found asked about but not flagged, or missed: abuse told by what a
 * partner did to the home or by an ex who still gets in, an older person's carer taking money, breathing hard in romanised
 * Punjabi, water pouring by a light told across a clause break, no heating with a small child in Polish. Near misses stay unflagged.
 */
describe('round 10, caller trial 31', () => {
  it.each([
    ['my husband smashed the plates last night and I am scared of what he will do when he gets home', 'domestic-abuse'],
    ['my ex still has keys to my flat and he let himself in again while I was sleeping', 'domestic-abuse'],
    ['the carer who comes to my nan takes cash from her purse and is rough with her', 'adult-at-risk'],
  ])('%s → %s', (text, flag) => {
    expect(assessSafety(text).safeguarding).toBe(flag);
  });

  it.each([
    ['can someone board up the back door, my ex booted it in last night', 'domestic-abuse'],
    ['the bedroom window got smashed when my husband came home drunk, needs fixing', 'domestic-abuse'],
    ['mój chłopak wybił szybę w oknie i krzyczy że wróci', 'domestic-abuse'],
    ['my stepdad locked me out, im 14 and its nearly midnight', 'child-at-risk'],
  ])('round 10b, re-check 31b: %s → %s', (text, flag) => {
    expect(assessSafety(text).safeguarding).toBe(flag);
  });

  it.each([
    ['mere bete nu saah lain vich bahut aukha ho reha', 'danger-to-life'],
    ['meri dhee saah nahi lai sakdi', 'danger-to-life'],
    ['bachche da rang neela ho reha', 'danger-to-life'],
    ['nie działają kaloryfery od wczoraj, mamy dwumiesięczne dziecko', 'no-heat-vulnerable'],
    ['my stepdad locked me out, im 14 and its nearly midnight', 'homeless-tonight'],
    ['picura mult, chiar langa priza din hol', 'water-electrics'],
    ["the bath upstairs overflowed and it's running down the wall and into the socket by the telly", 'water-electrics'],
    ['cieknie z sufitu, zaraz obok lampy', 'water-electrics'],
    ['nie mamy ogrzewania od wczoraj, w domu jest małe dziecko', 'no-heat-vulnerable'],
  ])('%s → %s', (text, kind) => {
    expect(assessSafety(text).emergency).toBe(kind);
  });

  it.each([
    'my husband and I threw a party last night, can I book a bulky waste collection',
    'my carer helps me pay the council tax from my purse',
    'my ex has a key so he can pick the kids up, can the repair be on monday',
    'my partner has a key, can the repair man come when she is in',
    'the light in the hall flickers but there is no water anywhere near it',
    'cars keep coming through the lights on our road and the drains are full of water',
    'my ex has moved out and I need to change the council tax to single person',
    'my husband kicked the ball through the neighbours window, who do I pay',
    'my partner smashed a glass by accident, can glass go in the recycling',
    'bezpiecznik ciągle wybija, mąż mówi że to pralka',
    'o meu contentor partiu-se, preciso de um novo',
  ])('near miss, no flag: %s', (text) => {
    const reading = assessSafety(text);
    expect([reading.emergency, reading.safeguarding]).toEqual([null, null]);
  });
});
