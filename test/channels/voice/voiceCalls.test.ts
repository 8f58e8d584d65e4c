import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saturdayNight, startTestApp, temporaryDataDir, thursdayMorning } from '../../support/testApp.js';
import { authToken, callerNumber, fakeProvider, publicBaseUrl, voiceEnvironment } from './fakeProvider.js';

type App = Awaited<ReturnType<typeof startTestApp>>;

const adminToken = 'staff-token-for-voice-tests';
const staff = { authorization: `Bearer ${adminToken}` };

const digitNames = ['oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** "N B C, B I N, seven K four Q, two M X R" back to NBC-BIN-7K4Q-2MXR, the way a caller writes it down. */
const writtenDown = (spoken: string): string =>
  spoken
    .split(', ')
    .map((group) => group.split(' ').map((word) => (digitNames.includes(word) ? String(digitNames.indexOf(word)) : word)).join(''))
    .join('-');

describe('a phone call to the assistant', () => {
  let app: App;
  let provider: ReturnType<typeof fakeProvider>;
  let clock = thursdayMorning;
  const dataDir = temporaryDataDir();
  const environment = { ...voiceEnvironment, ADMIN_TOKEN: adminToken, DATA_DIR: dataDir };

  beforeAll(async () => {
    app = await startTestApp(environment, { now: () => clock });
    provider = fakeProvider(app.url);
  });
  afterAll(async () => {
    await app?.close();
  });

  describe('only the provider is answered', () => {
    const parameters = { CallSid: 'CA0000000000000000000000000000f0f0', From: callerNumber, CallStatus: 'ringing' };
    const signedFor = (url: string, signed = parameters) => twilio.getExpectedTwilioSignature(authToken, url, signed);

    it.each([
      ['no signature', null],
      ['a signature made with another auth token', twilio.getExpectedTwilioSignature('another-token', `${publicBaseUrl}/api/voice`, parameters)],
      ['a signature over another URL', signedFor('http://127.0.0.1/api/voice')],
      ['a signature over other parameters', signedFor(`${publicBaseUrl}/api/voice`, { ...parameters, From: '+447700900999' })],
      ['garbage', 'not-a-signature'],
    ])('%s gets 403 and starts nothing', async (_case, signature) => {
      const refused = await provider.post(parameters, signature);
      expect(refused.status).toBe(403);
      expect(refused.says).toEqual([]);
      // The forged request did not start the call: the real first webhook still gets the greeting.
      const call = provider.call();
      await provider.post({ ...parameters, CallSid: call.callSid }, signature);
      expect((await call.answer()).text).toContain('What can I help you with today?');
    });

    it('takes a form only: JSON, even signed over the same parameters, gets 415', async () => {
      const response = await fetch(`${app.url}/api/voice`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-twilio-signature': signedFor(`${publicBaseUrl}/api/voice`) },
        body: JSON.stringify(parameters),
      });
      expect(response.status).toBe(415);
    });

    it('a signed request is answered with TwiML', async () => {
      const answered = await provider.post({ ...parameters, CallSid: 'CA0000000000000000000000000000abcd' });
      expect(answered.status).toBe(200);
      expect(answered.xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><Response>.*<\/Response>$/s);
      expect(answered.xml).toContain('<Gather input="speech dtmf" language="en-GB" speechTimeout="auto" action="/api/voice?turn=1" method="POST">');
      expect(answered.xml).toContain('<Say voice="Polly.Amy-Neural" language="en-GB">');
    });
  });

  it('a missed bin reported by speech and keypad ends with the reference read out character by character, and the case is there', async () => {
    const call = provider.call();
    const greeting = await call.answer();
    expect(greeting.text).toContain('What can I help you with today?');
    expect(greeting.text).toContain('Say Report a missed bin, or press 3.');
    expect(greeting.text).toContain('call nine nine nine');

    expect((await call.say("My bin wasn't collected.")).text).toContain('Say Recycling, or press 2.');
    expect((await call.press('2')).text).toContain('Which day should it have been collected?');
    expect((await call.say('Yesterday.')).text).toContain('Say No, or press 2.');
    expect((await call.press('2')).text).toContain('What is the postcode');
    expect((await call.say('November Bravo three, four Quebec Tango.')).text).toContain('house number or name and the street');
    expect((await call.say('14 Holly Road.')).text).toContain('Would you like a confirmation?');
    const summary = await call.say('No thanks.');
    expect(summary.text).toMatch(/Bin type: Recycling\..*Postcode: N B three, four Q T\. Address: 14 Holly Road\./);
    expect(summary.text).not.toContain('Say more');

    const logged = await call.press('1');
    const spoken = /Your reference is ([A-Za-z ]+(?:, [A-Za-z ]+){3})\./.exec(logged.text)?.[1];
    expect(spoken).toBeDefined();
    const reference = writtenDown(spoken!);
    expect(reference).toMatch(/^NBC-BIN-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const found = (await (await fetch(`${app.url}/api/cases/${reference}`, { headers: staff })).json()) as Record<string, unknown>;
    expect(found).toMatchObject({ reference, type: 'missed-bin', channel: 'voice' });
    expect(JSON.stringify(found)).not.toContain(callerNumber);
  });

  it('an emergency is read out first, slowly, in full and then its number again, before anything else', async () => {
    const call = provider.call();
    await call.answer();
    const answer = await call.say('I can smell gas in the kitchen');
    const [first, second] = answer.says;
    expect(first).toContain('Leave the building now');
    expect(first).toContain('National Gas Emergency Service on oh eight oh oh, one one one, nine nine nine');
    // Only the sentence with the number is said again: the whole advice twice is too long to hold.
    expect(second).toMatch(/^Once outside, call the National Gas Emergency Service on oh eight oh oh, one one one, nine nine nine\b[^.]*\.$/);
    expect(answer.xml).toMatch(/^<\?xml[^>]*><Response><Say [^>]*><prosody rate="slow">[^<]*<\/prosody><\/Say><Say [^>]*><prosody rate="slow">/);
    expect(answer.xml.indexOf('<Gather')).toBeGreaterThan(answer.xml.lastIndexOf('prosody'));
  });

  it('no heating, then "my baby" mid-form out of hours: the emergency advice, and "Report it" logs the heating fault as an emergency repair', async () => {
    clock = saturdayNight;
    try {
      const call = provider.call();
      await call.answer();
      expect((await call.say('i need to report a repair the heating isnt working none of the radiators come on i rent from the council')).text).toContain('Where in your home');
      await call.say('living room');
      expect((await call.say('since tuesday')).text).toMatch(/disability or a serious illness/);
      const advice = await call.say('yes theres my baby shes six months old');
      expect(advice.text).toMatch(/emergency repairs line/);
      expect((await call.say('report it')).text).toMatch(/emergency repair/);
      let turn = await call.say('any time');
      // The rest of the form, answered as a caller would, up to the summary.
      for (let step = 0; step < 8 && !turn.text.includes('Please check these details'); step += 1) {
        if (/postcode/i.test(turn.text)) turn = await call.say('November Bravo three, four Quebec Tango.');
        else if (/house number/i.test(turn.text)) turn = await call.say('14 Holly Road.');
        else if (/name/i.test(turn.text)) turn = await call.say('Sam Patel');
        else if (/phone|contact|number/i.test(turn.text)) turn = await call.say('oh seven nine one one six five four three two one');
        else turn = await call.say('no');
      }
      // What is wrong is the fault the caller reported, not the sentence that set off the emergency advice.
      expect(turn.text).toMatch(/What is wrong: [^.]*heating/i);
      expect(turn.text).not.toMatch(/What is wrong: [^.]*baby/i);
      const logged = await call.say('confirm');
      expect(logged.text).toMatch(/emergency priority/);
      expect(logged.text).not.toMatch(/routine priority|urgent priority/);
    } finally {
      clock = thursdayMorning;
    }
  });

  it('a caller who asks for a person in opening hours is put through to the contact centre, with the handoff recorded for advisors', async () => {
    const call = provider.call();
    await call.answer();
    await call.say('My bin was not collected');
    const transfer = await call.say('Can I talk to someone please');
    expect(transfer.dial).toBe('+441632960001');
    expect(transfer.text).toContain('putting you through');
    expect(transfer.text).not.toContain('queue');
    const handoffs = async (status: string) =>
      ((await (await fetch(`${app.url}/api/handoffs?status=${status}`, { headers: staff })).json()) as { items: { channel: string; summary: string; advisor?: string }[] }).items.filter((item) => item.channel === 'voice');
    // The call went to the phone team: advisors see it held by them, and nobody is left waiting for it in the chat queue.
    expect(await handoffs('waiting')).toEqual([]);
    expect(await handoffs('active')).toEqual([expect.objectContaining({ reason: 'asked-for-person', summary: expect.any(String) })]);
    await call.hangUp();
    expect(await handoffs('active')).toEqual([]);
  });

  it('out of hours the same request offers a call back instead of a transfer', async () => {
    clock = saturdayNight;
    try {
      const call = provider.call();
      await call.answer();
      const answer = await call.say('Can I talk to someone please');
      expect(answer.dial).toBeUndefined();
      expect(answer.text).toMatch(/call back/i);
    } finally {
      clock = thursdayMorning;
    }
  });

  it('speech it is unsure of is asked again once, then an advisor is offered, and pressing 1 puts the caller through', async () => {
    const call = provider.call();
    await call.answer();
    await call.say('My bin was not collected');
    const again = await call.say('bean wars knot', 0.21);
    expect(again.says[0]).toBe("Sorry, I didn't catch that.");
    expect(again.text).toContain('Which bin was missed? Say General rubbish, or press 1.');
    const offer = await call.silence();
    expect(offer.text).toContain('Say Talk to someone, or press 1.');
    expect((await call.press('1')).dial).toBe('+441632960001');
  });

  it('a long answer is cut to a few sentences and "more" continues it', async () => {
    const call = provider.call();
    await call.answer();
    const answer = await call.say('How do I pay my council tax?');
    expect(answer.text).toContain('Say more to hear the rest.');
    expect(answer.text).not.toContain('Was this helpful?');
    const continued: string[] = [];
    for (let turn = 0; turn < 3 && !continued.at(-1)?.includes('Was this helpful?'); turn += 1) continued.push((await call.say('More.')).text);
    // The rest of the same answer, up to its last words: "more" is not a new question for the bot.
    expect(continued.at(-1)).toContain('Was this helpful?');
    expect(continued.join(' ')).not.toContain(answer.says[0]!);
  });

  it('the completed status callback ends the call; a restart between two turns of a call loses nothing', async () => {
    const call = provider.call();
    await call.answer();
    const asked = await call.say('My bin was not collected');
    expect(asked.text).toContain('Which bin was missed?');
    await app.close();
    app = await startTestApp(environment, { now: () => clock });
    provider = fakeProvider(app.url);
    // A retry that arrives after the restart is still answered as before, not run again.
    expect((await provider.resend(call.lastWebhook())).xml).toBe(asked.xml);
    const resumed = provider.call(call.callSid);
    expect((await resumed.press('2')).text).toContain('Which day should it have been collected?');

    const ended = await resumed.hangUp();
    expect(ended.status).toBe(200);
    expect(ended.xml).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
    // Nothing of the call is left: a later turn of it runs nothing, and the same call id rung afresh starts anew.
    expect((await resumed.silence()).xml).toMatch(/<Response><Hangup\/><\/Response>$/);
    expect((await provider.call(call.callSid).silence()).text).toContain('What can I help you with today?');
  });
});

describe('the phone channel switched off', () => {
  it('answers 404 without TWILIO_AUTH_TOKEN and PUBLIC_BASE_URL', async () => {
    const app = await startTestApp();
    try {
      const response = await fetch(`${app.url}/api/voice`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'CallSid=CA1' });
      expect(response.status).toBe(404);
    } finally {
      await app.close();
    }
  });
});
