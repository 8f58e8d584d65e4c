import { describe, expect, it } from 'vitest';
import { answerUntilSummary, openConversation, saturdayNight } from './harness.js';

/**
 * What follows safety advice (caller 7's findings 3 and 11): a short answer to the advice is
 * answered as one (its next steps, never an article), and out of hours only the line open now.
 */
describe('a short answer to safeguarding advice is taken as an answer to it', () => {
  it.each([
    ['my partner gets angry and I am scared to go home when he is there', 'not right now, he is at work', '0808 2000 247'],
    ['my partner hits me when he drinks and im scared to go home tonight', "I'm safe for now", '0808 2000 247'],
    ['my partner hits me when he drinks and im scared to go home tonight', 'ok', '0808 2000 247'],
    ['my partner hits me when he drinks and im scared to go home tonight', 'no', '0808 2000 247'],
    ['the kids next door are always on their own at night and they come round asking for food', 'no not right now', '0808 800 5000'],
  ])('after "%s", "%s": acknowledged, a priority call back when it is safe, the helpline again', async (disclosure, answer, helpline) => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say(disclosure);
    const turn = await resident.say(answer);
    expect(turn.text).toMatch(/^Thank you for letting me know\./);
    expect(turn.text).toMatch(/call you back, as a priority/);
    expect(turn.text).toContain(helpline);
    expect(turn.text).not.toMatch(/More:|appointment|complaint|What name/i);
    expect(turn.buttons).toContain('Request a call back');
  });

  it('"please dont tell anyone I called", two turns later: what the assistant does with it and the helpline, not "are you in danger?"', async () => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('I need to ask about moving house, I cant stay here anymore, my partner gets angry and I am scared to go home when he is there');
    await resident.say('not right now, he is at work');
    await resident.say('what can I do');
    const turn = await resident.say('please dont tell anyone I called');
    expect(turn.text).not.toMatch(/in danger right now/);
    expect(turn.text).toMatch(/goes only to the council's own team/);
    expect(turn.text).toMatch(/never contact the person harming you/);
    expect(turn.text).toContain('https://www.northbrook.example/privacy/online-chat');
    expect(turn.text).toContain('0808 2000 247');
  });

  it.each([
    ['yes please', /What name should we ask for/],
    ['yes please call me back', /What name should we ask for/],
    ['Request a call back', /What name should we ask for/],
    ['my boiler is broken too', /boiler|heating|repair/i],
  ])('near miss: after a disclosure, "%s" is not an acknowledgement', async (text, expected) => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('my partner hits me when he drinks and im scared to go home tonight');
    const turn = await resident.say(text);
    expect(turn.text).toMatch(expected);
    expect(turn.text).not.toMatch(/^Thank you for letting me know\./);
  });
});

describe("the advice's offer taken in the resident's own words (caller trial 10, findings 4 and 7)", () => {
  it('"yes please but only ring in the morning when hes at work" starts the call back, and the morning is not asked again', async () => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('its not safe at home my partner gets angry when hes had a drink and i end up covered in bruises');
    const turn = await resident.say('yes please but only ring in the morning when hes at work');
    expect(turn.text).toMatch(/What name should we ask for/);
    await resident.say('Jo');
    await resident.say('07922 454545');
    const summary = await resident.say('Call, but no message');
    expect(summary.text).toMatch(/Best time to call: In the morning/);
  });

  it.each([
    ['water is pouring through my ceiling light', 'can you log it'],
    ['water is pouring through my ceiling light', 'yes please log it for me'],
    ['water is pouring through my ceiling light', 'i just want to report it as an emergency'],
    // Caller re-trial 13b, H1: asked in other words.
    ['water is pouring through my ceiling light', 'can you get that written up for the housing people please'],
    ['water is pouring through my ceiling light', 'the water board is coming, I just want you lot to have it on file'],
  ])('after "%s", "%s" logs it', async (emergency, answer) => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say(emergency);
    expect((await resident.say(answer)).text).toMatch(/log this as an emergency repair/);
  });

  it('in opening hours too (caller trial 11, F3), where "Report it" is a button rather than the one offer', async () => {
    const resident = await openConversation();
    await resident.say('water is pouring through my ceiling light');
    expect((await resident.say('can you log it please')).text).toMatch(/log this as an emergency repair/);
  });

  it('after gas advice, "can you log it" asks first whether everyone is outside; "im outside now ive rung the gas people can you log it" logs it', async () => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('I can smell gas in the kitchen');
    expect((await resident.say('can you log it')).text).toMatch(/outside/i);
    expect((await resident.say('ok im outside now ive rung the gas people can you log it')).text).toMatch(/log this as an emergency repair/);
  });
});

describe('after gas or carbon monoxide advice', () => {
  it.each([
    ['I can smell gas in my kitchen it is really strong', 'what should I do', /Leave the building now/],
    ['I can smell gas in my kitchen it is really strong', 'ok I am outside now', /Stay outside/],
    ['my carbon monoxide alarm keeps going off', "we've all gone out onto the street", /Stay outside/],
  ])('after "%s", "%s": the gas emergency number again, not only 999', async (emergency, answer, advice) => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say(emergency);
    const turn = await resident.say(answer);
    expect(turn.text).toMatch(advice);
    expect(turn.text).toContain('0800 111 999');
  });

  it('"ok" to carbon monoxide advice asks whether everyone is outside before any repair question; "yes", then "yes" logs it', async () => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('my carbon monoxide alarm keeps going off');
    const asked = await resident.say('ok');
    expect(asked.text).toMatch(/are you and everyone with you outside/);
    expect(asked.text).not.toMatch(/Where in your home/);
    const outside = await resident.say('yes');
    expect(outside.text).toContain('0800 111 999');
    expect(outside.text).not.toMatch(/Where in your home/);
    const report = await resident.say('yes');
    expect(report.text).toMatch(/emergency repair/);
  });

  it('"no" to "are you outside?": the way out again', async () => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('my carbon monoxide alarm keeps going off');
    await resident.say('ok');
    const turn = await resident.say('no');
    expect(turn.text).toMatch(/Please get everyone out now/);
    expect(turn.text).not.toMatch(/Where in your home/);
  });
});

