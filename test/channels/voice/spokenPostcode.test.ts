import { describe, expect, it } from 'vitest';
import { withSpokenPostcodes } from '../../../src/channels/voice/spokenPostcode.js';

describe('withSpokenPostcodes', () => {
  it.each([
    ['N B three, four Q T', 'NB3 4QT'],
    ['november bravo three four quebec tango', 'NB3 4QT'],
    ['November Bravo 3, 4 Quebec Tango.', 'NB3 4QT.'],
    ['NB3 4QT', 'NB3 4QT'],
    ['nb3 4qt', 'NB3 4QT'],
    ['my postcode is n b 3 4 q t', 'my postcode is NB3 4QT'],
    ["it's NB1 1AA please", "it's NB1 1AA please"],
    ['N B one, one A A', 'NB1 1AA'],
    ['S W one A, two A A', 'SW1A 2AA'],
    ['14 Holly Road, N B three four Q T', '14 Holly Road, NB3 4QT'],
    ['E one, six A N', 'E1 6AN'],
    ['M one oh, one A B', 'M10 1AB'],
    // Letters made clear with a word, as on the phone (issue 21, second caller).
    ['N for Nora B as in Bravo three four Q T', 'NB3 4QT'],
    ['it is M for mother one, one A for apple B for Bertie', 'it is M1 1AB'],
    ['n as in november b for bravo 3, 4 q for queen t for tommy', 'NB3 4QT'],
  ])('"%s" → "%s"', (spoken, written) => {
    expect(withSpokenPostcodes(spoken)).toBe(written);
  });

  it.each([
    'my bin was not collected',
    'I am at number 14 on a road',
    'yes',
    'three',
    'report a repair',
    'I can smell gas',
    'a for sale sign is by the door',
    // An object's own names are ordinary words here (outside attack 24, A24-1).
    'the constructor and the prototype',
    'double constructor toString',
  ])('leaves "%s" as it is', (utterance) => {
    expect(withSpokenPostcodes(utterance)).toBe(utterance);
  });
});
