import { describe, expect, it } from 'vitest';
import { openConversation } from './harness.js';

describe('request a call back', () => {
  it('takes a name, a UK number and a time, and logs a callback case', async () => {
    const chat = openConversation();
    expect((await chat.start('request-callback', 'Could someone call me back?')).text).toMatch(/What name should we ask for/);
    await chat.answer("My name's Tomasz Nowak", '07400 123456');
    const summary = await chat.say('2');
    expect(summary.text).toContain('- Name: Tomasz Nowak\n- Phone number: 07400 123456\n- Best time to call: In the afternoon');
    const done = await chat.say('Confirm');
    expect(done.text).toBe(
      `Thank you. Your call back request is logged: we'll call 07400 123456 (in the afternoon). Your reference is ${chat.lastReference()}.\n\n` +
        'An advisor will call you during our opening hours: Monday to Friday, 9am to 5pm (closed on bank holidays).',
    );
    expect(await chat.cases.find(chat.lastReference())).toMatchObject({
      type: 'callback',
      priority: 'normal',
      details: { name: 'Tomasz Nowak', phone: { e164: '+447400123456', kind: 'mobile' }, bestTime: { period: 'afternoon' } },
    });
  });

  it.each(["that's it", "yes that's everything, thanks", "that's all correct"])('"%s" to the read-back logs it (caller re-trial 13b: it stopped the call back)', async (said) => {
    const chat = openConversation();
    await chat.start('request-callback', 'Could someone call me back?');
    await chat.answer('Winston Clarke', '07400 123456');
    expect((await chat.say('2')).text).toContain('- Name: Winston Clarke');
    expect((await chat.say(said)).text).toMatch(/Your call back request is logged/);
  });

  it('rejects a number that is not a UK phone number we can call, with a specific re-prompt', async () => {
    const chat = openConversation();
    await chat.start('request-callback', 'call back please');
    await chat.say('Jo Bloggs');
    expect((await chat.say('12345')).text).toMatch(/^That doesn't look like a UK phone number\./);
    expect((await chat.say('0800 123 4567')).text).toBe('');
    expect(chat.lastResult()).toEqual({ kind: 'needs-advisor', reason: 'repeated-invalid-answers', form: 'request-callback', details: [{ label: 'Name', value: 'Jo Bloggs' }] });
    expect(chat.caseCount()).toBe(0);
  });

  it('accepts a valid number after one invalid one', async () => {
    const chat = openConversation();
    await chat.start('request-callback', 'call back please');
    await chat.say('Jo Bloggs');
    expect((await chat.say('+1 212 555 0100')).text).toBe('We can only call UK numbers. Please give a UK mobile or landline number.');
    expect((await chat.say('07400 123456')).text).toMatch(/best time to call/);
  });
});