describe('emergency advice out of hours gives only the line open now', () => {
  it.each([
    'water is pouring through the light fitting in the kitchen',
    'the socket in the hall is sparking',
    'the ceiling has collapsed in the bedroom',
    'no heating and my mum is 90 and lives with me',
  ])('saturday night, "%s": the emergency repairs line, not the weekday line', async (text) => {
    const turn = await (await openConversation({ now: saturdayNight })).say(text);
    expect(turn.text).toContain('01632 960999');
    expect(turn.text).not.toContain('01632 960000');
    expect(turn.text).not.toMatch(/Monday to Friday/);
  });

  it('a family with nowhere to sleep tonight: the out-of-hours homelessness line first, without the child-safeguarding script', async () => {
    const turn = await (await openConversation({ now: saturdayNight })).say('I have nowhere to sleep tonight, me and my two kids');
    expect(turn.text.replace(/\*\*/g, '')).toMatch(/^This sounds like an emergency\. Call our out-of-hours homelessness line, open now, on 01632 960998/);
    expect(turn.text).not.toMatch(/NSPCC|Childline|children's social care/);
    expect(turn.buttons).toEqual(['Request a call back']);
  });

  it.each([
    ['my dad threw me and my little brother out and we have nowhere to sleep tonight', /Thank you for telling me/],
    ['the kids next door have been locked out all night and have nowhere to sleep tonight', /Childline/],
  ])('near miss: "%s" keeps its safeguarding script', async (text, script) => {
    const turn = await (await openConversation({ now: saturdayNight })).say(text);
    expect(turn.text).toMatch(script);
  });
});

describe('a call back after a disclosure', () => {
  it('asks whether it is safe to call and to leave a message, confirms the priority, and out of hours says the 24-hour line again', async () => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('my partner hit me last night and I need to get out');
    expect((await resident.say('yes please call me back')).text).toMatch(/What name/);
    await resident.say('Sara');
    const safe = await resident.say('07922 454545');
    expect(safe.text).toMatch(/Is it safe for us to call this number, and to leave a message/);
    expect((await resident.say('call, but no message')).text).toMatch(/When is it safe, and best, to call you\?/);
    const summary = await resident.say('mornings, when he is out');
    expect(summary.text).toMatch(/Safe to call: Yes, but do not leave a message/);
    const done = await resident.say('Confirm');
    expect(done.text).toMatch(/logged as a priority, marked as a safeguarding concern: we'll call 07922 454545 \(in the morning\), and we will not leave a message/);
    expect(done.text).toMatch(/Until we call, the National Domestic Abuse Helpline is free and open 24 hours: \*\*0808 2000 247\*\*/);
    const logged = await resident.caseFrom(done);
    expect(logged).toMatchObject({ type: 'callback', priority: 'urgent', details: { concernRaised: 'safeguarding', safeToCall: 'call-no-message' } });
  });

  it.each([
    ['no', 'not-safe'],
    ['it is not safe to call', 'not-safe'],
    ['yes both', 'call-and-message'],
    ['yes, but dont leave a message', 'call-no-message'],
    // Caller trial 10: half of the question answered is not the other half refused.
    ['not safe to leave a message', 'call-no-message'],
    ["you can ring but it's not safe for a voicemail", 'call-no-message'],
    ['not safe to call or leave a message', 'not-safe'],
    ['no its not safe to ring me', 'not-safe'],
  ])('"%s" to "is it safe to call?" is read as %s', async (answer, value) => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('my partner hit me last night and I need to get out');
    await resident.say('Request a call back');
    await resident.say('Sara');
    await resident.say('07922 454545');
    await resident.say(answer);
    if (value !== 'not-safe') await resident.say('Morning');
    const done = await resident.say('Confirm');
    expect((await resident.caseFrom(done))?.details).toMatchObject({ safeToCall: value });
    if (value === 'not-safe') expect(done.text).toMatch(/We will not call you/);
  });

  it.each([
    "there isn't one, he took my mobile off me",
    "you mustn't ring me, I'm on my friend's phone",
    'could I just e-mail someone instead',
    'is there some other way to get help without a phone call',
  ])('%j to "what number?": no number asked for, the concern logged, and other ways to reach us (caller trial 15, H1 and H2)', async (answer) => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('my partner hit me last night and I need to get out');
    await resident.say('Request a call back');
    await resident.say('Sara');
    const summary = await resident.say(answer);
    expect(summary.text).toMatch(/Safe to call: No: do not call/);
    expect(summary.text).not.toMatch(/phone number/i);
    const done = await resident.say('Confirm');
    expect(done.text).toMatch(/We will not call you[\s\S]*e-mail customer\.services@northbrook\.example, or come to Northbrook Town Hall/);
    expect((await resident.caseFrom(done))?.details).toMatchObject({ safeToCall: 'not-safe', concernRaised: 'safeguarding' });
  });

  it.each([
    'can I just e-mail the housing people instead of a call',
    'where is your office, I would rather walk in on Monday',
    'is there really no way of reaching you except by phone',
  ])('%j in the call back form: the call back stops, and how to reach us without a call, with how to call 999 in silence (caller re-trial 15b, H2)', async (asked) => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('my partner hit me last night and I need to get out');
    await resident.say('Request a call back');
    const turn = await resident.say(asked);
    expect(turn.text).toMatch(/stopped your call back request[\s\S]*customer\.services@northbrook\.example[\s\S]*Northbrook Town Hall[\s\S]*press 55/);
    expect(turn.text).not.toMatch(/What name should we ask for/);
  });

  it('"it\'s not safe to leave a voicemail" said to "what number?" is noted, not read as a wrong number (caller re-trial 11b)', async () => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('my partner hit me last night and I need to get out');
    await resident.say('Request a call back');
    await resident.say('Sara');
    const turn = await resident.say("it's not safe to leave a voicemail");
    expect(turn.text).not.toMatch(/doesn't look like a UK phone number/);
    expect(turn.text).toMatch(/What UK phone number/);
    await resident.say('07922 454545');
    await resident.say('Morning');
    const done = await resident.say('Confirm');
    expect((await resident.caseFrom(done))?.details).toMatchObject({ safeToCall: 'call-no-message' });
  });

  it.each([
    'he hits me and he goes through my phone every night, please dont ring or text me',
    'my husband beats me. no call me, he take my phone',
    "I'm scared of my partner, he is in the next room. Can you not ring this phone, he looks at it",
    "she hurts me and checks my messages, you can't call me",
  ])('%j: no call back offered, and other ways to reach us instead (caller trial 17, P2)', async (told) => {
    const resident = await openConversation({ now: saturdayNight });
    const turn = await resident.say(told);
    expect(turn.text).toMatch(/Domestic Abuse Helpline/);
    expect(turn.text).not.toMatch(/call you back/);
    expect(turn.buttons).not.toContain('Request a call back');
    expect(turn.text).toMatch(/isn't safe for us to call you, so we won't[\s\S]*customer\.services@northbrook\.example[\s\S]*Northbrook Town Hall/);
  });

  it('a call back asked for after "he checks my phone" asks no number and logs the concern, that nobody will call (caller trial 17, P2)', async () => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('my husband beats me');
    await resident.say('sorry english little. no call me, he check my phone');
    const asked = await resident.say('Request a call back');
    expect(asked.text).toMatch(/What name should we note this under\?/);
    expect(asked.text).not.toMatch(/call you back|ask for when we call/);
    const summary = await resident.say('Sara');
    expect(summary.text).toMatch(/Safe to call: No: do not call/);
    const done = await resident.say('Confirm');
    expect(done.text).toMatch(/We will not call you/);
    expect((await resident.caseFrom(done))?.details).toMatchObject({ name: 'Sara', safeToCall: 'not-safe', concernRaised: 'safeguarding' });
  });

  it('"Cancel. How do I pay my council tax?" in the call back form stops it and answers the rest (caller trial 17, P2)', async () => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('Request a call back');
    const turn = await resident.say('Cancel. How do I pay my council tax?');
    expect(turn.text).toMatch(/stopped your call back request/);
    expect(turn.text).toMatch(/Direct Debit/);
    expect(turn.text).not.toMatch(/What name should we/);
  });

  it.each(['Okay. Bye', 'ok thanks bye'])('%j to the name question after a disclosure is a goodbye, not a name, and no rating is asked (caller trial 17, P2)', async (going) => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('my partner hit me last night and I need to get out');
    await resident.say('Request a call back');
    const turn = await resident.say(going);
    expect(turn.text).not.toMatch(/Please check these details|rate/);
    expect(turn.text.replaceAll('**', '')).toMatch(/If you are ever in danger, call 999\. Goodbye, and take care\./);
  });

  it('near miss: "don\'t ring me before 10" is when to call, so the call back asks for the number', async () => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say("I want a call back about my council tax, don't ring me before 10 though");
    expect((await resident.say('Sara')).text).toMatch(/What UK phone number should we call/);
  });

  it('near miss: a call back with no disclosure is not asked whether it is safe', async () => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('Request a call back');
    await resident.say('Sara');
    const next = await resident.say('07922 454545');
    expect(next.text).toMatch(/^When is the best time to call you\?/);
  });
});

