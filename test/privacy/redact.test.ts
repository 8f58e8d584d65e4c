import { describe, expect, it } from 'vitest';
import { redactPersonalData } from '../../src/privacy/redact.js';

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
  ])('redacts %j', (input, expected, leaked) => {
    const redacted = redactPersonalData(input);
    expect(redacted).toBe(expected);
    expect(redacted).not.toContain(leaked);
  });

  it('leaves ordinary questions alone', () => {
    for (const text of ['When is my green bin collected?', 'How do I pay council tax by direct debit?', 'There is mould in 2 rooms']) {
      expect(redactPersonalData(text)).toBe(text);
    }
  });
});
