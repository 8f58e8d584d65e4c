import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { issueCaseReference } from '../../src/cases/caseReference.js';
import { loadCouncilProfile } from '../../src/profile/councilProfile.js';
import {
  extractSlotsFromText,
  parseAccessTimes,
  parseBinType,
  parseCallbackTime,
  parseCaseReference,
  parseSecondFactor,
  parseCollectionDate,
  parseDescription,
  parseDuration,
  parseExtent,
  parsePersonName,
  parsePostcode,
  parseRoomsAffected,
  parseStreetAddress,
  parseTenure,
  parseUkPhoneNumber,
  parseYesNo,
  type SlotResult,
} from '../../src/serviceRequests/slots.js';

const profile = loadCouncilProfile(fileURLToPath(new URL('../../knowledge/council.yaml', import.meta.url)));
/** Thursday 5 November 2026, mid-morning in Northbrook. */
const now = new Date('2026-11-05T10:00:00Z');
const dates = { now, timeZone: 'Europe/London' };

const valueOf = <T>(result: SlotResult<T>): T => {
  if (!result.ok) throw new Error(`expected a value, got re-prompt: ${result.reprompt}`);
  return result.value;
};
const repromptOf = <T>(result: SlotResult<T>): string => {
  if (result.ok) throw new Error(`expected a re-prompt, got ${JSON.stringify(result.value)}`);
  return result.reprompt;
};