describe('help with nothing said about what, and leaving in a hurry (finding 4)', () => {
  it.each([
    ['help', /^What do you need help with\? If you are in danger, call 999\./],
    ['can you help me please', /^What do you need help with\?/],
    ['I have to go, the doorbell is ringing', /^OK\. You can come back to this at any time\. If you are in danger, call 999\./],
    ['sorry gotta go', /^OK\. You can come back/],
  ])('"%s": a neutral reply, no category script', async (text, reply) => {
    const turn = await (await openConversation({ now: saturdayNight })).say(text);
    expect(turn.text).toMatch(reply);
    expect(turn.text).not.toMatch(/domestic abuse|go back to an area|helpline/i);
  });

  it.each([
    ['help with my council tax', /council tax/i],
    ['I need help, my partner hits me', /Domestic Abuse Helpline/],
    ['do I have to go to the tip to get rid of a sofa', /sofa|bulky|large/i],
  ])('near miss: "%s" is answered for what it says', async (text, reply) => {
    const turn = await (await openConversation({ now: saturdayNight })).say(text);
    expect(turn.text).toMatch(reply);
    expect(turn.text).not.toMatch(/What do you need help with|You can come back to this/);
  });

  it('after a disclosure, "I have to go" gets the way back to help, not a goodbye', async () => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('my partner hits me when he drinks and im scared to go home tonight');
    const turn = await resident.say('I have to go, he is coming');
    expect(turn.text).toMatch(/999/);
    expect(turn.text).not.toMatch(/go back to an area/);
  });
});

describe('an emergency told again after its advice (caller trial 11, findings F29 and gas getting worse)', () => {
  it.each([
    ['my carbon monoxide alarm keeps going off', 'the kids are feeling dizzy and sick now', /fresh air/],
    ['I can smell gas in the kitchen', 'it is getting stronger, the smell of gas is really strong now', /Leave the building now/],
    // The same told without the word: the advice again, not the heating article or "tell me what you would like to do next".
    ['I can smell gas in the kitchen', "it's really strong, what should I do", /Leave the building now/],
    ['I can smell gas in the kitchen', "it's getting stronger", /Leave the building now/],
    // Caller re-trial 11b: symptoms after the carbon monoxide advice got "are you in danger right now?".
    ['my carbon monoxide alarm keeps going off', "the baby's gone really sleepy and floppy", /fresh air/],
    ['my carbon monoxide alarm keeps going off', "my husband's got a headache and feels sick", /fresh air/],
  ])('after "%s", "%s" hears the advice again, not an article', async (first, worse, advice) => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say(first);
    expect((await resident.say(worse)).text).toMatch(advice);
  });
});

describe('after gas or carbon monoxide advice (caller trial 12)', () => {
  it.each(["my little girl has gone all floppy and she won't wake up", "my husband's just collapsed in the hall"])('"%s": 999, then the gas advice again, and the leak is still the report', async (worse) => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('there is a strong smell of gas coming from the cooker');
    const turn = await resident.say(worse);
    const said = turn.text.replaceAll('**', '');
    expect(said).toMatch(/999/);
    expect(said).toMatch(/0800 111 999/);
    expect(said.indexOf('999 now')).toBeLessThan(said.indexOf('0800 111 999'));
    expect((await resident.say("we're outside now, can you log it")).text).toMatch(/emergency repair/i);
  });

  it.each(["we've gone round to my mate's over the road", "we're all next door now"])('"%s" is outside: stay out, not an article', async (where) => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('there is a strong smell of gas coming from the cooker');
    expect((await resident.say(where)).text).toMatch(/Stay outside/);
  });

  it.each(['can you raise a job for this please', 'I want to get it booked in', 'can you send an engineer'])('"%s" after the advice asks whether everyone is outside first (caller re-trial 12b)', async (logIt) => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('there is a strong smell of gas coming from the cooker');
    expect((await resident.say(logIt)).text).toMatch(/are you and everyone with you outside/);
  });

  it.each(["my dad's all muddled and doesn't know where he is", 'she can barely stand up'])('after carbon monoxide advice, "%s" hears the advice and its 999 line again, not an article (caller re-trial 12c)', async (signs) => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('my carbon monoxide alarm keeps going off');
    const turn = await resident.say(signs);
    expect(turn.text.replaceAll('**', '')).toMatch(/drowsy, confused, being sick or has collapsed, call 999 now/);
  });

  it('after carbon monoxide advice, a child being sick and drowsy is a 999 call, not left to the parent (caller re-trial 12b)', async () => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('my carbon monoxide alarm keeps going off');
    const turn = await resident.say("my daughter's just been sick and she's ever so drowsy");
    expect(turn.text.replaceAll('**', '')).toMatch(/drowsy, confused, being sick or has collapsed, call 999 now/);
  });

  it('"please put a report in" after the advice asks whether everyone is outside first', async () => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('there is a strong smell of gas coming from the cooker');
    expect((await resident.say('can you put a report in for me')).text).toMatch(/are you and everyone with you outside/);
  });
});

