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
  ])('$name', ({ chat, heard }) => {
    expect(withOwnLineSaid(said(chat), [contactCentre, mainLine])).toBe(heard);
  });

  it('a caller who rang another number is told the main number as written', () => {
    expect(withOwnLineSaid(said('Please call us on 01632 960000.'), [contactCentre, '+441632960999'])).toBe(said('Please call us on 01632 960000.'));
  });
});
