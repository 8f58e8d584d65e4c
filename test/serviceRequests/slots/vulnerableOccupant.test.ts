import { describe, expect, it } from 'vitest';
import { findVulnerableOccupant } from '../../../src/serviceRequests/slots.js';

describe('findVulnerableOccupant: someone more at risk in the home', () => {
  it.each([
    ['theres black mould all over the wall in my babys bedroom', 'a baby'],
    ["we've got a newborn and the heating is off", 'a baby'],
    ['my 6 month old sleeps in that room', 'a baby'],
    ['my 87-year-old mother lives with me and she uses a walking frame', 'an older person'],
    ['my husband is on crutches since his operation and the stairs are a struggle', 'a disabled person'],
    ['mum is housebound, she can only get to the front room', 'a disabled person'],
    ['my daughter is 8 months old', 'a baby'],
    ['mould in the nursery', 'a baby'],
    ['my 3 year old has a cough', 'a young child'],
    ['my son is 2', 'a young child'],
    ['we have a toddler', 'a young child'],
    ['young children live here', 'a young child'],
    ["I'm pregnant", 'someone pregnant'],
    ['my wife is 7 months pregnant', 'someone pregnant'],
    ['my elderly mum lives with me', 'an older person'],
    ['my older parents live with us', 'an older person'],
    ['my nan is 89', 'an older person'],
    // Said in a clause about who lives there (caller trial 30, C30-08: the form asked after using it to raise the emergency).
    ['the heating is off too and my dad who lives with us is 91', 'an older person'],
    ["I'm 82 and can't get up the stairs", 'an older person'],
    ["I'm disabled", 'a disabled person'],
    ['my son has cerebral palsy and uses a wheelchair', 'a disabled person'],
    ['my husband has cancer', 'someone seriously ill'],
    ["he's on oxygen for his COPD", 'someone seriously ill'],
    ['my partner is immunocompromised', 'someone seriously ill'],
  ])('%j → %s', (text, who) => expect(findVulnerableOccupant(text)).toEqual({ vulnerable: true, who }));

  it.each([
    ["baby wipes won't shift the mould", 'baby as an adjective'],
    ['the house is 80 years old and the windows are rotten', 'the age of a house'],
    ['the walls are baby blue', 'baby as an adjective'],
    ['no children in the house', 'denied'],
    ["I'm not disabled but the stairs are hard", 'denied'],
    ['my neighbour has a baby', "someone else's home"],
    ['the boiler is 3 years old', 'the age of a thing'],
    ['an older boiler', '"older" of a thing'],
    ['the disabled parking bay is blocked', 'disabled as a facility'],
    ['my mum had cancer years ago', 'in the past'],
    ['is mould dangerous for babies?', 'a question'],
    ['my son is 15', 'not a young child'],
    ['my mum is 45', 'not an older person'],
    ['my son who stays with us at weekends is 25', 'not an older person'],
    ['expecting a call back today', '"expecting" not pregnant'],
    ['the dog is old and pregnant', 'a pet'],
    ["I'm worried about the mould", 'nothing about who lives there'],
    ['if someone at home is older, disabled or a baby, call us', 'a supposition'],
    ['the little boy upstairs is always crying', 'another flat'],
    ['I need a wheelchair accessible taxi', 'a facility'],
  ])('%j → nothing (%s)', (text) => expect(findVulnerableOccupant(text)).toBeUndefined());
});