describe('something told, not asked, straight after safety advice (caller re-trial 12b)', () => {
  it.each([
    ['there is a strong smell of gas coming from the cooker', "we've all piled into my brother's car down the road"],
    ['my carbon monoxide alarm keeps going off', 'the dog is acting really strange too'],
    ['my partner hits me when he drinks and im scared to go home tonight', 'the kids are at my mums for the weekend'],
  ])('after "%s", "%s" gets 999 and the next steps, not an article', async (first, told) => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say(first);
    const turn = await resident.say(told);
    expect(turn.text.replaceAll('**', '')).toMatch(/999/);
    expect(turn.text).not.toMatch(/Was this helpful/);
  });

  it('a question asked straight after the advice is still answered', async () => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('there is a strong smell of gas coming from the cooker');
    expect((await resident.say('how do I pay my council tax?')).text).toMatch(/council tax/i);
  });
});

describe('after a disclosure, the person harming them is near (caller trial 11, F20)', () => {
  it.each(["shh he's coming up the stairs", "he's back, I have to go", "I can't talk now", 'he just came home', "his key's in the door"])('"%s": 999 and the silent-call way, in a few words', async (text) => {
    // Out of hours: in opening hours an advisor is joining, and what they write goes to the advisor.
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('my partner hits me when he drinks and im scared to go home tonight');
    const turn = await resident.say(text);
    expect(turn.text.replaceAll('**', '')).toMatch(/^If you are in danger, call 999 now\. If you cannot speak, call 999 from a mobile and press 55/);
    expect(turn.text).not.toMatch(/repair|appointment|What name/i);
  });
});

describe('inside the call back form after a disclosure (caller re-trial 11b)', () => {
  it.each([
    "it's too late I've taken them",
    'i just want to sleep now',
    'he is still not waking up',
    // Caller trial 12: said to the name question and stored as the name.
    "i've already swallowed about half of them",
    'my eyes keep closing',
    // Caller re-trial 12b.
    "I reckon I've had too many, it's all gone blurry",
    'I can barely stay awake now',
    'i am starting to feel really sick and dizzy',
  ])('"%s" after suicidal thoughts: the self-harm advice and 999, never the name', async (text) => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('i want to kill myself, i have got my mums sleeping tablets here');
    expect((await resident.say('Request a call back')).text).toMatch(/What name should we ask for/);
    const turn = await resident.say(text);
    expect(turn.text.replaceAll('**', '')).toMatch(/999/);
    expect(turn.text).not.toMatch(/What UK phone number/);
  });

  it.each(["he's coming back", "I can't talk now", "oh no he's just pulled up", 'I can hear his key in the lock', "his truck's just pulled in", "she's just got home"])('"%s" after a disclosure: 999 in a few words, and the form waits for the name', async (text) => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('my partner hits me when he drinks and im scared to go home tonight');
    expect((await resident.say('Request a call back')).text).toMatch(/What name should we ask for/);
    const turn = await resident.say(text);
    expect(turn.text.replaceAll('**', '')).toMatch(/^If you are in danger, call 999 now/);
    expect((await resident.say('Jo')).text).toMatch(/phone number/);
  });
});

describe('"is anyone in danger right now?" answered for someone else (caller trial 12)', () => {
  it.each(["no, not me, it's her that's hurt", 'not me, my neighbour', "she's the one who's fallen"])('"%s" is a yes: 999 now, not the article for the first message', async (answer) => {
    const resident = await openConversation({ now: saturdayNight });
    expect((await resident.say('I heard a crash next door and now the old lady is not answering her door')).text).toMatch(/in danger right now/);
    const turn = await resident.say(answer);
    expect(turn.text.replaceAll('**', '')).toMatch(/999/);
    expect(turn.text).not.toMatch(/about what you asked/);
  });

  it('"no, it\'s next door\'s music" is still a no', async () => {
    const resident = await openConversation({ now: saturdayNight });
    expect((await resident.say('I heard a crash next door and now the old lady is not answering her door')).text).toMatch(/in danger right now/);
    expect((await resident.say("no, it's next door's music")).text).toMatch(/about what you asked/);
  });
});

describe('a self-harming child shut in and silent, told after the parent\'s disclosure (caller trial 12)', () => {
  it.each([
    ['my son is fifteen and he has been cutting his arms', "he's locked the bathroom door and I can't hear a sound"],
    ['my son is fifteen and he has been cutting his arms', "she's shut herself in her bedroom and won't respond"],
    // Caller re-trial 12c: "self harms" in the first message, then shut in.
    ['my fourteen year old daughter self harms', "she's locked in her room and won't answer me at all"],
    ['my lad has been self harming', "he's gone off to the shed and bolted it, I can't hear a thing"],
  ])('after "%s", "%s": 999 now, never "are you thinking about ending your life?"', async (first, text) => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say(first);
    const turn = await resident.say(text);
    expect(turn.text.replaceAll('**', '')).toMatch(/999/);
    expect(turn.text).not.toMatch(/ending your life|Where in your home|repair/i);
  });
});

