import { TestAdapter, type Activity, type ConversationReference } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { RemoveBotMention } from '../../../src/channels/teams/removeBotMention.js';

const botId = '28:northbrook-assistant';
const mention = { type: 'mention', mentioned: { id: botId, name: 'Northbrook Assistant' }, text: '<at>Northbrook Assistant</at>' };
const colleague = { type: 'mention', mentioned: { id: '29:colleague', name: 'Alex' }, text: '<at>Alex</at>' };

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
  // Shapes from Microsoft's Teams docs ("Channel and group chat conversations with a bot": mentions) and what Teams clients send.
  it.each([
    ['Teams docs: mention entity with text', '<at>Northbrook Assistant</at> missed bin', [mention], 'missed bin'],
    ['Teams docs: mention entity without text (mentioned.name only)', '<at>Northbrook Assistant</at> missed bin', [{ type: 'mention', mentioned: mention.mentioned }], 'missed bin'],
    ['the bot mentioned twice', '<at>Northbrook Assistant</at> missed bin <at>Northbrook Assistant</at>', [mention, mention], 'missed bin'],
    ['a mention in the middle of the words', 'my <at>Northbrook Assistant</at> bin was missed', [mention], 'my bin was missed'],
    ['another person mentioned too: their name stays as a word', '<at>Northbrook Assistant</at> ask <at>Alex</at>', [mention, colleague], 'ask Alex'],
    ['a bare mention', '<at>Northbrook Assistant</at>', [mention], ''],
    ['no mention at all', 'missed bin', [], 'missed bin'],
  ])('%s', async (_shape, text, entities, expected) => {
    expect(await textSeenBy('msteams', { type: 'message', text, entities })).toBe(expected);
  });

  it('leaves other channels alone', async () => {
    expect(await textSeenBy('webchat', { type: 'message', text: '<at>Northbrook Assistant</at> hi', entities: [mention] })).toBe(
      '<at>Northbrook Assistant</at> hi',
    );
  });
});
