import { TestAdapter, type Activity, type ConversationReference, type TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { satisfactionChoices } from '../../../src/conversation/phrases.js';
import { renderReply } from '../../../src/channels/render.js';
import { channelMiddleware } from '../../../src/channels/rendering/channelMiddleware.js';
import { OfferedChoicesStore } from '../../../src/channels/rendering/offeredChoicesStore.js';
import type { SqlDatabase } from '../../../src/storage/sql/sqlDatabase.js';
import { openTestDatabase } from '../../support/sqlDatabases.js';

const botId = '28:northbrook-assistant';

/** A small scripted bot: "menu" offers three services, "rate" the 5-to-1 rating, "pick" buttons whose values are numbers, "links" a page and a button; anything else is echoed. */
function scriptedBot(seen: string[]) {
  return async (context: TurnContext) => {
    seen.push(context.activity.text ?? '');
    if (context.activity.text === 'rate') {
      await context.sendActivity(renderReply({ text: 'How would you rate this chat?', choices: satisfactionChoices }));
    } else if (context.activity.text === 'links') {
      await context.sendActivity(renderReply({ text: 'Pay online.', choices: [{ label: 'Pay online', url: 'https://www.northbrook.example/pay' }, { label: 'Talk to someone' }] }));
    } else if (context.activity.text === 'pick') {
      await context.sendActivity(renderReply({ text: 'Which one?', choices: [{ label: 'Later', value: '2' }, { label: 'Now', value: '1' }] }));
    } else if (context.activity.text === 'menu') {
      await context.sendActivity(
        renderReply({
          text: 'Which service?',
          choices: [
            { label: 'Missed bin', value: 'report a missed bin' },
            { label: 'Council tax', value: 'council tax' },
            { label: 'Something else', value: 'talk to someone' },
          ],
        }),
      );
      await context.sendActivity('You can also type your question.');
    } else {
      await context.sendActivity(`echo: ${context.activity.text}`);
    }
  };
}

describe('channelMiddleware', () => {
  async function adapterFor(channelId: string, conversationType: string, existing?: SqlDatabase) {
    const database = existing ?? (await openTestDatabase('sqlite'));
    const reference: ConversationReference = {
      ...TestAdapter.createConversation('conversation-1'),
      channelId,
      bot: { id: botId, name: 'Northbrook Assistant' },
      conversation: { id: 'conversation-1', conversationType, isGroup: conversationType !== 'personal', name: '' },
    };
    const seen: string[] = [];
    const adapter = new TestAdapter(reference);
    adapter.use(channelMiddleware(new OfferedChoicesStore(database)));
    const say = async (activity: string | Partial<Activity>) => {
      adapter.activeQueue.splice(0);
      await adapter.processActivity(activity, scriptedBot(seen));
      return adapter.activeQueue.splice(0);
    };
    return { say, seen, database };
  }

  it('strips the bot’s @mention in a Teams channel, and answers with a card', async () => {
    const { say, seen } = await adapterFor('msteams', 'channel');
    const replies = await say({
      type: 'message',
      text: '<at>Northbrook Assistant</at> menu',
      entities: [{ type: 'mention', mentioned: { id: botId, name: 'Northbrook Assistant' }, text: '<at>Northbrook Assistant</at>' }],
    });
    expect(seen).toEqual(['menu']);
    expect(replies[0]?.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(replies[0]?.suggestedActions).toBeUndefined();
  });

  it('keeps suggested actions in a Teams personal chat', async () => {
    const { say } = await adapterFor('msteams', 'personal');
    const [question] = await say('menu');
    expect(question?.suggestedActions?.actions).toHaveLength(3);
  });

  it('numbers choices on an unknown channel, and maps "2", "@bot 2" and the exact words to the values', async () => {
    const { say, seen } = await adapterFor('sms', 'personal');
    const [question, followUp] = await say('menu');
    expect(question?.text).toContain('2. Council tax');
    expect(followUp?.text).toBe('You can also type your question.');

    await say('2');
    expect(seen.at(-1)).toBe('council tax');
    await say('menu');
    await say('missed bin');
    expect(seen.at(-1)).toBe('report a missed bin');
  });

  it('leaves longer messages word for word, so safety triage sees everything', async () => {
    const { say, seen } = await adapterFor('sms', 'personal');
    await say('menu');
    await say('something else: I can smell gas');
    expect(seen.at(-1)).toBe('something else: I can smell gas');
  });

  it('forgets the choices once the bot asks something without them', async () => {
    const { say, seen } = await adapterFor('sms', 'personal');
    await say('menu');
    await say('hello');
    await say('2');
    expect(seen.at(-1)).toBe('2');
  });

  it('remembers the offered choices across a restart', async () => {
    const first = await adapterFor('sms', 'personal');
    await first.say('menu');
    const afterRestart = await adapterFor('sms', 'personal', first.database);
    await afterRestart.say('3');
    expect(afterRestart.seen).toEqual(['talk to someone']);
  });

  it('maps a Teams group-chat "@bot 2" after the mention is removed', async () => {
    const { say, seen } = await adapterFor('msteams', 'groupChat');
    await say('menu');
    await say({
      type: 'message',
      text: '<at>Northbrook Assistant</at> 2',
      entities: [{ type: 'mention', mentioned: { id: botId, name: 'Northbrook Assistant' }, text: '<at>Northbrook Assistant</at>' }],
    });
    expect(seen.at(-1)).toBe('council tax');
  });

  // A button posts its value; a resident types the number or the words they see. Position never decides.
  it.each([
    ['webchat', 'rate', '5', '5'],
    ['webchat', 'rate', '1', '1'],
    ['webchat', 'rate', '1 Very poor', '1'],
    ['sms', 'rate', '5', '5'],
    ['sms', 'rate', '4.', '4'],
    ['sms', 'rate', 'option 2', '2'],
    ['sms', 'rate', '5 Very good', '5'],
    ['sms', 'rate', '6', '6'],
    ['whatsapp', 'rate', '1', '1'],
    ['webchat', 'pick', '2', '2'],
    ['webchat', 'pick', '1', '1'],
    ['sms', 'pick', 'later', '2'],
    ['sms', 'links', '1', 'Talk to someone'],
    ['sms', 'links', '2', '2'],
  ])('on %s after "%s", "%s" reaches the bot as "%s"', async (channel, offer, answer, expected) => {
    const { say, seen } = await adapterFor(channel, 'personal');
    await say(offer);
    await say(answer);
    expect(seen.at(-1)).toBe(expected);
  });

  it('lists numbered labels as they are, with no position in front', async () => {
    const { say } = await adapterFor('sms', 'personal');
    const [question] = await say('rate');
    expect(question?.text).toContain('5 Very good\n4 Good\n3 OK\n2 Poor\n1 Very poor');
    expect(question?.text).not.toMatch(/\d\. \d/);
  });
});