describe('a person in danger is not a repair (caller re-trial 11b)', () => {
  it('a self-harming child shut in and not answering: no "Report it", and "yes" starts no repair report', async () => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('my daughter is fourteen and she has been cutting herself');
    const reply = await resident.say("she's locked herself in the bathroom and won't answer");
    expect(reply.text.replaceAll('**', '')).toMatch(/999/);
    expect(reply.buttons).not.toContain('Report it');
    expect((await resident.say('yes')).text).not.toMatch(/What is wrong\?|Where in your home|emergency repair/);
  });

  it.each([
    ['an overdose', "I've just swallowed a whole box of my sleeping tablets"],
    ['someone collapsed', 'my dad has collapsed in the kitchen'],
  ])('in opening hours too, %s is offered a person, never "Report it" (caller re-trial 12b)', async (_case, said) => {
    const resident = await openConversation();
    const reply = await resident.say(said);
    expect(reply.text.replaceAll('**', '')).toMatch(/999/);
    expect(reply.buttons).not.toContain('Report it');
    expect((await resident.say('I just want to sleep')).buttons).not.toContain('Report it');
  });

  it('in opening hours a home\'s hazard is still offered "Report it"', async () => {
    const resident = await openConversation();
    expect((await resident.say('water is pouring through my ceiling light')).buttons).toEqual(['Talk to an advisor now', 'Report it']);
  });
});

describe('a call back given up after a disclosure (caller trial 11, F24)', () => {
  it('"cancel" still leaves the helpline, since nobody will ring', async () => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('i keep thinking about ending it all, i have had enough of everything');
    await resident.say('Request a call back');
    const turn = await resident.say('cancel');
    expect(turn.text).toMatch(/Nothing has been sent/);
    expect(turn.text).toMatch(/Samaritans/);
  });
});

describe('an emergency with a disclosure (caller trial 11: an overdose mid-form was offered "Report it")', () => {
  it.each([saturdayNight, undefined])('pills taken: no repair to log, and 1 does not start a repair report (%s)', async (now) => {
    const resident = await openConversation(now ? { now } : {});
    await resident.say('Report a repair');
    const reply = await resident.say('i took 30 paracetamol an hour ago');
    expect(reply.buttons).not.toContain('Report it');
    expect(reply.text).not.toMatch(/log this as an emergency/);
    expect((await resident.say('1')).text).not.toMatch(/What is wrong\?|Where in your home/);
  });
});

describe('who the advice is for (caller trial 10, findings 5 and 6)', () => {
  it('a neighbour not seen for days: the police welfare check first, not the Modern Slavery Helpline (caller trial 11)', async () => {
    const resident = await openConversation({ now: saturdayNight });
    const reply = (await resident.say("the old man next door hasn't been seen for four days and his curtains are still shut")).text.replaceAll('**', '');
    expect(reply).toMatch(/call 999 now: the police can check on them/);
    expect(reply).toMatch(/101/);
    expect(reply.indexOf('welfare check')).toBeLessThan(reply.indexOf('adult social care'));
    expect(reply).not.toMatch(/Modern Slavery/);
  });

  it('mould with a wheezing child: the GP, 111 and 999 if breathing is hard; told again, the mould is taken as a report, not advised twice', async () => {
    const resident = await openConversation({ now: saturdayNight });
    const advice = await resident.say('ive got black mould all over the bedroom wall and my little boy keeps wheezing at night, hes three');
    expect(advice.text).toMatch(/GP/);
    expect(advice.text).toMatch(/struggling to breathe/);
    expect(advice.text).not.toMatch(/hurt or in danger/);
    const next = await resident.say('he is not struggling to breathe, it is just a wheeze, i want someone to sort the mould out');
    expect(next.text).not.toMatch(/^This sounds like an emergency/);
    expect(next.text).toMatch(/damp and mould/);
    // The bedroom was said in the first message.
    expect(next.text).not.toMatch(/Which rooms/);
  });

  it.each([
    ['my son is fifteen and he has been saying he does not want to be here anymore and he has been cutting himself', true],
    // Caller trial 11: "my fifteen year old", "my teenager", "my lad" were heard as the caller.
    ['my fifteen year old has been cutting herself and she says she wants to die', true],
    ['my teenager keeps saying she wants to die', true],
    ['my daughter self harms', true],
    ['my teenage son has been cutting himself', true],
    // Caller re-trial 12b.
    ["my lad's been self harming for a while now", true],
    ['my daughter found out that i have been cutting myself and she is upset', false],
    ['i have been cutting myself again and i dont want to be here', false],
  ])('"%s": the young people\'s help when it is about their child (%s)', async (text, aboutChild) => {
    const resident = await openConversation({ now: saturdayNight });
    const reply = await resident.say(text);
    expect(reply.text).toMatch(/Samaritans/);
    if (aboutChild) {
      expect(reply.text).toContain('0800 1111');
      expect(reply.text).toMatch(/NSPCC/);
      expect(reply.text).not.toMatch(/If you have hurt yourself/);
    } else {
      expect(reply.text).toMatch(/If you have hurt yourself/);
    }
  });
});

describe('a gas or carbon monoxide repair logged after the advice (caller re-trial 13b, H2)', () => {
  const repairAnswers: [RegExp, string][] = [
    [/How long/, 'a quarter of an hour'],
    [/disability|elderly/, 'no'],
    [/get into your home/, 'any time today'],
    [/postcode/, 'NB1 1AB'],
    [/house number or name/, '14 Holly Road'],
    [/your name/, 'Ann Lee'],
    [/phone number or e-mail/, '07922 454545'],
  ];

  it('"we are all out on the landing now and I pulled the front door to" is the advice acknowledged, not a repair report for the door', async () => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('my carbon monoxide alarm is going off in the hall');
    const turn = await resident.say("we're all out on the landing now and I've pulled the front door to behind us");
    expect(turn.text).toMatch(/Stay outside/);
    expect(turn.text).not.toMatch(/How long has this been a problem|What is wrong/);
  });

  it.each([
    ['yes please', 'yes'],
    ['asking in other words', 'could you make a note of it so someone comes to check the alarm'],
    ['asking for the boiler to be sorted', 'can you get that written up for the housing people so somebody sorts the boiler'],
  ])('logged by %s: the alarm is what is wrong and the case is an emergency', async (_how, asked) => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('my carbon monoxide alarm is going off in the hall');
    await resident.say("we're all outside on the pavement now");
    const summary = await answerUntilSummary(resident, await resident.say(asked), repairAnswers);
    expect(summary.text).toMatch(/What is wrong: my carbon monoxide alarm is going off/);
    const done = await resident.say('Confirm');
    expect(done.text).not.toMatch(/routine priority|20 working days/);
    expect(await resident.caseFrom(done)).toMatchObject({ priority: 'emergency' });
  });

  it.each(['Confirm. Oh no, my dad has just been sick and he is all muddled', "yes that's right, but my dad has just been sick and he's all muddled"])(
    '%j to the read-back: the safety reply, and the confirmed report is sent (caller trial 15, H3)',
    async (confirmedWithConcern) => {
      const resident = await openConversation({ now: saturdayNight });
      await resident.say('my carbon monoxide alarm is going off in the hall');
      await resident.say("we're all outside on the pavement now");
      await answerUntilSummary(resident, await resident.say('yes'), repairAnswers);
      const turn = await resident.say(confirmedWithConcern);
      expect(turn.text.replaceAll('**', '')).toMatch(/999[\s\S]*reference/i);
      expect(await resident.caseFrom(turn)).toMatchObject({ priority: 'emergency' });
    },
  );
});

