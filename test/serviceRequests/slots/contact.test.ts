import { describe, expect, it } from 'vitest';
import { findContact, parseContact, parseEmailAddress, type SlotResult } from '../../../src/serviceRequests/slots.js';

const mobile = { e164: '+447400123456', display: '07400 123456', kind: 'mobile' } as const;
const landline = { e164: '+441134960000', display: '0113 496 0000', kind: 'landline' } as const;
const repromptOf = <T>(result: SlotResult<T>): string => {
  if (result.ok) throw new Error(`expected a re-prompt, got ${JSON.stringify(result.value)}`);
  return result.reprompt;
};

describe('parseEmailAddress', () => {
  it.each([
    ['sam.patel@example.com', 'sam.patel@example.com'],
    ['  Sam.Patel+bins@Example.co.uk. ', 'Sam.Patel+bins@Example.co.uk'],
    ['my email is sam@example.com', 'sam@example.com'],
    ["it's o'brien@example.org", "o'brien@example.org"],
    // Said on a call, as the recogniser writes it down (and as the bot's own example is spoken).
    ['jo dot bloggs at gmail dot com', 'jo.bloggs@gmail.com'],
    ['my email is Jo dot Bloggs at Gmail dot com.', 'jo.bloggs@gmail.com'],
    ['sam underscore patel at example dot co dot uk', 'sam_patel@example.co.uk'],
    ['jo.bloggs at gmail.com', 'jo.bloggs@gmail.com'],
    // Caller trials 10 and 11: the name in several words kept only its last ("seven@gmail.com").
    ['kerry walsh 87 at gmail dot com', 'kerrywalsh87@gmail.com'],
    ['my email is aisha k 87 at gmail dot com', 'aishak87@gmail.com'],
    ['kerry dot walsh 87 at gmail dot com', 'kerry.walsh87@gmail.com'],
  ])('%j → %s', (text, email) => expect(parseEmailAddress(text)).toEqual({ ok: true, value: email }));

  it.each(['sam@gmail', 'sam@@example.com', 'sam @ example', 'sam.example.com', '', 'sam at home', 'jo dot bloggs at gmail'])('refuses %j in plain English', (text) => {
    expect(repromptOf(parseEmailAddress(text))).toMatch(/doesn't look like an e-mail address.*sam\.patel@example\.com/);
  });
});

describe('parseContact: "What\'s the best phone number or e-mail address to reach you?"', () => {
  it.each([
    ['07400 123456', { kind: 'phone', phone: mobile }],
    ["it's 07400123456 thanks", { kind: 'phone', phone: mobile }],
    ['0113 496 0000', { kind: 'phone', phone: landline }],
    ['sam@example.com', { kind: 'email', email: 'sam@example.com' }],
    ['jo dot bloggs at gmail dot com', { kind: 'email', email: 'jo.bloggs@gmail.com' }],
    ['kerry walsh 87 at gmail dot com', { kind: 'email', email: 'kerrywalsh87@gmail.com' }],
    ['07400 123456 or sam@example.com', { kind: 'phone-and-email', phone: mobile, email: 'sam@example.com' }],
    // A mobile in a block libphonenumber does not list yet is still a mobile, as the call-back form takes it.
    ['07911654321', { kind: 'phone', phone: { e164: '+447911654321', display: '07911 654321', kind: 'mobile' } }],
    ['ring me on 07911 654 321 after six', { kind: 'phone', phone: { e164: '+447911654321', display: '07911 654321', kind: 'mobile' } }],
    ["I'd rather not", { kind: 'declined' }],
    ['No thank you.', { kind: 'declined' }],
    ['no thanks', { kind: 'declined' }],
    ["No that's all thanks", { kind: 'declined' }],
    ['no, that is all, thank you', { kind: 'declined' }],
    ['skip', { kind: 'declined' }],
    ['prefer not to say', { kind: 'declined' }],
  ])('%j → %j', (text, contact) => expect(parseContact(text)).toEqual({ ok: true, value: contact }));

  it('asks again, with the reason a number cannot be used', () => {
    expect(repromptOf(parseContact('0800 123 4567'))).toMatch(/service number/);
    expect(repromptOf(parseContact('12345678'))).toMatch(/doesn't look like a UK phone number/);
    expect(repromptOf(parseContact('sam@gmail'))).toMatch(/UK phone number.*e-mail address/);
    expect(repromptOf(parseContact('my mobile'))).toMatch(/UK phone number.*e-mail address/);
    expect(repromptOf(parseContact("no, I'll give it to you later"))).toMatch(/UK phone number.*e-mail address/);
  });
});

describe('findContact: a phone number or e-mail address inside a longer message', () => {
  it.each([
    ['call me on 07400 123456 after 5', { kind: 'phone', phone: mobile }],
    ['ring me on 07400123456, any time', { kind: 'phone', phone: mobile }],
    ["I've phoned 5 times, my number is 0113 496 0000", { kind: 'phone', phone: landline }],
    ['email me at sam.patel@example.com.', { kind: 'email', email: 'sam.patel@example.com' }],
    ['my old email was sam@example.org but now its sam.patel@example.com', { kind: 'email', email: 'sam.patel@example.com' }],
    ['my number is 0113 496 0000 or email sam@example.com', { kind: 'phone-and-email', phone: landline, email: 'sam@example.com' }],
    // libphonenumber is shown only the places a number may be, and a little either side (outside attack 16b, N7).
    ['ring (0113) 496 0000 please', { kind: 'phone', phone: landline }],
    ['mobile +44 (0) 7400 123456', { kind: 'phone', phone: mobile }],
    ['mob: +447400123456', { kind: 'phone', phone: mobile }],
    ['07400-123-456 is best', { kind: 'phone', phone: mobile }],
    [`${'0. '.repeat(600)}call me on 07400 123456`, { kind: 'phone', phone: mobile }],
    [`${'0.'.repeat(900)} call me on 07400 123456`, { kind: 'phone', phone: mobile }],
    ['tried 0800 123 4567 twice, call me back on 07400 123456', { kind: 'phone', phone: mobile }],
  ])('%j → %j', (text, contact) => expect(findContact(text)).toEqual(contact));

  it.each([
    ['I rang 0113 496 0000 three times', 'a number the resident called'],
    ['I called 0800 123 4567 and nobody answered', 'a number the resident called'],
    ['my reference is NBC-REP-000123', 'a case reference'],
    ['it was missed on 03/11/2026', 'a date'],
    ['14 Holly Road, NB1 1AA', 'an address'],
    ['call me on +33 1 23 45 67 89', 'not a UK number'],
    ['my email is sam at gmail', 'not an e-mail address'],
    ['Piers Lamb, council tax account 7400 1234 56', 'bare digits are an account number'],
  ])('%j → nothing (%s)', (text) => expect(findContact(text)).toBeUndefined());
});
