import { describe, expect, it } from 'vitest';
import { spokenText } from '../../../src/channels/rendering/speech.js';
import { whyUnusable, withCallersNumber, withCallersNumberSaid, withSpokenPhoneNumbers } from '../../../src/channels/voice/spokenPhoneNumber.js';

const asked = 'What UK phone number should we call? A mobile, or a landline with its area code.';
const from = '+447400123456';

describe('withSpokenPhoneNumbers', () => {
  it.each([
    ['oh seven seven double oh nine oh oh one two three', '07700900123'],
    ['Oh seven four, double oh, one two three, four five six.', '07400123456.'],
    ['zero one six three two treble nine oh oh one', '01632999001'],
    ['my number is oh 7 4 oh oh 1 2 3 4 5 6 thanks', 'my number is 07400123456 thanks'],
    ['nought two oh seven nine four six double oh double oh', '02079460000'],
  ])('%j → %j', (spoken, written) => {
    expect(withSpokenPhoneNumbers(spoken)).toBe(written);
  });

  it.each([
    'one or two',
    'oh I see',
    'number fourteen',
    'double glazing',
    // Twelve digits is no UK number: never cut to the first eleven.
    'oh seven seven double oh nine oh oh one two three four',
    'oh 7 4 oh oh 1 2 3 4 5 6 7',
    // An object's own names are ordinary words here (outside attack 24, A24-1).
    'double constructor oh seven seven toString',
  ])('leaves %j as it is', (utterance) => {
    expect(withSpokenPhoneNumbers(utterance)).toBe(utterance);
  });
});

describe('withCallersNumber', () => {
  it.each(['this number', "the one I'm calling from", 'yes, this one', "the number I'm calling from", 'the one I am calling from', 'same number'])(
    '%j to a number question is the number the call is from',
    (answer) => {
      expect(withCallersNumber(answer, asked, from)).toBe('07400 123456');
    },
  );

  it('"this one" to the offer of a confirmation by text is the number the call is from', () => {
    const offer = 'Would you like a confirmation? Give a mobile number or an e-mail address, or say No thanks. Say No thanks, or press 1.';
    expect(withCallersNumber('yes, this one', offer, from)).toBe('07400 123456');
  });

  it.each([
    ['another question', 'yes, this one', 'Which bin was missed?', from],
    ['a question long after a number was asked for', 'this one', 'What UK phone number should we call? Thanks. When is the best time to call you? Say Morning, or press 1. Say Afternoon, or press 2.', from],
    ['a number given', 'this number 07400 654321', asked, from],
  ])('%s is left as it is', (_case, answer, question, caller) => {
    expect(withCallersNumber(answer, question, caller)).toBe(answer);
  });

  it.each([
    ['a withheld number', 'anonymous'],
    ['a number from abroad', '+14155550123'],
    ['a number in a range no phone has (drama numbers)', '+447700900123'],
  ])('"this number" from %s cannot be used (undefined)', (_case, caller) => {
    expect(withCallersNumber('this number', asked, caller)).toBeUndefined();
  });
});

describe('withCallersNumberSaid', () => {
  it.each([
    ['Phone number: 07400 123456', "Phone number: the number you're calling from, ending in four five six."],
    ["Your call back request is logged: we'll call 07400123456 (in the morning).", "Your call back request is logged: we'll call the number you're calling from, ending in four five six, in the morning."],
    ['We will call 07400 654321.', 'We will call oh seven four oh oh, six five four three two one.'],
  ])('%j is said %j', (written, heard) => {
    expect(withCallersNumberSaid(spokenText(written), from)).toBe(heard);
  });
});

describe('whyUnusable', () => {
  it.each([
    ['anonymous', 'it is withheld'],
    ['', 'it is withheld'],
    ['+14155550123', 'it is not a UK number, and we can only call UK numbers back'],
    ['+447700900123', 'it is in a range kept for films and TV, so no phone can be rung on it'],
    ['+448001234567', 'it is not a mobile or a landline we can ring back'],
  ])('a call from %j: %s', (from, why) => {
    expect(whyUnusable(from)).toBe(why);
  });
});