describe('where the emergency is happening changes what to do (caller trial 17, P3)', () => {
  it('a fire with the way out full of smoke: stay in a room with a window and signal, then and after, never "get everyone out"', async () => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('the flat under ours is on fire, there is smoke everywhere');
    const trapped = await resident.say("we can't get down, the stairwell is thick with smoke");
    expect(trapped.text).toMatch(/one room with a window[\s\S]*towels or bedding[\s\S]*tell them you are trapped/);
    expect(trapped.text).not.toMatch(/Get everyone out/);
    const after = await resident.say('what should we do while we wait?');
    expect(after.text).toMatch(/one room with a window/);
    expect(after.text).not.toMatch(/Get everyone out/);
  });

  it('near miss: a fire with nobody trapped is still "get everyone out"', async () => {
    const resident = await openConversation({ now: saturdayNight });
    expect((await resident.say('the flat under ours is on fire, there is smoke everywhere')).text).toMatch(/Get everyone out/);
  });

  it('someone in the water: the fire service or coastguard, something that floats, and never going in, then and after', async () => {
    const resident = await openConversation({ now: saturdayNight });
    const first = await resident.say('a woman has slipped into the river off the towpath and the current is taking her');
    expect(first.text.replaceAll('**', '')).toMatch(/Call 999 now and ask for the fire service[\s\S]*Do not go into the water or onto the ice yourself[\s\S]*floats/);
    expect(first.text).not.toMatch(/ask for an ambulance/);
    const after = await resident.say('should I go in after her?');
    expect(after.text).toMatch(/Do not go into the water or onto the ice yourself/);
  });

  it('a child on ice that cracks is 999 for the fire service at once, never a repair report (caller re-trial 17b, P4)', async () => {
    const turn = await (await openConversation({ now: saturdayNight })).say('my little lad ran out onto the frozen lake and the ice is cracking round him');
    expect(turn.text.replaceAll('**', '')).toMatch(/Call 999 now and ask for the fire service[\s\S]*onto the ice yourself/);
    expect(turn.text).not.toMatch(/What is wrong\?|repair/);
  });
});

describe("a friend or relative telling of someone else's thoughts of suicide (caller trial 17, P3)", () => {
  it.each([
    "my brother has sent me a text saying goodbye and sorry for everything and now he won't pick up",
    'my best friend says she has got a rope and has been talking about ending her life',
  ])('%j: 999 for the police or an ambulance to go to them, never "if you have hurt yourself" or the question to the caller', async (told) => {
    const turn = await (await openConversation({ now: saturdayNight })).say(told);
    expect(turn.text.replaceAll('**', '')).toMatch(/call 999 and ask for the police or an ambulance to go to them/);
    expect(turn.text).not.toMatch(/If you have hurt yourself|are you thinking about ending your life/);
  });

  it("a relative's plan told second-hand, with no word of the means' owner: the help goes to them (caller re-trial 17b)", async () => {
    const turn = await (await openConversation({ now: saturdayNight })).say("my uncle told my mum he won't be a burden to anyone after Sunday, and she found rope in his shed");
    expect(turn.text.replaceAll('**', '')).toMatch(/ask for the police or an ambulance to go to them/);
    expect(turn.text).not.toMatch(/If you have hurt yourself/);
  });

  it('a follow-up about him or her, after a child or friend was told of, is never asked the suicide question (caller re-trial 17b)', async () => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('my fifteen-year-old daughter told me she is going to jump off the multi-storey tonight and she has run out');
    for (const asked of ['should I drive round and look for her or stay in?', 'she has been sending me goodbye texts for an hour, what do I do']) {
      expect((await resident.say(asked)).text).not.toMatch(/are you thinking about ending your life|If you have hurt yourself/);
    }
  });

  it('near miss: the writer\'s own thoughts, told with a brother named, still get the help for them', async () => {
    const turn = await (await openConversation({ now: saturdayNight })).say("my brother doesn't know but I want to end my life, I've got pills saved up");
    expect(turn.text).toMatch(/If you have hurt yourself/);
  });
});

describe('fuel burnt indoors told first, then someone who will not wake (caller trial 17, P1)', () => {
  it.each([
    ['the paraffin heater in the spare room smells funny, is that one of yours to fix', "my husband won't wake up properly"],
    ['our log burner keeps sending smoke back into the lounge since the roofers were here', 'the baby has gone all floppy'],
  ])('after %j, %j hears 999 and the carbon monoxide advice', async (first, worse) => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say(first);
    const turn = await resident.say(worse);
    const said = turn.text.replaceAll('**', '');
    expect(said).toMatch(/Call 999 now/);
    expect(said).toMatch(/fresh air[\s\S]*0800 111 999/);
  });
});

