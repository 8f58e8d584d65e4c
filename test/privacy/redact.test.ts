import { describe, expect, it } from 'vitest';
import { redactPersonalData } from '../../src/privacy/redact.js';
import { adversarialMessages } from '../support/adversarialMessages.js';

describe('redactPersonalData', () => {
  it.each([
    ['call me on 07700 900123 please', 'call me on [phone] please', '07700'],
    ['my landline is 020 7946 0000', 'my landline is [phone]', '7946'],
    ['email jo.bloggs+council@example.com about it', 'email [email] about it', 'bloggs'],
    ['I live at 14 Holly Road, NB1 1AA', 'I live at [address], [postcode]', 'Holly'],
    ['my name is Jane Smith and my bin was missed', 'my name is [name] and my bin was missed', 'Jane'],
    ['council tax account 12345678 is wrong', 'council tax account [account-number] is wrong', '12345678'],
    ['NI number QQ 12 34 56 C', 'NI number [ni-number]', 'QQ'],
    ['card 4111 1111 1111 1111 was charged', 'card [card-number] was charged', '4111'],
    ["Hi I'm Mary Ellen Brightwater", "Hi I'm [name]", 'Brightwater'],
    ['i am sean o\'donnell-price and my bin is missing', 'i am [name] and my bin is missing', 'donnell'],
    ['mrs mcallister at number 4 keeps feeding pigeons', 'mrs [name] at number 4 keeps feeding pigeons', 'mcallister'],
    ['Mr. van der Merwe said he would ring', 'Mr. [name] said he would ring', 'Merwe'],
    ['the gully is blocked. Regards, J. Smith', 'the gully is blocked. Regards, [name]', 'Smith'],
    ["it's Nadia here again", "it's [name] here again", 'Nadia'],
    ['DOB 02/11/1987', 'DOB [date-of-birth]', '1987'],
    ['i was born on 3rd March 1956', 'i was born on [date-of-birth]', 'March'],
    ['born March 3 56', 'born [date-of-birth]', '56'],
    ['write to john dot smith at example dot com', 'write to [email]', 'smith'],
    ['p.walsh[at]example[dot]org', '[email]', 'walsh'],
    ['sort code 12 34 56 account 12345678', 'sort code [sort-code] account [account-number]', '34'],
    ['refund to 12-34-56', 'refund to [sort-code]', '34'],
    ['rent account TEN/0448/19/CD is wrong', 'rent account [account-number] is wrong', 'TEN'],
    ['my blue badge application ref is BB-662190', 'my blue badge application ref is [account-number]', 'BB'],
    ['the lodger, Desmond Achebe, has not paid', 'the lodger, [name], has not paid', 'Achebe'],
    ['please help\nfrom Noreen and Alf x', 'please help\nfrom [name] and [name] x', 'Alf'],
    ['contact n i c k y at example dot com', 'contact [email]', 'example'],
    ['d.o.b the twenty third of june nineteen eighty', 'd.o.b the [date-of-birth]', 'eighty'],
    ['NI no QQ-12-34-56-C', 'NI no [ni-number]', 'QQ'],
    ['i live at 3/2, 15 Kelvinhaugh Rd', 'i live at [address]', 'Kelvinhaugh'],
    ['ring o7700 9oo314', 'ring [phone]', '9oo'],
    ['my car reg is ab 12 cde', 'my car reg is [vehicle]', 'cde'],
    ['the taxi is KFZ 72, a private plate', 'the taxi is [vehicle], a private plate', 'KFZ'],
    ['call oh one six three two nine six zero one one eight', 'call [phone]', 'six'],
    ['I spoke to Kerry in revenues', 'I spoke to [name] in revenues', 'Kerry'],
    // Attacker trial 11: a name after "tell" or "ask" reached the model and the dashboard.
    ['can you tell Siobhan Murphy about the licence', 'can you tell [name] about the licence', 'Murphy'],
    ['ask Kwame Mensah at number 3 about it', 'ask [name] at number 3 about it', 'Kwame'],
    ['Council tax 4401 9922 81 is wrong', 'Council tax [account-number] is wrong', '9922'],
    ['NI Q Q 1 2 3 4 5 6 C', 'NI [ni-number]', 'Q Q'],
    // Outside attack 26 (A26-8): spaced a character at a time, they reached the model.
    ['ring me 0 7 7 0 0 9 0 0 4 5 6 tonight', 'ring me [phone] tonight', '9 0 0 4'],
    ['we live at N B 3 4 Q T near the park', 'we live at [postcode] near the park', 'Q T'],
  ])('redacts %j', (input, expected, leaked) => {
    const redacted = redactPersonalData(input);
    expect(redacted).toBe(expected);
    expect(redacted).not.toContain(leaked);
  });

  /**
   * Long messages built to make a backtracking pattern try every way of splitting them. Each must
   * come back (the speed itself is measured by `npm run bench:redact`, not asserted here).
   */
  it.each(adversarialMessages(10_000))('finishes on a 10,000-character %s', (_name, text) => {
    expect(redactPersonalData(text).length).toBeGreaterThan(0);
  });

  it('changes nothing more when run twice', () => {
    const once = redactPersonalData("Hi I'm Jo Bloggs, DOB 1/2/80, jo dot bloggs at example dot com, sort code 12-34-56");
    expect(redactPersonalData(once)).toBe(once);
  });

  it('leaves ordinary questions alone', () => {
    for (const text of [
      'When is my green bin collected?',
      'How do I pay council tax by direct debit?',
      'There is mould in 2 rooms',
      "I'm worried about the damp",
      "I'm disabled and can't carry the bin",
      'I am a council tenant',
      "I'm in Larch Close",
      'this is urgent',
      'Do you sell Dr Martens?',
      'Thanks, that helps',
      'The collection moved to 3rd March',
      'the ice cream van Mr Whippy plays music at 10pm',
      'the Mrs Brown\'s Boys show was cancelled',
      'can I get a permit for 2 cars',
      'Can I get help with Council Tax?\nUniversal Credit',
      'streetlight number 27 on Elm Walk is out',
      'Sir John Moore Primary has no crossing patrol',
      'the car is a BMW X5 and has been parked for 3 weeks',
      'Reg. 12 of the parking order says so',
    ]) {
      expect(redactPersonalData(text)).toBe(text);
    }
  });
});
