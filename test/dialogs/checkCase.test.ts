import { describe, expect, it } from 'vitest';
import { openConversation } from './harness.js';

describe('check a case', () => {
  it('finds a case made earlier and reports its status and what happens next', async () => {
    const chat = openConversation();
    await chat.start('request-callback', 'please ring me');
    await chat.answer('Priya Shah', '07400 123456', 'morning', 'Confirm');
    expect(chat.lastResult()).toMatchObject({ kind: 'submitted', reference: 'NBC-CBK-000001' });

    expect((await chat.start('check-case', 'Can I check on my request?')).text).toMatch(/What is your reference\? It looks like NBC-REP-000123\./);
    const status = await chat.say('it is nbc cbk 000001');
    expect(status.text).toBe(
      "NBC-CBK-000001 is a call back request made on Thursday 5 November. Status: we've received it and are passing it to the team that deals with it.\n\n" +
        'What happens next: An advisor will call you on 07400 123456 (in the morning), during our opening hours: Monday to Friday, 9am to 5pm (closed on bank holidays).',
    );
    expect(chat.lastResult()).toMatchObject({ kind: 'case-status', reference: 'NBC-CBK-000001', found: true, flow: 'check-case' });
  });

  it('answers at once when the first message has the reference', async () => {
    const chat = openConversation();
    await chat.cases.create({ type: 'repair', priority: 'routine', channel: 'webchat', conversationId: 'earlier', details: {}, nextSteps: 'We aim to complete within 20 working days.' });
    const reply = await chat.start('check-case', "What's happening with NBC-REP-000001?");
    expect(reply.text).toMatch(/^NBC-REP-000001 is a repair made on Thursday 5 November\./);
    expect(reply.text).toContain('What happens next: We aim to complete within 20 working days.');
  });

  it('says clearly when no case has the reference', async () => {
    const chat = openConversation();
    await chat.start('check-case', 'check a case');
    const reply = await chat.say('NBC-REP-999999');
    expect(reply.text).toBe(
      "I can't find a case with the reference NBC-REP-999999. Please check it against the message you got when you reported it. " +
        "If it is right, please call us on 01632 960000. We're open Monday to Friday, 9am to 5pm (closed on bank holidays).",
    );
    expect(chat.lastResult()).toMatchObject({ kind: 'case-status', reference: 'NBC-REP-999999', found: false });
  });

  it('re-prompts something that is not a reference', async () => {
    const chat = openConversation();
    await chat.start('check-case', 'where is my report up to');
    expect((await chat.say('I lost it, it began with 12')).text).toMatch(/doesn't look like one of our case references/);
  });
});