describe('asking whether to wait, about someone else at risk (caller trial 17, P5)', () => {
  it.each([
    ["the man across the landing has not been seen since Wednesday and his lights are on day and night", 'do I just wait for his son to come round on Sunday?', /Please don't wait for a relative\. Call 999 now and ask for the police/],
    ['the kids upstairs have been left on their own since last night, the little one keeps crying', "can I keep them at mine until their dad gets back?", /Please don't wait\. A child left on their own[\s\S]*call 999 and ask for the police/],
  ])('after %j, %j gets a plain "don\'t wait" and who to call', async (first, wait, answer) => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say(first);
    const turn = await resident.say(wait);
    expect(turn.text.replaceAll('**', '')).toMatch(answer);
    expect(turn.text).not.toMatch(/Hourglass/);
  });
});


describe('abuse of someone else, heard or told by a neighbour, friend or relative (caller re-trial 17c)', () => {
  it.each([
    "the woman downstairs is getting her head smashed against the door by her fella, I can hear it now",
    "he's got her by the throat on the landing opposite, she's screaming",
  ])('%j: 999 for the police at once, never advice for the one harmed', async (heard) => {
    const turn = await (await openConversation({ now: saturdayNight })).say(heard);
    expect(turn.text.replaceAll('**', '')).toMatch(/Call 999 now and ask for the police/);
    expect(turn.text).not.toMatch(/If you need to leave your home|press 55/);
  });

  it('told, not heard now: the helpline that takes calls about someone else, and help for them to leave', async () => {
    const turn = await (await openConversation({ now: saturdayNight })).say("my sister's boyfriend knocks her about and takes her wages, she won't leave him");
    const said = turn.text.replaceAll('**', '');
    expect(said).toMatch(/also for anyone worried about someone else: 0808 2000 247/);
    expect(said).toMatch(/If they need to leave their home/);
    expect(said).not.toMatch(/If you need to leave your home/);
  });

  it('near miss: the resident harmed, who also names a neighbour, gets the advice for the one harmed', async () => {
    const turn = await (await openConversation({ now: saturdayNight })).say('my partner hits me and the neighbours have heard it, I am scared of him');
    expect(turn.text).toMatch(/If you need to leave your home/);
  });
});

describe('while help comes, and someone else at risk (caller trial 18)', () => {
  it('someone collapsed: an ambulance and staying with them, never "do not go in yourself"', async () => {
    const turn = await (await openConversation({ now: saturdayNight })).say("my dad has collapsed in the kitchen and he is not answering me");
    expect(turn.text).toMatch(/Stay with them if it is safe/);
    expect(turn.text).not.toMatch(/do not go in yourself/i);
  });

  it.each([
    ["my mum's on the other phone to the ambulance", /help is on its way/],
    ['should I put something in his mouth so he does not bite his tongue?', /Do not put anything in their mouth/],
    ['he is bleeding a lot from his arm, should I press a towel on it', /Press firmly on the wound/],
    ['he is going really pale and sleepy now', /Call 999 again now and tell them what has changed/],
  ])('after a collapse, %j hears %s', async (said, heard) => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('my brother has collapsed on the floor, he is making a snoring noise and will not wake up');
    await resident.say('my partner has rung 999 and they are on their way');
    const turn = await resident.say(said);
    expect(turn.text.replaceAll('**', '')).toMatch(heard);
  });

  it.each(['ok ok I call now', "I'm ringing them now"])('after someone stops breathing, %j: yes, call 999 now, never a word about advisors (M18-06)', async (said) => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('my neighbour is on the floor and I think he is not breathing');
    const turn = await resident.say(said);
    expect(turn.text.replaceAll('**', '')).toMatch(/^Yes, call 999 now/);
    expect(turn.text).not.toMatch(/advisor/);
  });

  it('a bystander asked by 999 to do CPR, "is gasping breathing?": not normal breathing, CPR now with the call handler, never the press-55 line (caller trial 19, C19-02)', async () => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('a man has just collapsed outside my house, he is not breathing properly, just gasping every so often');
    const turn = await resident.say("I've called 999, they're coming. they want me to do CPR but I don't know how, is gasping breathing?");
    const said = turn.text.replaceAll('**', '');
    expect(said).toMatch(/gasping is not normal breathing/i);
    expect(said).toMatch(/start CPR now/);
    expect(said).not.toMatch(/press 55|Domestic Abuse/i);
  });

  it('someone on the floor alone, "they are coming, should I try to get up?": help is on its way and not to get up, never the press-55 line (caller trial 19, H19-03)', async () => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say("I've fallen in the bathroom and I can't get up, I'm 84, I've been on the floor since last night");
    const turn = await resident.say("they're coming now, they said. should I try to get up?");
    const said = turn.text.replaceAll('**', '');
    expect(said).toMatch(/Do not try to get up/);
    expect(said).not.toMatch(/press 55|Domestic Abuse/i);
  });

  it('water on a light fitting, then "should I turn the electrics off at the fuse box? the floor is wet": not with wet hands or on a wet floor, never "check the trip switches" (caller trial 19, C19-03)', async () => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say("water's pouring through my bathroom ceiling and dripping right onto the light fitting, the light keeps flickering");
    const turn = await resident.say("should I turn the electrics off at the fuse box? it's in the hallway and the floor's wet");
    expect(turn.text).toMatch(/Do not touch the fuse box with wet hands or while standing on a wet floor/);
    expect(turn.text).not.toMatch(/trip switches/);
  });

  it.each([
    ["he keeps making big gasps, does that mean he's breathing?"],
    ['is gasping the same thing as breathing'],
  ])('after a collapse and 999 on its way, %j: gasping is not normal breathing, CPR with the call handler (outside re-check 19, R19-05)', async (asked) => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('my uncle has dropped on the floor and will not come round');
    await resident.say("ambulance is on the way, I've called them");
    const turn = await resident.say(asked);
    expect(turn.text.replaceAll('**', '')).toMatch(/gasping is not normal breathing/i);
  });

  it('"999 called, paramedics coming" after a collapse: what to do while they come, never "call 999 now" again or an offer to log it (outside re-check 19, R19-12)', async () => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('my flatmate has fainted and is not responding at all');
    const turn = await resident.say('999 called, paramedics coming');
    expect(turn.text).toMatch(/help is on its way/);
    expect(turn.text).not.toMatch(/Please don't wait|log this/);
  });

  it('worse while help comes is never answered "good"', async () => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('my brother has collapsed on the floor, he is making a snoring noise and will not wake up');
    await resident.say('my partner has rung 999 and they are on their way');
    expect((await resident.say('he is going really pale and sleepy now')).text).not.toMatch(/Good/);
  });

  it('a child alone, and "should I just wait and see if his mum comes back?": please don\'t wait, the police', async () => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say("there's a little girl, maybe two, on her own on the balcony across from us in just a nappy, she's been crying for an hour");
    const turn = await resident.say('should I just wait and see if her mum comes back?');
    expect(turn.text.replaceAll('**', '')).toMatch(/Please don't wait[\s\S]*call 999 and ask for the police/);
    expect(turn.text).not.toMatch(/hurt themselves/);
  });

  it("a relative's plan for tonight: please don't wait, the police to go to them, and Samaritans, at once", async () => {
    const turn = await (await openConversation({ now: saturdayNight })).say("my brother says once his shift ends tonight he'll go to the railway bridge and that'll be the end of it");
    const said = turn.text.replaceAll('**', '');
    expect(said).toMatch(/please don't wait: call 999 and ask for the police or an ambulance to go to them/);
    expect(said).toMatch(/Samaritans[\s\S]*116 123/);
    expect(said).not.toMatch(/are you thinking about ending your life/i);
  });
});

