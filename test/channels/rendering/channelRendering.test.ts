import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { renderReply } from '../../../src/channels/render.js';
import { renderForChannel } from '../../../src/channels/rendering/channelRendering.js';

const twoChoices = renderReply({ text: 'Was this helpful?', choices: [{ label: 'Yes' }, { label: 'No, talk to someone', value: 'talk to someone' }] });
const withChoices = (count: number): Partial<Activity> =>
  renderReply({ text: 'Which service?', choices: Array.from({ length: count }, (_, index) => ({ label: `Service ${index + 1}`, value: `service-${index + 1}` })) });

describe('renderForChannel', () => {
  it('leaves suggested actions alone where the channel shows them', () => {
    for (const channelId of ['webchat', 'directline', 'emulator', 'test', 'whatsapp']) {
      expect(renderForChannel(twoChoices, { channelId })).toBe(twoChoices);
    }
    expect(renderForChannel(twoChoices, { channelId: 'msteams', conversationType: 'personal' })).toBe(twoChoices);
  });

  it('turns choices into an Adaptive Card with messageBack buttons in Teams group chats and channels', () => {
    for (const conversationType of ['groupChat', 'channel']) {
      const rendered = renderForChannel(twoChoices, { channelId: 'msteams', conversationType });
      expect(rendered.suggestedActions).toBeUndefined();
      expect(rendered.text).toBeUndefined();
      const [card] = rendered.attachments ?? [];
      expect(card?.contentType).toBe('application/vnd.microsoft.card.adaptive');
      expect(card?.content).toMatchObject({
        type: 'AdaptiveCard',
        body: [{ type: 'TextBlock', text: 'Was this helpful?', wrap: true }],
        actions: [
          { type: 'Action.Submit', title: 'Yes', data: { msteams: { type: 'messageBack', text: 'Yes', displayText: 'Yes' } } },
          {
            type: 'Action.Submit',
            title: 'No, talk to someone',
            data: { msteams: { type: 'messageBack', text: 'talk to someone', displayText: 'No, talk to someone' } },
          },
        ],
      });
    }
  });

  it('numbers the choices as plain text on any other channel', () => {
    for (const count of [2, 5, 12]) {
      const rendered = renderForChannel(withChoices(count), { channelId: 'sms' });
      expect(rendered.suggestedActions).toBeUndefined();
      const lines = rendered.text!.split('\n');
      expect(lines[0]).toBe('Which service?');
      expect(lines.filter((line) => /^\d+\. Service \d+$/.test(line))).toHaveLength(count);
      expect(rendered.text).toContain(`${count}. Service ${count}`);
    }
  });

  it('passes through messages without choices and other activity types', () => {
    const plain: Partial<Activity> = { type: 'message', text: 'Hello' };
    expect(renderForChannel(plain, { channelId: 'sms' })).toBe(plain);
    const typing: Partial<Activity> = { type: 'typing' };
    expect(renderForChannel(typing, { channelId: 'msteams', conversationType: 'channel' })).toBe(typing);
  });

  describe('a choice that opens a page', () => {
    const payUrl = 'https://www.northbrook.example/council-tax/pay';
    const withLink = renderReply({ text: 'You can pay by Direct Debit.', choices: [{ label: 'Pay or set up a Direct Debit', url: payUrl }, { label: 'Talk to someone' }] });
    const openUrl = { type: 'openUrl', title: 'Pay or set up a Direct Debit', value: payUrl };
    const imBack = { type: 'imBack', title: 'Talk to someone', value: 'Talk to someone' };

    it('is an openUrl suggested action on Web Chat, beside imBack ones', () => {
      expect(renderForChannel(withLink, { channelId: 'webchat' }).suggestedActions?.actions).toEqual([openUrl, imBack]);
    });

    it.each([
      ['personal', [imBack], [{ type: 'Action.OpenUrl', title: 'Pay or set up a Direct Debit', url: payUrl }]],
      [
        'channel',
        undefined,
        [
          { type: 'Action.OpenUrl', title: 'Pay or set up a Direct Debit', url: payUrl },
          { type: 'Action.Submit', title: 'Talk to someone', data: { msteams: { type: 'messageBack', text: 'Talk to someone', displayText: 'Talk to someone' } } },
        ],
      ],
    ])('is an Action.OpenUrl on a Teams %s card', (conversationType, suggested, cardActions) => {
      const rendered = renderForChannel(withLink, { channelId: 'msteams', conversationType });
      expect(rendered.suggestedActions?.actions).toEqual(suggested);
      expect(rendered.attachments?.[0]?.content).toMatchObject({ actions: cardActions });
    });

    it('is a link in the text, not a number, on a text-only channel', () => {
      const { text } = renderForChannel(withLink, { channelId: 'sms' });
      expect(text).toBe(`You can pay by Direct Debit.\n\nPay or set up a Direct Debit: ${payUrl}\n\n1. Talk to someone\n\nReply with a number or the words of your choice.`);
    });
  });
});
