import { describe, expect, it } from 'vitest';
import { renderReply } from '../../../src/channels/render.js';
import { renderForChannel } from '../../../src/channels/rendering/channelRendering.js';
import { firstSentences, keySentence, spokenChoices, spokenText } from '../../../src/channels/rendering/speech.js';

describe('spokenText', () => {
  it.each([
    ['**Call 999** now.', 'Call nine nine nine now.'],
    ['Call the National Gas Emergency Service on *0800 111 999*.', 'Call the National Gas Emergency Service on oh eight oh oh, one one one, nine nine nine.'],
    ['Phone us on 01632 960000 (Monday to Friday).', 'Phone us on oh one six three two, nine six oh oh oh oh, Monday to Friday.'],
    ['See [collection days](https://www.northbrook.example/bins/collection-days).', 'See collection days, on our website.'],
    ['Apply on [GOV.UK](https://www.gov.uk/apply).', 'Apply on the GOV dot UK website.'],
    ['Details: https://www.northbrook.example/bins', 'Details: on our website.'],
    ['Thanks! 👍 🎉', 'Thanks!'],
    ['## Bins\n- Put it out by 7am\n- Lid closed', 'Bins. Put it out by 7am. Lid closed.'],
    ['Your reference is NBC-BIN-7K4Q-2MXR.', 'Your reference is N B C, B I N, seven K four Q, two M X R.'],
    ['Postcode: NB3 4QT. Address: 14 Holly Road.', 'Postcode: N B three, four Q T. Address: 14 Holly Road.'],
    ['The fee is £52 for 2026.', 'The fee is £52 for 2026.'],
    ['You can type "help" at any time.', 'You can say help at any time.'],
    ['Open 9am to 5pm, 14 Holly Road.', 'Open 9am to 5pm, 14 Holly Road.'],
    // What is typed or seen in a chat, said for the ear.
    ['You can say "yesterday", or a date such as 3/11.', 'You can say yesterday, or a date such as the 3rd of November.'],
    ['Due 21/1, not 31/13.', 'Due the 21st of January, not 31/13.'],
    ['Please write it in full, for example sam.patel@example.com.', 'Please say it in full, for example sam dot patel at example dot com.'],
    ['We will write to jane_doe@mail-box.example.', 'We will write to jane underscore doe at mail dash box dot example.'],
    ['You can apply on https://www.northbrook.example/apply today.', 'You can apply on our website today.'],
    ['You can also type your postcode. Bin type: Recycling.', 'You can also say your postcode. Bin type: Recycling.'],
    ['Its colour (black, grey, gray, blue).', 'Its colour, black, grey, blue.'],
    ["Thanks, I've noted that (Postcode: NB3 4QT).", "Thanks, I've noted that, Postcode: N B three, four Q T."],
    ['Call **0800 111 999** (free, 24 hours), then let us know.', 'Call oh eight oh oh, one one one, nine nine nine, free, 24 hours, then let us know.'],
    // Chat wording a caller heard read out (issue 21, second caller): said as a call says it.
    ['Sorry, I need a yes or no answer to that. Please reply "yes" or "no".', 'Sorry, I need a yes or no answer to that. Please say yes or no, or press 1 or 2.'],
    ['Before you go, how would you rate this chat, from 5 (very good) to 1 (very poor)?', 'Before you go, how would you rate this call, from 5, very good, to 1, very poor?'],
    ["I can't check any more references in this chat.", "I can't check any more references on this call."],
    ['Give a mobile number or an e-mail address, or choose No thanks.', 'Give a mobile number or an e-mail address, or say No thanks.'],
    ['Choose Confirm to send them, or Change to correct something.', 'Say Confirm to send them, or Change to correct something.'],
    ['Sorry, I didn\'t catch which detail. Please choose one of these, or "Nothing to change".', "Sorry, I didn't catch which detail. Please say one of these, or Nothing to change."],
    ["Just type 'talk to someone'.", 'Just say talk to someone.'],
    ['Please check these details:\n\n- Bin type: Recycling\n- Confirmation to: None given\n- Address: 14 Holly Road,', 'Please check these details: Bin type: Recycling. Address: 14 Holly Road.'],
    ['Call us on 01632 960000 (Monday to Friday, 9am to 5pm (closed on bank holidays)) or later.', 'Call us on oh one six three two, nine six oh oh oh oh, Monday to Friday, 9am to 5pm, closed on bank holidays, or later.'],
    ['Our number is +44 1632 960001 or 01632960001.', 'Our number is oh one six three two, nine six oh oh oh one or oh one six three two, nine six oh oh oh one.'],
    // Issue 21, fifth caller: wording that made no sense heard.
    [
      "That doesn't look like a UK phone number. Please give a mobile such as 07400 123456 or a landline with its area code, such as 020 7946 0000.",
      "That doesn't look like a UK phone number. Please give a mobile such as oh seven four oh oh, one two three four five six or a landline with its area code, such as oh two oh, seven nine four six, oh oh oh oh. You can also key it in on your keypad.",
    ],
    ['Children and young people can call Childline free, at any time, on **0800 1111**.', 'Children and young people can call Childline free, at any time, on oh eight oh oh, one one one one.'],
    ['Council tax is due monthly.\n\nMore: [How to pay your council tax](https://www.northbrook.example/council-tax/pay)', 'Council tax is due monthly. There is more on our website, under How to pay your council tax.'],
    ['See [Challenge your band on GOV.UK](https://www.gov.uk/challenge-council-tax-band).', 'See Challenge your band on GOV.UK.'],
    ['More: [Passports on GOV.UK](https://www.gov.uk/browse/abroad/passports)', 'There is more under Passports on GOV.UK.'],
  ])('%j is said %j', (markdown, spoken) => {
    expect(spokenText(markdown)).toBe(spoken);
  });
});

