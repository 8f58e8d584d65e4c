import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capturedLogger } from '../../support/capturedLogger.js';
import { startFakeConnector } from '../../support/fakeConnector.js';
import { exchange, startTestApp, thursdayMorning } from '../../support/testApp.js';

type App = Awaited<ReturnType<typeof startTestApp>>;

const bot = { id: '28:northbrook-assistant', name: 'Northbrook Assistant' };
const tenantId = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const alex = { id: '29:alex', aadObjectId: 'aad-alex', name: 'Alex' };
const sam = { id: '29:sam', aadObjectId: 'aad-sam', name: 'Sam' };
const mentionOfBot = { type: 'mention', text: `<at>${bot.name}</at>`, mentioned: bot };

let sequence = 0;
/** An activity in the shape Teams sends (Microsoft docs: "Conversation basics", "Channel and group chat conversations with a bot"). */
function teamsActivity(conversationType: 'personal' | 'groupChat' | 'channel', fields: Record<string, unknown>): Record<string, unknown> {
  sequence += 1;
  const conversationId = `${conversationType}-${fields.conversationSuffix ?? sequence}`;
  const { conversationSuffix: _suffix, ...rest } = fields;
  return {
    type: 'message',
    id: `teams-${sequence}`,
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/unused',
    from: alex,
    recipient: bot,
    conversation: { id: conversationType === 'channel' ? `19:${conversationId}@thread.tacv2;messageid=1` : conversationId, conversationType, tenantId },
    channelData: { tenant: { id: tenantId }, ...(conversationType === 'channel' && { team: { id: '19:team@thread.tacv2' }, channel: { id: '19:general@thread.tacv2' } }) },
    timestamp: new Date().toISOString(),
    ...rest,
  };
}

const added = (conversationType: 'personal' | 'groupChat' | 'channel', members: { id: string }[]) =>
  teamsActivity(conversationType, { type: 'conversationUpdate', membersAdded: members, ...(conversationType === 'channel' && { channelData: { eventType: 'teamMemberAdded', tenant: { id: tenantId } } }) });

const said = (replies: Record<string, unknown>[]): string => JSON.stringify(replies.filter((reply) => reply.type === 'message'));

