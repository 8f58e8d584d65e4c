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
});
