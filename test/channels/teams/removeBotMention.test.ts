import { TestAdapter, type Activity, type ConversationReference } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { RemoveBotMention } from '../../../src/channels/teams/removeBotMention.js';

const botId = '28:northbrook-assistant';
const mention = { type: 'mention', mentioned: { id: botId, name: 'Northbrook Assistant' }, text: '<at>Northbrook Assistant</at>' };

async function textSeenBy(channelId: string, activity: Partial<Activity>): Promise<string | undefined> {
  const reference: ConversationReference = { ...TestAdapter.createConversation('c'), channelId, bot: { id: botId, name: 'Northbrook Assistant' } };
  const adapter = new TestAdapter(reference).use(new RemoveBotMention());
  let seen: string | undefined;
  await adapter.processActivity(activity, async (context) => {
    seen = context.activity.text;
  });
  return seen;
}

describe('RemoveBotMention', () => {
  it('strips the bot’s @mention from Teams messages', async () => {
    expect(await textSeenBy('msteams', { type: 'message', text: '<at>Northbrook Assistant</at> missed bin', entities: [mention] })).toBe('missed bin');
  });

  it('keeps mentions of other people, and messages without a mention', async () => {
    const colleague = { type: 'mention', mentioned: { id: '29:colleague', name: 'Alex' }, text: '<at>Alex</at>' };
    expect(await textSeenBy('msteams', { type: 'message', text: '<at>Northbrook Assistant</at> ask <at>Alex</at>', entities: [mention, colleague] })).toBe(
      'ask <at>Alex</at>',
    );
    expect(await textSeenBy('msteams', { type: 'message', text: 'missed bin' })).toBe('missed bin');
  });

  it('leaves other channels alone', async () => {
    expect(await textSeenBy('webchat', { type: 'message', text: '<at>Northbrook Assistant</at> hi', entities: [mention] })).toBe(
      '<at>Northbrook Assistant</at> hi',
    );
  });
});