describe('Teams as Teams sends it: status, what is sent back, what triage saw', () => {
  let app: App;
  const log = capturedLogger();
  const handled = () => log.lines.map((line) => JSON.parse(line) as { msg: string; route: string; emergency: string | null }).filter((line) => line.msg === 'message handled');

  beforeAll(async () => {
    app = await startTestApp({}, { now: () => thursdayMorning }, log.logger);
  });
  afterAll(async () => app?.close());

  it.each([
    ['Teams docs, conversation events: membersAdded in personal scope (the bot added)', added('personal', [bot]), /call 999/, 'Report a missed bin'],
    ['Teams docs, conversation events: membersAdded in personal scope (the user added)', added('personal', [alex]), /call 999/, 'Report a missed bin'],
    ['Teams docs, conversation events: membersAdded in a channel (the bot added)', added('channel', [bot]), /Mention me with a question/, undefined],
    ['Teams docs, conversation events: membersAdded in a group chat (the bot added)', added('groupChat', [bot, alex, sam]), /Mention me with a question/, undefined],
  ])('%s', async (_source, activity, welcome, button) => {
    const text = said(await exchange(app.url, activity));
    expect(text).toMatch(welcome);
    if (button) expect(text).toContain(button);
    else expect(text).not.toMatch(/999|Report a missed bin/);
  });

  it.each([
    ['Teams docs, conversation events: teamMemberAdded in a channel (a colleague added)', added('channel', [sam])],
    ['Teams docs, conversation events: membersAdded in a group chat (a colleague added)', added('groupChat', [sam])],
  ])('%s: no welcome card for a room full of staff', async (_source, activity) => {
    expect(said(await exchange(app.url, activity))).toBe('[]');
  });

  it('Teams docs, mentions: a mention with text in a channel: the words reach triage without the tag', async () => {
    const before = handled().length;
    const replies = said(await exchange(app.url, teamsActivity('channel', { text: `<at>${bot.name}</at> I can smell gas in the kitchen`, entities: [mentionOfBot] })));
    expect(replies).toMatch(/0800 111 999/);
    expect(handled().slice(before)).toEqual([expect.objectContaining({ route: 'safety', emergency: 'gas' })]);
  });

  // A typed "2" picks the second choice only when nothing of a mention is left around it.
  it.each([
    ['Teams docs, mentions: entity without text (mentioned only), group chat', 'groupChat', `<at>${bot.name}</at> 2`, [{ type: 'mention', mentioned: bot }]],
    ['Teams docs, mentions: the bot mentioned twice, channel', 'channel', `<at>${bot.name}</at> 2 <at>${bot.name}</at>`, [mentionOfBot, mentionOfBot]],
  ] as const)('%s: the answer reaches the form without the tags', async (_source, scope, text, entities) => {
    const chat = { conversationSuffix: `form-${sequence}` };
    expect(said(await exchange(app.url, teamsActivity(scope, { ...chat, text: `<at>${bot.name}</at> Report a missed bin`, entities: [mentionOfBot] })))).toMatch(/Which bin/i);
    const answered = said(await exchange(app.url, teamsActivity(scope, { ...chat, text, entities })));
    expect(answered).not.toMatch(/Which bin|Please choose/i);
  });

  it('Teams docs, files in a personal chat (file.download.info) with no words: acknowledged with the council’s numbers', async () => {
    const file = {
      contentType: 'application/vnd.microsoft.teams.file.download.info',
      contentUrl: 'https://contoso.sharepoint.com/personal/alex/Documents/letter.pdf',
      name: 'letter.pdf',
      content: { downloadUrl: 'https://download.example/letter.pdf', uniqueId: '1150D938-8870-4044-9F2C-5BBDEBA70C8C', fileType: 'pdf' },
    };
    const before = handled().length;
    const replies = said(await exchange(app.url, teamsActivity('personal', { text: '', attachments: [file] })));
    expect(replies).toMatch(/can't open documents or files here yet.*01632 960000/);
    expect(handled().slice(before)).toEqual([expect.objectContaining({ route: 'evidence', emergency: null })]);
  });

  it('keeps one form per person in a group chat, and a bare mention asks the question again instead of counting as a wrong answer', async () => {
    const chat = { conversationSuffix: `shared-${sequence}` };
    const say = (from: typeof alex, text: string) =>
      exchange(app.url, teamsActivity('groupChat', { ...chat, from, text: `<at>${bot.name}</at> ${text}`.trim(), entities: [mentionOfBot] })).then(said);
    expect(await say(alex, 'Report a missed bin')).toMatch(/Which bin/i);
    // Sam's "Recycling" is not an answer to Alex's form.
    expect(await say(sam, 'Recycling')).not.toMatch(/When should it have been collected|Which day/i);
    const bare = await say(alex, '');
    expect(bare).toMatch(/Which bin/i);
    expect(bare).not.toMatch(/didn't catch|not sure|please choose one/i);
    expect(await say(alex, 'Recycling')).not.toMatch(/Which bin/i);
  });

  // Teams docs, Universal Actions for Adaptive Cards: an adaptiveCard/action invoke gets a message response.
  it.each<[string, Record<string, unknown>, string, (texts: string[]) => void]>([
    [
      'a button (manual) is answered 200 and its words are handled',
      { action: { type: 'Action.Execute', verb: 'talk', data: { msteams: { text: 'I can smell gas' } } }, trigger: 'manual' },
      'Thanks',
      (texts) => expect(texts.join('\n')).toMatch(/0800 111 999/),
    ],
    [
      'a card refreshing itself (automatic) is answered 200 and posts nothing into the chat',
      { action: { type: 'Action.Execute', verb: 'refreshCard', data: {} }, trigger: 'automatic' },
      '',
      (texts) => expect(texts).toEqual([]),
    ],
  ])('Teams docs, Universal Actions: %s', async (_, value, answer, checkPosted) => {
    const connector = await startFakeConnector();
    try {
      const activity = teamsActivity('personal', { type: 'invoke', name: 'adaptiveCard/action', serviceUrl: connector.url, value });
      const response = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: answer });
      checkPosted(connector.textsFor((activity.conversation as { id: string }).id));
    } finally {
      await connector.close();
    }
  });
});
