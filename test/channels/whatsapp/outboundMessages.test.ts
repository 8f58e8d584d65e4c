import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { renderReply } from '../../../src/channels/render.js';
import { outboundMessages, type WhatsAppMessage } from '../../../src/channels/whatsapp/outboundMessages.js';
import type { Choice } from '../../../src/reply.js';

const reply = (text: string, choices?: Choice[]): Partial<Activity> => renderReply({ text, choices });
const interactiveBody = (message: WhatsAppMessage | undefined): string => {
  if (message?.type !== 'interactive') throw new Error('expected an interactive message');
  return (message.interactive.body as { text: string }).text;
};
const kinds = (activity: Partial<Activity>) =>
  outboundMessages(activity).map((message) => (message.type === 'interactive' ? `interactive:${String(message.interactive.type)}` : 'text'));

describe('WhatsApp message rendering', () => {
  it('chooses buttons, a list or numbered text by count and label length', () => {
    expect(kinds(reply('Pick one', [{ label: 'Yes' }, { label: 'No' }]))).toEqual(['interactive:button']);
    // 21 characters: too long for a button, fine for a list row.
    expect(kinds(reply('Pick one', [{ label: 'Report a missed bin!!' }, { label: 'No' }]))).toEqual(['interactive:list']);
    // 25 characters: too long for a list row as well.
    expect(kinds(reply('Pick one', [{ label: 'Report a missed bin today' }, { label: 'No' }]))).toEqual(['text']);
    expect(kinds(reply('Pick one', Array.from({ length: 10 }, (_, index) => ({ label: `Option ${index}` }))))).toEqual(['interactive:list']);
    expect(kinds(reply('Pick one', Array.from({ length: 11 }, (_, index) => ({ label: `Option ${index}` }))))).toEqual(['text']);
  });

  it('falls back to numbered text when two labels are the same (WhatsApp requires unique titles)', () => {
    expect(kinds(reply('Pick one', [{ label: 'Same', value: 'a' }, { label: 'Same', value: 'b' }]))).toEqual(['text']);
  });

  it('splits text over 4,096 characters at paragraph ends', () => {
    const paragraph = `${'The bin crews start at 6am. '.repeat(50).trim()}`;
    const text = Array.from({ length: 5 }, () => paragraph).join('\n\n');
    const messages = outboundMessages(reply(text));
    // Five paragraphs of 1,399 characters: two, two and one fit under the limit.
    expect(messages.length).toBe(3);
    for (const message of messages) {
      if (message.type !== 'text') throw new Error('expected text');
      expect(message.text.body.length).toBeLessThanOrEqual(4096);
      expect(message.text.body.endsWith('6am.')).toBe(true);
    }
  });

  it('keeps an interactive body within 1,024 characters by sending the start of a long text first', () => {
    const text = 'Sentence about recycling. '.repeat(60).trim();
    const messages = outboundMessages(reply(text, [{ label: 'Yes' }, { label: 'No' }]));
    expect(messages.map((message) => message.type)).toEqual(['text', 'interactive']);
    const body = interactiveBody(messages[1]);
    expect(body.length).toBeLessThanOrEqual(1024);
  });

  it('gives interactive messages a body when the bot sent only choices', () => {
    const [message] = outboundMessages(reply('', [{ label: 'Yes' }]));
    expect(interactiveBody(message)).not.toBe('');
  });

  it('turns Markdown links and bold into WhatsApp text', () => {
    const [message] = outboundMessages(reply('**Missed bins**: see [report a missed bin](https://www.northbrook.example/bins).'));
    expect(message).toEqual({
      type: 'text',
      text: { body: '*Missed bins*: see report a missed bin (https://www.northbrook.example/bins).', preview_url: false },
    });
  });

  it('sends nothing for an empty message', () => {
    expect(outboundMessages({ type: 'message', text: '' })).toEqual([]);
  });

  it('puts a choice that opens a page in the text as a link, and keeps the rest as buttons', () => {
    const [message] = outboundMessages(
      renderReply({
        text: 'You can pay by Direct Debit.',
        choices: [{ label: 'Pay or set up a Direct Debit', url: 'https://www.northbrook.example/council-tax/pay' }, { label: 'Talk to someone' }],
      }),
    );
    expect(message).toEqual({
      type: 'interactive',
      interactive: {
        type: 'button',
        body: { text: 'You can pay by Direct Debit.\n\nPay or set up a Direct Debit: https://www.northbrook.example/council-tax/pay' },
        action: { buttons: [{ type: 'reply', reply: { id: 'Talk to someone', title: 'Talk to someone' } }] },
      },
    });
  });

  it('sends only links as text when no choice sends anything back', () => {
    const messages = outboundMessages(renderReply({ text: 'Find your day online.', choices: [{ label: 'Find your collection day', url: 'https://www.northbrook.example/bins/day' }] }));
    expect(messages).toEqual([{ type: 'text', text: { body: 'Find your day online.\n\nFind your collection day: https://www.northbrook.example/bins/day', preview_url: false } }]);
  });
});