describe('nothing logged while someone is trapped or being attacked (caller trial 18, C18-02 and H18-04)', () => {
  it('trapped by smoke: "Report it" gets the shelter advice again, never a repair question, and no report is offered after', async () => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('there is smoke coming up from the flat below and the alarm is going');
    await resident.say("I opened my door and the stairs are full of smoke, I can't get down");
    const pressed = await resident.say('Report it');
    expect(pressed.text).toMatch(/one room with a window/);
    expect(pressed.text).not.toMatch(/How long has this been a problem/);
    expect(pressed.buttons).not.toContain('Report it');
    const after = await resident.say("the smoke's coming under my door now");
    expect(after.text).toMatch(/towels or bedding along the bottom of the door/);
  });

  it.each(["she's just texted me, he's broken the lock", "he's kicked the bathroom door in and it won't shut now"])(
    'during a knife attack on a sister, %j is the attack again: the police, never an emergency repair',
    async (told) => {
      const resident = await openConversation({ now: saturdayNight });
      await resident.say("my sister's locked herself in the bathroom, her husband has got a knife and he's trying to get the door open");
      const turn = await resident.say(told);
      expect(turn.text.replaceAll('**', '')).toMatch(/Call 999 now and ask for the police/);
      expect(turn.text).not.toMatch(/emergency repair|How long has this been a problem/);
    },
  );

  it('near miss: after her own disclosure, "my boiler is broken too" is still a repair', async () => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('my partner hits me when he has been drinking');
    expect((await resident.say('my boiler is broken too')).text).toMatch(/boiler|heating|repair/i);
  });
});

// Caller trial 29, M29-14: "I called 999, the police are coming" in Romanian was told "please don't wait, call 999 now".
describe('the police called for someone not seen for days', () => {
  it.each(["I've rung 999 and the police are on their way", 'am sunat la 999, politia vine'])('"%s": what to do until they come, not 999 again', async (said) => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say("my neighbour is 85 and nobody has seen her for 4 days, she isn't answering the door");
    const turn = await resident.say(said);
    expect(turn.text).toMatch(/(?:help is|police are) on (?:its|their) way/);
    expect(turn.text).not.toMatch(/Please don't wait/);
  });
});

// Caller trial 31, C31-06: a 17-year-old put out at night, and a mother outside with her children, were told to "stay with the child".
describe('a young person or a family with nowhere to go tonight is spoken to, with the line that finds somewhere', () => {
  it.each([
    ["my dad threw me out an hour ago, im 16 and i dont have anywhere to sleep", "im sat outside the train station now"],
    ['we have been evicted today and I have my two little girls with me, nowhere to go tonight', "we're standing outside, it's freezing"],
  ])('%j, then %j', async (first, then) => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say(first);
    const turn = await resident.say(then);
    expect(turn.text).toContain('01632 960998');
    expect(turn.text).not.toMatch(/Stay with the child/);
  });
});

// Caller trial 31, C31-11 and C31-17: the advice followed, or the report's details given as if asked, got "tell me what you would like to do next" or the greeting.
describe('after an emergency repair advice, the advice followed and the details given', () => {
  it('"I\'ve switched the power off at the fuse box, what now" after water through a light: what to do with it off, and the repairs line', async () => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('water is dripping out of the ceiling light in the hall');
    const turn = await resident.say("i've switched the power off at the fuse box, what now");
    expect(turn.text).toMatch(/^Good\. Leave it off/);
    expect(turn.text).toContain('01632 960999');
  });

  it.each(['in the downstairs loo', 'since about 6 this morning'])('%j after an overflowing only toilet starts the emergency report with it', async (detail) => {
    const resident = await openConversation();
    await resident.say('sewage is coming up through our only toilet and onto the floor');
    const turn = await resident.say(detail);
    expect(turn.text).toMatch(/log this as an emergency repair/);
    expect(resident.memory().form?.form).toBe('report-repair');
  });
});

// Caller re-check 31b: "I don't want the police", a phone about to die, "where do I go".
describe('what the resident says after a disclosure or nowhere to sleep is answered as said (re-check 31b)', () => {
  it.each(["please keep my name out of it, I don't want the police round there", 'can I stay anonymous? the carer cannot know it was me'])(
    'after a carer taking an older man\'s money, %j: social care without the police, and the name kept',
    async (said) => {
      const resident = await openConversation({ now: saturdayNight });
      await resident.say("the carer who comes in to my grandad keeps helping herself to cash from his wallet, he's 91");
      const turn = await resident.say(said);
      expect(turn.text).toMatch(/You do not have to go to the police: Adult social care/);
      expect(turn.text).toContain('01632 960501');
      expect(turn.text).not.toMatch(/domestic abuse/i);
    },
  );

  it('with nowhere to sleep tonight, "where can I go" is the homelessness line again, and a dying phone gets one number to ring', async () => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say("my landlord has thrown me out and I have nowhere to stay tonight");
    expect((await resident.say('where can I go')).text).toContain('01632 960998');
    const battery = await resident.say('my battery is nearly dead');
    expect(battery.text).toMatch(/^Ring \*\*01632 960998\*\* now, before your battery goes/);
  });
});

// Caller trial 31, C31-16: in the call back form after suicidal thoughts, the reminder came twice a turn and the money question was never answered.
describe('in the call back form after thoughts of suicide brought on by debt', () => {
  it('says what to do now once a turn, and answers a question about the debt, then asks for the name again', async () => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say("the rent arrears letters keep coming and the bailiffs are booked, honestly i can't see the point in carrying on");
    await resident.say('yes');
    const told = await resident.say('i have not done anything, i just want the letters to stop');
    expect(told.text.match(/Samaritans/g)).toHaveLength(1);
    const asked = await resident.say('is there any help with council tax when you have no money coming in');
    expect(asked.text.match(/Samaritans/g)).toHaveLength(1);
    expect(asked.text).toMatch(/Council Tax Reduction/);
    expect(asked.text).toMatch(/What name should we ask for/);
  });
});