describe('postcode', () => {
  it.each([
    ['nb1 1aa', 'NB1 1AA'],
    ['NB11AA', 'NB1 1AA'],
    ['  sw1a   2aa ', 'SW1A 2AA'],
    ['ec1a1bb', 'EC1A 1BB'],
    ['M1 1AE', 'M1 1AE'],
  ])('%j → %s', (input, expected) => expect(valueOf(parsePostcode(input))).toBe(expected));

  it.each(['NB1', '12345', 'ABC 123', 'my house', ''])('refuses %j with an example of the format', (input) => {
    expect(repromptOf(parsePostcode(input))).toMatch(/doesn't look like a UK postcode.*NB1 1AA/);
  });
});

describe('street address', () => {
  it('keeps the house number or name and street, tidied', () => {
    expect(valueOf(parseStreetAddress('  14   Holly Road '))).toBe('14 Holly Road');
    expect(valueOf(parseStreetAddress('Rose Cottage, Mill Lane'))).toBe('Rose Cottage, Mill Lane');
  });

  // Said on a call and written down by speech recognition, or typed that way.
  it.each([
    ['fourteen holly road', '14 holly road'],
    ['Fourteen Holly Road', '14 Holly Road'],
    ['twenty one b the crescent', '21B the crescent'],
    ['twenty-one Holly Road', '21 Holly Road'],
    ['one hundred and two station road', '102 station road'],
    ['three hundred high street', '300 high street'],
    ['seven a mill lane', '7A mill lane'],
    ['14 Holly Road', '14 Holly Road'],
    ['Rose Cottage, Mill Lane', 'Rose Cottage, Mill Lane'],
    ['ex-council house on Mill Lane', 'ex-council house on Mill Lane'],
  ])('reads the house number in %j as %j', (said, written) => {
    expect(valueOf(parseStreetAddress(said))).toBe(written);
  });
  it.each(['14', 'x', 'a'.repeat(130), 'No thanks', 'no thank you', 'okay'])('asks again for %j', (input) => {
    expect(parseStreetAddress(input).ok).toBe(false);
  });
});

describe('bin type', () => {
  it.each([
    ['black bin', 'refuse'],
    ['general rubbish', 'refuse'],
    ['the wheelie bin', 'refuse'],
    ['blue one', 'recycling'],
    ['recycling', 'recycling'],
    ['green', 'garden'],
    ['brown garden waste bin', 'garden'],
    ['food caddy', 'food'],
    ['the little kitchen caddy', 'food'],
    ['communal bins at the flats', 'communal'],
    // What the bin is for is the same everywhere, its colour is not: the purpose wins.
    ['it was the green recycling bin', 'recycling'],
    ['the black food caddy', 'food'],
  ])('%j → %s', (input, expected) => expect(valueOf(parseBinType(input))).toBe(expected));

  it('names each colour once when it asks again', () => {
    expect(repromptOf(parseBinType('the purple one'))).toMatch(/\(black, grey, blue, green, brown\)/);
  });

  it('reads colours through the council map it is given', () => {
    const purpleRecycling = { purple: 'recycling', green: 'refuse' } as const;
    expect(valueOf(parseBinType('the purple one', purpleRecycling))).toBe('recycling');
    expect(valueOf(parseBinType('green', purpleRecycling))).toBe('refuse');
    expect(repromptOf(parseBinType('the orange one', purpleRecycling))).toMatch(/purple, green/);
  });

  it('asks again when no bin or two different bins are named', () => {
    expect(repromptOf(parseBinType('the orange one'))).toMatch(/general rubbish, recycling, garden waste, food caddy or a communal bin/);
    expect(parseBinType('blue and black').ok).toBe(false);
  });
});

describe('collection date (today is Thursday 5 November 2026)', () => {
  it.each([
    ['today', '2026-11-05'],
    ['yesterday', '2026-11-04'],
    ['the day before yesterday', '2026-11-03'],
    ['Tuesday', '2026-11-03'],
    ['tues', '2026-11-03'],
    ['last Tuesday', '2026-11-03'],
    ['on Monday', '2026-11-02'],
    ['Friday', '2026-10-30'],
    ['thursday', '2026-11-05'],
    ['3/11', '2026-11-03'],
    ['3 November', '2026-11-03'],
    ['03/11/2026', '2026-11-03'],
    ['it was meant to be the 2nd of Nov', '2026-11-02'],
  ])('%j → %s', (input, expected) => expect(valueOf(parseCollectionDate(input, dates))).toBe(expected));

  it.each(['tomorrow', 'next Tuesday', '25/12', '10/11/2026'])('refuses the future date %j', (input) => {
    expect(repromptOf(parseCollectionDate(input, dates))).toMatch(/hasn't happened yet/);
  });

  it.each(['not sure', "that's it for now", 'I need it emptied right now'])('asks again when there is no collection day in %j', (input) => {
    expect(repromptOf(parseCollectionDate(input, dates))).toMatch(/"yesterday"/);
  });

  it('reads the day past a "now": "right now it has been out since Tuesday"', () => {
    expect(valueOf(parseCollectionDate('right now it has been out since Tuesday', dates))).toBe('2026-11-03');
  });

  it('looks for the day only in the first 500 characters, where a collection day is said (outside attack 16b, N7: chrono tries every run of digits)', () => {
    const opening = 'it was meant to go on Tuesday and ' + 'the lorry never came down our road '.repeat(12);
    expect(opening.length).toBeLessThan(500);
    expect(valueOf(parseCollectionDate(opening, dates))).toBe('2026-11-03');
    expect(repromptOf(parseCollectionDate('the lorry never came down our road '.repeat(15) + 'it was meant to go on Tuesday', dates))).toMatch(/"yesterday"/);
  });

  it('uses the council timezone: 00:30 BST on 1 June is already 1 June', () => {
    expect(valueOf(parseCollectionDate('today', { now: new Date('2026-05-31T23:30:00Z'), timeZone: 'Europe/London' }))).toBe('2026-06-01');
  });
});

describe('yes / no', () => {
  // Answers to a question, and acceptances of an offer ("I can ask someone to call you back") in words.
  it.each([
    'yes', 'Yeah', 'yep!', 'aye', 'there was a sticker', 'they put a tag on the bin', 'I think so',
    'yes please', 'ok', 'Okay.', 'go on then', 'go ahead', 'please do', 'please', 'that would be great', "that'd be lovely", 'sounds good',
  ])('%j → yes', (input) => {
    expect(valueOf(parseYesNo(input))).toBe(true);
  });
  // Answers to a question, and polite refusals of an offer.
  it.each([
    'no', 'Nope', 'nah', 'no sticker', "there wasn't", 'not really',
    'no thanks', 'no thank you', 'not now', 'not at the moment', 'not yet', 'no need', "I'm fine thanks", 'I’m fine, thank you', "we're ok",
  ])('%j → no', (input) => {
    expect(valueOf(parseYesNo(input))).toBe(false);
  });
  it.each([
    ['sim', true], ['Sí', true], ['si', true], ['tak', true], ['da', true], ['taip', true], ['haan ji', true], ['نعم', true], ['ہاں', true], ['হ্যাঁ', true], ['ਹਾਂ', true], ['haa', true],
    ['não', false], ['nie', false], ['nu', false], ['ne', false], ['nahi', false], ['لا', false], ['না', false], ['ਨਹੀਂ', false], ['maya', false],
  ])('%j in a community language → %s (caller trial 28, C28-01)', (input, expected) => {
    expect(valueOf(parseYesNo(input))).toBe(expected);
  });
  it.each(['maybe, what do you mean?', "I'm not sure", 'please do something about my bins', "I'm fine with the bins", 'go on what?', 'pleased to hear it'])(
    'asks for a plain yes or no after %j',
    (input) => expect(repromptOf(parseYesNo(input))).toMatch(/"yes" or "no"/),
  );
});

describe('UK phone number', () => {
  it.each([
    ['07400 123456', '+447400123456', '07400 123456', 'mobile'],
    ['+44 7400 123456', '+447400123456', '07400 123456', 'mobile'],
    ['020 7946 0000', '+442079460000', '020 7946 0000', 'landline'],
    ['(0118) 496 0123', '+441184960123', '0118 496 0123', 'landline'],
    // Issue 21, fifth caller: a mobile in a block libphonenumber does not list yet was refused.
    ['07911654321', '+447911654321', '07911 654321', 'mobile'],
  ])('%j → %s', (input, e164, display, kind) => {
    expect(valueOf(parseUkPhoneNumber(input))).toEqual({ e164, display, kind });
  });
  it('refuses non-numbers, short numbers and foreign or service numbers, each with its own reason', () => {
    expect(repromptOf(parseUkPhoneNumber('12345'))).toMatch(/doesn't look like a UK phone number/);
    expect(repromptOf(parseUkPhoneNumber('call me'))).toMatch(/doesn't look like a UK phone number/);
    expect(repromptOf(parseUkPhoneNumber('+33 1 23 45 67 89'))).toMatch(/only call UK numbers/);
    expect(repromptOf(parseUkPhoneNumber('0800 123 4567'))).toMatch(/service number/);
    expect(repromptOf(parseUkPhoneNumber('07700 900123'))).toMatch(/kept for films and TV/);
  });
});

describe('person name, call-back time, description', () => {
  it('takes a name, dropping "my name is"', () => {
    expect(valueOf(parsePersonName('my name is Aoife O’Brien-Ward'))).toBe('Aoife O’Brien-Ward');
    expect(valueOf(parsePersonName('Zoë'))).toBe('Zoë');
    expect(parsePersonName('07400 123456').ok).toBe(false);
  });

  it.each(['yes', 'Yes.', 'no', 'change', 'pardon?', 'yeah ok', 'sorry what', 'confirm', 'Confirm.'])('does not take the answer "%s" as a name', (answer) => {
    expect(parsePersonName(answer).ok).toBe(false);
  });

  it.each(['Yesenia', 'Noor', 'Sorrell Okafor', 'Ok Lee'])('takes the name "%s" though it starts like an answer', (name) => {
    expect(valueOf(parsePersonName(name))).toBe(name);
  });

  it.each([
    ['mornings are best', { period: 'morning' }],
    ['after lunch', { period: 'afternoon' }],
    ['I am free in the afternoon', { period: 'afternoon' }],
    ['evening', { period: 'evening' }],
    ["don't mind", { period: 'any' }],
    ['2pm', { period: 'at', time: '14:00' }],
    ['around 9.30am', { period: 'at', time: '09:30' }],
    ['14:45', { period: 'at', time: '14:45' }],
    // A change of mind within the answer: what was said after it (caller trial 17).
    ['Tuesday morning. Actually no, make it the afternoon', { period: 'afternoon' }],
    ['mornings, sorry no, evenings, I am on earlies', { period: 'evening' }],
    ['3pm, actually make it 11am', { period: 'at', time: '11:00' }],
    ['any time in the morning', { period: 'morning' }],
  ])('call back %j', (input, expected) => expect(valueOf(parseCallbackTime(input))).toEqual(expected));

  it('asks for a call-back time it cannot read', () => {
    expect(repromptOf(parseCallbackTime('soonish'))).toMatch(/morning, afternoon, evening/);
  });

  it('needs a description long enough to act on', () => {
    expect(repromptOf(parseDescription('broken'))).toMatch(/a bit more/);
    expect(valueOf(parseDescription('  The kitchen tap has come loose from the sink '))).toBe('The kitchen tap has come loose from the sink');
  });
});

describe('case reference', () => {
  const reference = issueCaseReference('NBC', 'callback', () => [7, 20, 4, 23, 2, 19, 27]);
  it.each([
    [reference, reference],
    [reference.toLowerCase(), reference],
    [reference.replace(/-/g, ' '), reference],
    [`my reference is ${reference}, thanks`, reference],
    ['NBC-REP-000123', 'NBC-REP-000123'],
    [' nbc - dmp - 000042 ', 'NBC-DMP-000042'],
  ])('%j → %s', (input, expected) => expect(valueOf(parseCaseReference(input, 'NBC'))).toBe(expected));

  it.each(['NBC-XYZ-000123', 'NBC-REP-123', 'ABC-REP-000123', 'REP-000123'])('refuses %j with the expected format', (input) => {
    expect(repromptOf(parseCaseReference(input, 'NBC'))).toMatch(/NBC-REP-7K4Q-2MXR/);
  });

  it('says a reference with one symbol wrong is mistyped, before anything is looked up', () => {
    const wrong = reference.slice(0, -1) + (reference.endsWith('0') ? '1' : '0');
    expect(repromptOf(parseCaseReference(wrong, 'NBC'))).toMatch(/mistyped/);
  });
});

describe('second factor', () => {
  it.each([
    ['NB1 1AA', { kind: 'postcode', postcode: 'NB1 1AA' }],
    ['it was nb11aa', { kind: 'postcode', postcode: 'NB1 1AA' }],
    ['3456', { kind: 'phone-ending', digits: '3456' }],
    ['ends in 34 56', { kind: 'phone-ending', digits: '3456' }],
    ['07400 123456', { kind: 'phone-ending', digits: '3456' }],
    // Said on a call (caller trial 12).
    ['seven eight double eight', { kind: 'phone-ending', digits: '7888' }],
    ['it ends oh two nine nine', { kind: 'phone-ending', digits: '0299' }],
  ])('%j → %j', (input, expected) => expect(valueOf(parseSecondFactor(input))).toEqual(expected));

  it.each(['no idea', '123', '123456'])('asks again for %j', (input) => expect(repromptOf(parseSecondFactor(input))).toMatch(/postcode .* last 4 digits/));
});

describe('damp and mould details', () => {
  it('lists the rooms affected', () => {
    expect(valueOf(parseRoomsAffected('the back bedroom, the bathroom and a bit in the lounge'))).toEqual(['bathroom', 'bedroom', 'living room']);
    expect(parseRoomsAffected('all over').ok).toBe(false);
  });

  it.each([
    ['just a small patch by the window', 'small-patch'],
    ['one wall in the bedroom', 'one-wall'],
    ['the whole ceiling of the bathroom', 'one-room'],
    ['several rooms', 'several-rooms'],
    ["it's everywhere, the whole house", 'whole-home'],
  ])('extent %j → %s', (input, expected) => expect(valueOf(parseExtent(input))).toBe(expected));

  it.each([
    ['3 weeks', 21],
    ['a couple of months', 60],
    ['about a year', 365],
    ['since last winter', undefined],
    ['for ages', undefined],
    ['a good while', undefined],
    // Caller re-trial 11b: a gas report's "how long?" went round in circles.
    ['about an hour', 1 / 24],
    ['2 hours', 2 / 24],
    ['half an hour', 1 / 48],
    ['just tonight', undefined],
  ])('duration %j ≈ %s days', (input, days) => {
    expect(valueOf(parseDuration(input))).toEqual({ description: input, ...(days === undefined ? {} : { approximateDays: days }) });
  });

  it.each([
    ['I rent from the council', 'council-tenant'],
    ['housing association', 'housing-association'],
    ['I rent privately through a letting agent', 'private-renter'],
    ['private landlord', 'private-renter'],
    ['we own it', 'owner'],
  ])('tenure %j → %s', (input, expected) => expect(valueOf(parseTenure(input))).toBe(expected));

  // A size, or a hedge with no time in it, is no answer to "how long has it been there?".
  it.each(['about a metre square', 'around the window frame', 'over the bed'])('asks again for the duration given %j', (input) => {
    expect(repromptOf(parseDuration(input))).toMatch(/How long/);
  });

  it('asks again for tenure, duration and access times it cannot read', () => {
    expect(repromptOf(parseTenure('not sure'))).toMatch(/council, from a housing association, from a private landlord/);
    expect(repromptOf(parseDuration('dunno'))).toMatch(/How long/);
    expect(repromptOf(parseAccessTimes('whatever'))).toMatch(/When can someone get into your home/);
    expect(valueOf(parseAccessTimes('weekday mornings, not Fridays'))).toBe('weekday mornings, not Fridays');
  });
});

describe('extractSlotsFromText', () => {
  it('picks up the bin, street and day from a first message', () => {
    expect(extractSlotsFromText('green bin not collected on Holly Road yesterday', now, profile)).toEqual({
      binType: 'garden',
      streetAddress: 'Holly Road',
      collectionDate: '2026-11-04',
    });
  });

  it('picks up a house number, a postcode anywhere and a weekday', () => {
    expect(extractSlotsFromText('Our recycling at 27 Mill Lane, NB2 4XY was missed on Tuesday', now, profile)).toEqual({
      binType: 'recycling',
      streetAddress: '27 Mill Lane',
      postcode: 'NB2 4XY',
      collectionDate: '2026-11-03',
    });
  });

  it.each([
    ['flat 3, 5 Park Road', 'Flat 3, 5 Park Road'],
    ['Apartment 12b 40 Mill Lane', 'Apartment 12b, 40 Mill Lane'],
    ['it is 5 Park Road', '5 Park Road'],
    // A building named before the street, and a number said apart from it (caller trial 30, C30-41 and C30-02).
    ['Flat 7 Beech House, Mill Lane NB2 4XY', 'Flat 7, Beech House, Mill Lane'],
    ['Rowan Lodge, Church View', 'Rowan Lodge, Church View'],
    ['the food waste on Orchard Close was missed, number 23', '23 Orchard Close'],
    ['Holly Road, house no. 4b', '4B Holly Road'],
    ['my reference number 4521 is about Mill Lane', 'Mill Lane'],
    ['bin number 2 on Mill Lane', 'Mill Lane'],
  ])('keeps the flat with the house number and street: %j', (input, expected) => {
    expect(extractSlotsFromText(input, now, profile).streetAddress).toBe(expected);
  });

  it('finds the room and the item in a repair report', () => {
    expect(extractSlotsFromText('my boiler in the kitchen stopped working', now, profile)).toEqual({ repairItem: 'boiler', location: 'kitchen' });
    expect(extractSlotsFromText('The toilet keeps running', now, profile)).toEqual({ repairItem: 'toilet' });
  });

  it('finds a case reference', () => {
    expect(extractSlotsFromText("what's happening with nbc rep 000123?", now, profile)).toEqual({ caseReference: 'NBC-REP-000123' });
    const reference = issueCaseReference('NBC', 'repair', () => [1, 2, 3, 4, 5, 6, 10]);
    expect(extractSlotsFromText(`what's happening with ${reference.toLowerCase()}?`, now, profile)).toEqual({ caseReference: reference });
  });

  it('leaves out what is not clearly there', () => {
    expect(extractSlotsFromText('my bin was not collected', now, profile)).toEqual({});
    expect(extractSlotsFromText('the blue and black bins were missed', now, profile)).toEqual({});
    expect(extractSlotsFromText('bins are collected next Tuesday, right?', now, profile)).toEqual({});
    expect(extractSlotsFromText('I went down the road to the green', now, profile)).toEqual({});
    expect(extractSlotsFromText('there is damp in the bedroom and the kitchen', now, profile)).toEqual({});
  });
});
