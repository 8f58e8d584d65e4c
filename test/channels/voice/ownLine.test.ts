import { describe, expect, it } from 'vitest';
import { spokenText } from '../../../src/channels/rendering/speech.js';
import { canPutThrough, withOwnLineSaid } from '../../../src/channels/voice/ownLine.js';

const mainLine = '+441632960000';
const contactCentre = '+441632960001';
const said = (markdown: string): string => spokenText(markdown);

describe('withOwnLineSaid', () => {
  it.each([
    {
      name: 'the number the caller rang is not given to them to ring',
      chat: 'If you need more help, please call us on 01632 960000 (Monday to Friday, 9am to 5pm).',
      heard: `If you need more help, please ${canPutThrough}, Monday to Friday, 9am to 5pm.`,
    },
    {
      name: 'the contact centre is an offer to put the caller through',
      chat: 'Or call us on 01632 960001.',
      heard: `Or ${canPutThrough}.`,
    },
    {
      name: 'another mention of the line rung is "this line"',
      chat: 'Our advisors are on 01632 960000 in the week.',
      heard: 'Our advisors are on this line in the week.',
    },
    {
      name: '"phone" without "us on" too',
      chat: 'Or you can phone 01632 960000 when we are open.',
      heard: `Or you can ${canPutThrough} when we are open.`,
    },
    {
      name: 'other numbers are still read out',
      chat: 'Out of hours, call our emergency repairs line on 01632 960500.',
      heard: said('Out of hours, call our emergency repairs line on 01632 960500.'),
    },
    // Issue 21, second caller: every mention of the line called, however it is written; other numbers kept.
    {
      name: 'a leak: the line called, bold and with its hours, beside the out-of-hours line',
      chat: 'Then call us on **01632 960000** (Monday to Friday, 9am to 5pm (closed on bank holidays)) or, at any other time, our emergency repairs line on **01632 960999**.',
      heard: `Then ${canPutThrough}, Monday to Friday, 9am to 5pm, closed on bank holidays, or, at any other time, our emergency repairs line on oh one six three two, nine six oh nine nine nine.`,
    },
    {
      name: 'a complaint: "by phone on" the line called',
      chat: 'You can complain online, by phone on 01632 960000 or by letter.',
      heard: 'You can complain online, by phone: stay on the line and I can put you through or by letter.',
    },
    {
      name: 'a team to talk to, the number in international form',
      chat: 'You can talk to our customer services team on +44 1632 960000.',
      heard: `You can ${canPutThrough}.`,
    },
    {
      name: 'the contact centre grouped another way',
      chat: 'Please ring 01632 960 001 if that fails.',
      heard: `Please ${canPutThrough} if that fails.`,
    },
    {
      name: 'written without spaces, said on its own after a colon',
      chat: 'Our housing team can help you find somewhere safe: 01632960000, or 01632 960998 out of hours.',
      heard: 'Our housing team can help you find somewhere safe: I can put you through, or oh one six three two, nine six oh nine nine eight out of hours.',
    },
    {
      name: 'a call back offered, then the line called',
      chat: "I can ask someone to call you back, or you can phone 01632 960000 when we're open.",
      heard: `I can ask someone to call you back, or you can ${canPutThrough} when we're open.`,
    },
    {
      name: 'a call verb before a helpline is not taken with the line after it',
      chat: 'Call the helpline on 0808 2000 247 or talk to us on 01632 960000.',
      heard: `Call the helpline on oh eight oh eight, two oh oh oh, two four seven or ${canPutThrough}.`,
    },
  ])('$name', ({ chat, heard }) => {
    expect(withOwnLineSaid(said(chat), [contactCentre, mainLine])).toBe(heard);
  });

  it('a caller who rang another number is told the main number as written', () => {
    expect(withOwnLineSaid(said('Please call us on 01632 960000.'), [contactCentre, '+441632960999'])).toBe(said('Please call us on 01632 960000.'));
  });
});

describe('withOwnLineSaid out of hours', () => {
  it.each([
    ['Please call us on 01632 960000.', 'Please say request a call back, as our lines are closed now.'],
    ["I can ask someone to call you back, or you can call us on 01632 960000 when we're open.", "I can ask someone to call you back, or you can say request a call back, as our lines are closed now."],
    ['You can reach us by phone on 01632 960001.', 'You can reach us by phone when our lines open: say request a call back and someone will ring you.'],
  ])('%j is heard %j: nobody is there to put the caller through to', (chat, heard) => {
    expect(withOwnLineSaid(said(chat), [contactCentre, mainLine], false)).toBe(heard);
  });
});