describe('keySentence', () => {
  it.each([
    ['Leave the building now. Once outside, call oh eight oh oh, one one one, nine nine nine. Then tell us.', 'Once outside, call oh eight oh oh, one one one, nine nine nine.'],
    ['Get out. Call nine nine nine now.', 'Call nine nine nine now.'],
    ['Call nine nine nine now.', undefined],
    ['Stay calm. Open one window or two.', undefined],
  ])('in %j the number is in %j', (spoken, key) => {
    expect(keySentence(spoken)).toBe(key);
  });
});

describe('spokenChoices', () => {
  it.each([
    [[{ label: 'Report a repair' }, { label: 'Talk to someone' }], 'Say Report a repair, or press 1. Say Talk to someone, or press 2.'],
    [[{ label: 'Yes' }, { label: 'No, talk to someone', value: 'talk to someone' }], 'Say Yes, or press 1. Say No, talk to someone, or press 2.'],
    [[{ label: '5 Very good' }, { label: '1 Very poor' }], 'Say Very good, or press 5. Say Very poor, or press 1.'],
    [[{ label: 'Pay online', url: 'https://www.northbrook.example/pay' }, { label: 'Talk to someone' }], 'Pay online, on our website. Say Talk to someone, or press 1.'],
    [[{ label: 'Challenge your band on GOV.UK', url: 'https://www.gov.uk/challenge-council-tax-band' }], 'Challenge your band on GOV.UK.'],
  ])('%j → %j', (choices, spoken) => {
    expect(spokenChoices(choices)).toBe(spoken);
  });
});

describe('firstSentences', () => {
  const long = 'A sentence long enough to count'.padEnd(401, ' and on');
  it.each([
    [`${long}. Two. Three. Four. Five.`, `${long}. Two. Three.`, 'Four. Five.'],
    ['One. Two. Three. Four. Five. Six.', 'One. Two. Three. Four. Five. Six.', ''],
    [`${long}?`, `${long}?`, ''],
  ])('%j → now %j, rest %j', (text, now, rest) => {
    expect(firstSentences(text)).toEqual({ now, rest });
  });
});

describe('renderForChannel on a phone call', () => {
  it('gives every message its spoken words and moves the choices to words with keypad numbers', () => {
    const rendered = renderForChannel(renderReply({ text: 'Which bin was **missed**?', choices: [{ label: 'Recycling' }, { label: 'Garden waste' }] }), { channelId: 'voice' });
    expect(rendered.suggestedActions).toBeUndefined();
    expect(rendered.speak).toBe('Which bin was missed?');
    expect(rendered.channelData).toEqual({ spokenChoices: 'Say Recycling, or press 1. Say Garden waste, or press 2.' });
  });

  it('keeps the urgent mark and speaks a message without choices', () => {
    const rendered = renderForChannel(renderReply({ text: 'Call **999**.', urgent: 'emergency' }), { channelId: 'voice' });
    expect(rendered).toMatchObject({ speak: 'Call nine nine nine.', channelData: { urgent: 'emergency' } });
  });
});
