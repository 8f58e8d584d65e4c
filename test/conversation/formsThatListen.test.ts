import { describe, expect, it } from 'vitest';
import type { TriageLlm } from '../../src/triage/triage.js';
import { answerUntilSummary, openConversation, saturdayNight, type BotTurn, type Resident } from './harness.js';

/** Says each message in turn; the bot's turns, in order. */
async function script(resident: Resident, messages: string[]): Promise<BotTurn[]> {
  const turns: BotTurn[] = [];
  for (const message of messages) turns.push(await resident.say(message));
  return turns;
}

const asked = (turns: BotTurn[]): string => turns.map((turn) => turn.text).join('\n---\n');

describe('answers as a caller says them are taken as given', () => {
  it.each([
    {
      name: 'a bin "food waste, the little caddy": no danger question',
      answers: [[/Which bin/, 'food waste, the little caddy']] as [RegExp, string][],
      summary: ['- Bin type: Food waste'],
    },
    {
      name: 'an e-mail address said aloud',
      answers: [[/mobile number or an e-mail/, 'jo dot bloggs at gmail dot com']] as [RegExp, string][],
      summary: ['jo.bloggs@gmail.com'],
    },
    {
      name: 'a house number in words',
      answers: [[/house number or name and the street/, 'fourteen Holly Road']] as [RegExp, string][],
      summary: ['- Address: 14 Holly Road'],
    },
  ])('$name', async ({ answers, summary }) => {
    const resident = await openConversation();
    const first = await resident.say('my bin was not collected');
    const done = await answerUntilSummary(resident, first, [
      ...answers,
      [/Which bin/, 'recycling'],
      [/Which day/, 'yesterday'],
      [/sticker|tag/, 'no'],
      [/postcode/, 'NB1 1AA'],
      [/house number or name and the street/, '14 Holly Road'],
      [/your name/, 'Jo Bloggs'],
      [/mobile number or an e-mail/, '07400 123456'],
    ]);
    for (const line of summary) expect(done.text).toContain(line);
    expect(asked([first, done])).not.toMatch(/in danger|house number or name on/);
  });
});

describe('a form fills its details from everything the resident has said', () => {
  it.each([
    {
      name: 'a leaking tap, for 3 days, in the kitchen, from a council tenant',
      opening: 'hi my kitchen tap has been leaking for 3 days now and theres water all under the sink, i rent from the council',
      notAsked: [/What is wrong\?/, /How long has this been a problem/, /Where in your home/],
      summary: ['- Where in the home: kitchen', '- Since when: for 3 days now'],
    },
    {
      name: "black mould in the baby's room, for months, with a cough, from a council tenant",
      opening: "theres black mould all over the wall in my babys bedroom and shes got a cough… been like this for months, we rent from the council",
      notAsked: [/How long has it been there/, /Does anyone living there have asthma/, /Who is your landlord/, /Which rooms/, /How much is affected\?/],
      summary: ['- Rooms affected: bedroom', '- How much is affected: One wall', '- Health or vulnerability: Yes', '- Landlord: The council', '- Health effects: cough'],
    },
    {
      name: 'a broken boiler, with the name and mobile number given up front',
      opening: "My name is Sam Patel, my number is 07400 123456, and the boiler in my flat has stopped working since yesterday",
      notAsked: [/What is wrong\?/, /What's your name/, /best phone number or e-mail/],
      summary: ['- Your name: Sam Patel', '- How to contact you: 07400 123456'],
    },
    {
      name: 'a missed bin with the house number said apart from the street ("number 9")',
      opening: 'the recycling on Larch Close wasnt collected yesterday, number 9, NB3 7PL',
      notAsked: [/house number or name/, /postcode/, /Which bin/],
      summary: ['- Address: 9 Larch Close', '- Postcode: NB3 7PL'],
    },
    {
      name: 'a missed bin at a flat in a named building',
      opening: 'nobody emptied the food waste at Flat 5 Poplar House, Station Road NB1 4RR yesterday',
      notAsked: [/house number or name/, /postcode/],
      summary: ['- Address: Flat 5, Poplar House, Station Road'],
    },
  ])('$name', async ({ opening, notAsked, summary }) => {
    const resident = await openConversation();
    const first = await resident.say(opening);
    const done = await answerUntilSummary(resident, first, [
      [/sticker|tag/, 'no'],
      [/mobile number or an e-mail/, 'no thanks'],
      [/What is wrong/, 'the tap will not stop dripping'],
      [/Where in your home/, 'kitchen'],
      [/How long/, 'two weeks'],
      [/disability|asthma/, 'no'],
      [/When can the repairs team/, 'any time'],
      [/landlord/, 'the council'],
      [/Which rooms/, 'bedroom'],
      [/How much/, 'one wall'],
      [/postcode/, 'NB1 1AA'],
      [/house number or name/, '14 Holly Road'],
      [/your name/, 'Sam Patel'],
      [/phone number or e-mail/, '07400 123456'],
    ]);
    const questions = asked([first, done]);
    for (const question of notAsked) expect(questions).not.toMatch(question);
    for (const line of summary) expect(done.text).toContain(line);
  });

  it('keeps the house number, not "like I said", when it is asked for', async () => {
    const resident = await openConversation();
    const first = await resident.say('my general rubbish bin was missed yesterday');
    const done = await answerUntilSummary(resident, first, [
      [/sticker|tag/, 'no'],
      [/postcode/, 'NB3 7PL'],
      [/house number or name and the street/, 'Larch Close'],
      [/house number or name on Larch Close/, '9, like I said'],
      [/mobile number or an e-mail/, 'no thanks'],
    ]);
    expect(done.text).toContain('- House number or name: 9\n');
  });

  it('takes the address from an earlier message when the report comes later', async () => {
    const resident = await openConversation();
    await resident.say('hello, I live at 14 Holly Road NB1 1AA');
    const turn = await resident.say('my boiler has stopped working');
    expect(turn.text).toMatch(/report a repair/);
    const done = await answerUntilSummary(resident, turn, [
      [/How long/, 'since Monday'],
      [/Where in your home/, 'kitchen'],
      [/disability/, 'no'],
      [/When can/, 'any time'],
      [/your name/, 'Sam Patel'],
      [/phone number or e-mail/, 'sam@example.com'],
    ]);
    expect(done.text).toContain('- Postcode: NB1 1AA');
    expect(done.text).toContain('- Address: 14 Holly Road');
  });

  it('acknowledges a health effect of mould with the right advice, and raises the case to an emergency hazard', async () => {
    const resident = await openConversation();
    const first = await resident.say("theres black mould all over the wall in my babys bedroom and shes got a cough… been like this for months, we rent from the council");
    expect(first.text).toMatch(/sorry to hear it's affecting someone's health/);
    expect(first.text).toMatch(/GP or call NHS 111/);
    expect(first.text).toMatch(/struggling to breathe[\s\S]*call 999/);
    await answerUntilSummary(resident, first, [
      [/postcode/, 'NB1 1AA'],
      [/house number or name/, '14 Holly Road'],
      [/your name/, 'Amira Khan'],
      [/phone number or e-mail/, '07400 123456'],
    ]);
    const done = await resident.say('Confirm');
    expect(done.text).toContain('make safe within 24 hours');
    expect(await resident.caseFrom(done)).toMatchObject({ priority: 'emergency', details: { hazard: 'emergency', alsoSaid: { 'Health effects': expect.stringContaining('cough') } } });
  });

  it('says 999 first when someone is struggling to breathe', async () => {
    const resident = await openConversation();
    await resident.say('Report damp or mould');
    await resident.say('the council');
    await resident.say('the bedroom');
    const turn = await resident.say('it has spread over one wall and my son gets breathless with it at night');
    expect(turn.text).toMatch(/^If anyone is struggling to breathe.*call 999 now/);
    expect(resident.memory().form?.noticed).toEqual([{ label: 'Health effects', value: expect.stringContaining('breathing difficulty') }]);
  });
});

describe('health effects and what was said before the report (caller trial 30)', () => {
  it('a cough told in Polish with the damp article gets the health advice first (C30-48)', async () => {
    const resident = await openConversation();
    const turn = await resident.say('W pokoju syna jest grzyb na ścianie i syn ciągle kaszle w nocy');
    expect(turn.text).toMatch(/^I'm sorry to hear it's affecting someone's health\. Please speak to your GP or call NHS 111/);
    expect(turn.text).not.toMatch(/housing team sees this first/);
  });

  it('"the electricity is off now" after water through a light is the advice followed, and the mould told next is not asked again (C30-01)', async () => {
    const resident = await openConversation();
    await resident.say('water is coming through the bathroom light fitting and theres mould on the landing ceiling');
    const off = await resident.say("right I've got the electricity off now");
    expect(off.text).not.toMatch(/power network|105/);
    await resident.say('Report it');
    const turn = await resident.say('the mould on the landing has been there about 2 months now, my daughter has asthma');
    expect(turn.text).not.toMatch(/How long has it been there/);
  });
});

describe('a health effect told mid-report stays in the report (re-check 31b, R31B-09)', () => {
  it('"my son is wheezing at night with it" to how much is affected: the advice, noted, and the same question, not an emergency repair', async () => {
    const resident = await openConversation({ now: saturdayNight });
    await script(resident, ['Report damp or mould', 'the council', 'back bedroom']);
    const turn = await resident.say('my son is wheezing at night with it');
    expect(turn.text).toMatch(/GP or call NHS 111/);
    expect(turn.text).toMatch(/How much is affected\?/);
    expect(resident.memory().form?.form).toBe('report-damp-mould');
    expect(resident.memory().form?.details).toMatchObject({ tenure: 'council-tenant', rooms: ['bedroom'] });
  });
});

describe('coming back after a pause (caller trial 31, C31-09)', () => {
  it.each(['sorry, back now. where were we?', 'ok im back', 'what was the question again', 'sorry, had to let the dog out. where were we'])('%j asks the question again, and the report goes on', async (said) => {
    const resident = await openConversation();
    await script(resident, ['Report damp or mould', 'the council', 'the bedroom']);
    await resident.say("hang on, my phone's ringing");
    const turn = await resident.say(said);
    expect(turn.text).toMatch(/^We were on your damp and mould report\. How much is affected\?/);
    expect(resident.memory().form?.form).toBe('report-damp-mould');
    await resident.say('one wall');
    expect(resident.memory().form?.details).toMatchObject({ extent: 'one-wall' });
  });
});

describe('a message that is not an answer goes back to the conversation, and the form resumes', () => {
  it('answers a question asked mid-form from the form\'s subject, then asks its question again', async () => {
    const resident = await openConversation();
    const [opening, answered, next] = (await script(resident, ['my black bin was not collected yesterday on Larch Close', 'how long will it take?', 'no'])) as [BotTurn, BotTurn, BotTurn];
    expect(opening.text).toMatch(/tag or sticker/);
    expect(answered.text).toMatch(/come back within 3 working days/);
    expect(answered.text).toMatch(/Back to your missed bin report: Did the crew leave a tag or sticker/);
    expect(answered.buttons).toEqual(['Yes', 'No']);
    // The form went on from where it was: the question was not a wrong answer.
    expect(next.text).toMatch(/postcode/);
  });

  it('takes "kitchen" to "what is wrong?" as the room, asks again, and a "no" after it is not a handoff', async () => {
    const resident = await openConversation();
    const [, room, no, described] = (await script(resident, ['Report a repair', 'kitchen', 'no', 'the cupboard door has come off its hinges'])) as [BotTurn, BotTurn, BotTurn, BotTurn];
    expect(room.text).toMatch(/noted that \(Where in the home: kitchen\)[\s\S]*What is wrong\?/);
    expect(no.handoff).toBeUndefined();
    expect(no.text).toMatch(/tell me a bit more about the problem/);
    // The room was kept: the next question is how long, not where.
    expect(described.text).toMatch(/How long has this been a problem/);
  });

  it('a request for a person mid-form brings one in, with the details so far', async () => {
    const resident = await openConversation();
    await script(resident, ['Report a missed bin', 'Recycling']);
    const turn = await resident.say('can I speak to a real person please');
    expect(turn.handoff).toMatchObject({ reason: 'asked-for-person', details: { collected: { 'Bin type': 'Recycling' } } });
  });

  it('an answer with another report after it: the answer is taken alone, and the other report waits (caller trial 31, C31-10)', async () => {
    const resident = await openConversation();
    await script(resident, ['Report a repair', 'the extractor fan in the bathroom has stopped working']);
    const turn = await resident.say('about a month. oh and my recycling bin got missed again this morning');
    expect(turn.text).toMatch(/finish this report first/);
    expect(resident.memory().form?.details).toMatchObject({ duration: { description: 'about a month.' } });
    expect(resident.memory().laterReport).toMatchObject({ form: 'report-missed-bin', said: expect.stringContaining('recycling bin got missed') });
  });

  it('a new report asked for mid-form waits until this one is done', async () => {
    const resident = await openConversation();
    await script(resident, ['Report a missed bin', 'Recycling']);
    const turn = await resident.say('also my boiler has stopped working and needs fixing');
    expect(turn.text).toMatch(/finish this report first/);
    expect(turn.text).toMatch(/Back to your missed bin report: Which day should it have been collected\?/);
    expect(resident.memory().form?.form).toBe('report-missed-bin');
  });

  it('two real wrong answers still bring in a person', async () => {
    const resident = await openConversation();
    const turns = await script(resident, ['Report a missed bin', 'Recycling', 'purple', 'dunno']);
    expect(turns[2]!.handoff).toBeUndefined();
    expect(turns[3]!.handoff).toMatchObject({ reason: 'dialog-failed' });
  });
});

describe("the bot's own offers are understood in words", () => {
  it.each([
    ['yes please', /call you back[\s\S]*What name should we ask for/],
    ['go on then', /call you back[\s\S]*What name should we ask for/],
    ['ok', /call you back[\s\S]*What name should we ask for/],
    ['no thanks', /Is there anything else I can help with/],
  ])('"%s" to "I can ask someone to call you back"', async (answer, expected) => {
    const resident = await openConversation({ now: saturdayNight });
    const offer = await resident.say('I want to talk to someone');
    expect(offer.text).toMatch(/I can ask someone to call you back/);
    const turn = await resident.say(answer);
    expect(turn.text).toMatch(expected);
    expect(turn.text).not.toMatch(/not sure I've understood/i);
  });

  it('a longer message after an offer is read as a message, not as a no', async () => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say('I want to talk to someone');
    const turn = await resident.say('no, my recycling bin was not collected yesterday');
    expect(turn.text).toMatch(/report a missed bin/);
  });
});

describe('a short follow-up is read with the previous answer', () => {
  it('"and do they still come over the winter?" after an answer about garden waste', async () => {
    const resident = await openConversation();
    await resident.say('when are garden waste bins collected');
    const first = resident.events.filter((event) => event.name === 'answer').at(-1);
    await resident.say('and do they still come over the winter?');
    const followUp = resident.events.filter((event) => event.name === 'answer').at(-1);
    expect(followUp).not.toBe(first);
    expect(followUp).toMatchObject({ topic: expect.stringMatching(/waste-collections|missed-bin/) });

    // On its own the same words have nothing to lean on.
    const stranger = await openConversation();
    await stranger.say('and do they still come over the winter?');
    const alone = stranger.events.find((event) => event.name === 'answer' || event.name === 'unanswered');
    expect(alone && 'articleId' in alone ? alone.articleId : undefined).not.toBe(first && 'articleId' in first ? first.articleId : 'none');
  });
});

describe('services the council does not provide are signposted, never turned into a form', () => {
  it.each([
    ['can you book me a GP appointment', /GP/],
    ['I need to renew my passport, can you book it', /passport/i],
    ['there is a massive pothole on the main road that needs fixing', /pothole|county|highway|road/i],
  ])('%s', async (message, signpost) => {
    const resident = await openConversation();
    const turn = await resident.say(message);
    expect(resident.memory().form).toBeUndefined();
    expect(turn.text).toMatch(signpost);
    expect(turn.text).not.toMatch(/I'll ask a few short questions/);
  });
});

describe('repeated failure or anger is heard first, with a complaint route', () => {
  it('acknowledges, takes the report, and offers a complaint after it', async () => {
    const resident = await openConversation();
    const first = await resident.say('my bins have been missed 3 weeks in a row and nobody ever calls back');
    expect(first.replies[0]!.text).toMatch(/^I'm sorry, that isn't the service you should get/);
    expect(first.replies[0]!.text).toMatch(/make a complaint/);
    expect(first.text).toMatch(/report a missed bin/);
    await answerUntilSummary(resident, first, [
      [/Which bin/, 'general rubbish'],
      [/Which day/, 'yesterday'],
      [/tag or sticker/, 'no'],
      [/postcode/, 'NB1 1AA'],
      [/house number/, '14 Holly Road'],
      [/confirmation/, 'sam@example.com'],
    ]);
    const done = await resident.say('Confirm');
    expect(done.buttons).toEqual(['Make a complaint']);
    const complaint = await resident.say('yes please');
    expect(complaint.text).toMatch(/complaint/i);
  });

  it('a calm report gets no apology', async () => {
    const resident = await openConversation();
    const first = await resident.say('the recycling bin was not collected yesterday');
    expect(first.text).not.toMatch(/isn't the service you should get/);
  });
});

describe('forms ask for a name and a way to reach the resident where the service needs one', () => {
  it.each([
    ['a repair refuses a decline, and says why', 'Report a repair', "I'd rather not", /We need a phone number or an e-mail address[\s\S]*arrange a time to visit/],
    ['damp and mould refuses a decline, and says why', 'Report damp or mould', 'no thanks', /We need a phone number or an e-mail address[\s\S]*written summary/],
    ['an e-mail address that is not one is asked again', 'Report a repair', 'sam@', /e-mail address/],
  ])('%s', async (_, start, answer, reprompt) => {
    const resident = await openConversation();
    const first = await resident.say(start);
    await answerUntilSummary(resident, first, [
      [/What is wrong/, 'the bathroom extractor fan has stopped working'],
      [/How long/, 'a week'],
      [/disability|asthma/, 'no'],
      [/When can/, 'any time'],
      [/Which rooms/, 'bathroom'],
      [/How much/, 'a small patch'],
      [/landlord/, 'the council'],
      [/postcode/, 'NB1 1AA'],
      [/house number/, '14 Holly Road'],
      [/your name/, 'Sam Patel'],
    ]).catch(() => undefined); // stops at the contact question, which has no scripted answer
    const turn = await resident.say(answer);
    expect(turn.text).toMatch(reprompt);
  });

  it('a missed bin can be reported without a way to reach the resident', async () => {
    const resident = await openConversation();
    const first = await resident.say('the recycling bin was not collected yesterday');
    const summary = await answerUntilSummary(resident, first, [
      [/tag or sticker/, 'no'],
      [/postcode/, 'NB1 1AA'],
      [/house number/, '14 Holly Road'],
      [/confirmation/, 'no thanks'],
    ]);
    expect(summary.text).toContain('- Confirmation: None given');
  });
});

describe('with a model configured, routing starts from the resident\'s own words', () => {
  /** A model that rewrites every query into something unrelated, and never answers. */
  const misbehaving = (rewrite: string): TriageLlm & { rewrites: number } => {
    const model = {
      rewrites: 0,
      rewriteQuery: async () => {
        model.rewrites += 1;
        return { value: rewrite, source: 'llm' as const };
      },
      answer: async () => {
        throw new Error('no answer is asked for in these tests');
      },
    };
    return model;
  };

  it('a report that names its subject is never rewritten', async () => {
    const model = misbehaving('not sure');
    const resident = await openConversation({ llm: model });
    const turn = await resident.say('my black bin was not collected yesterday on Larch Close');
    expect(turn.text).toMatch(/report a missed bin/);
    expect(model.rewrites).toBe(0);
  });

  it('a rewrite of a follow-up that shares nothing with it is ignored', async () => {
    const model = misbehaving('how do I apply for a blue badge');
    const resident = await openConversation({ llm: { ...model, answer: async (request) => ({ value: request.extractive, source: 'fallback' as const, reason: 'disabled' as const }) } });
    await resident.say('when are garden waste bins collected');
    await resident.say('and over the winter?');
    const answer = resident.events.filter((event) => event.name === 'answer').at(-1);
    expect(answer).toMatchObject({ topic: expect.stringMatching(/waste-collections|missed-bin/) });
  });
});

describe('after emergency advice', () => {
  it.each(['what', 'eh?', 'about three months'])('a reply the bot cannot place ("%s") gets the way to act now and the choices again, not "not sure"', async (reply) => {
    const resident = await openConversation({ now: saturdayNight });
    const advice = await resident.say('there is a strong smell of gas in my kitchen');
    expect(advice.buttons).toContain('Report it');
    const turn = await resident.say(reply);
    expect(turn.text).toMatch(/call 999/);
    expect(turn.buttons).toEqual(advice.buttons);
    expect(turn.text).not.toMatch(/not sure/i);
  });

  it.each([
    ['a worried neighbour', 'I am worried about my neighbour, she has not been seen for days', /call you back|phone number|name/i],
    // Caller 7: nothing is logged while the resident may still be indoors; they are asked first whether everyone is out.
    ['a carbon monoxide alarm', 'my co alarm is beeping', /are you and everyone with you outside/],
  ])('out of hours, "yes" after the advice about %s takes what it offered', async (_case, concern, taken) => {
    const resident = await openConversation({ now: saturdayNight });
    await resident.say(concern);
    const turn = await resident.say('yes');
    expect(turn.text).toMatch(taken);
    expect(turn.text).not.toMatch(/choose/i);
  });

  it('"Report it" after advice about mould starts a damp and mould report, filled from what was said', async () => {
    const resident = await openConversation({ now: saturdayNight });
    const advice = await resident.say('black mould on the bedroom wall and my daughter is wheezing badly and struggling to breathe');
    expect(advice.text).toMatch(/999/);
    const form = await resident.say('Report it');
    expect(form.text).toMatch(/damp and mould/);
    expect(resident.memory().form).toMatchObject({ form: 'report-damp-mould', details: { rooms: ['bedroom'] } });
  });
});

describe('found by an outside resident trial', () => {
  it('an emergency told inside an answer to a form stops the form with the emergency advice', async () => {
    const resident = await openConversation();
    await resident.say('Report a missed bin');
    const turn = await resident.say("general rubbish. my elderly dad tried to bring it in and fell this morning and hasn't been able to get up, he's confused");
    expect(turn.text).toMatch(/999/);
    expect(turn.text).not.toMatch(/tag or sticker/);
    expect(resident.memory().form).toBeUndefined();
  });

  it('"hang on, how long do repairs take?" mid-report is answered, not taken as the description or as a risk', async () => {
    const resident = await openConversation();
    await resident.say('Report a repair');
    const turn = await resident.say('hang on, how long do repairs normally take?');
    expect(turn.text).not.toMatch(/ending your life/);
    expect(turn.text).toMatch(/working days/);
    expect(turn.text).toMatch(/Back to your repair report: What is wrong\?/);
  });

  it.each([
    ['yes please', /glad that helped/],
    ['no thanks', /Sorry about that/],
  ])('"%s" to an answer is read as its thumbs, not as a new question', async (reply, expected) => {
    const resident = await openConversation();
    await resident.say('how do I book a bulky waste collection');
    const turn = await resident.say(reply);
    expect(turn.text).toMatch(expected);
    expect(resident.events.some((event) => event.name === 'feedback')).toBe(true);
  });

  it('"how much does it cost?" after an answer is about what the answer was about', async () => {
    const resident = await openConversation();
    await resident.say('how do I book a bulky waste collection');
    const first = resident.events.filter((event) => event.name === 'answer').at(-1);
    const turn = await resident.say('how much does it cost?');
    expect(turn.text).toMatch(/£35/);
    expect(resident.events.filter((event) => event.name === 'answer').at(-1)).toMatchObject({ articleId: first && 'articleId' in first ? first.articleId : '' });
    // Short English is not taken for another language.
    expect(turn.text).not.toMatch(/intérprete|intérprete|asesor/);
  });

  it('a change of mind mid-form stops it and starts what the resident wants now', async () => {
    const resident = await openConversation();
    await resident.say('Report a missed bin');
    const turn = await resident.say('actually no, forget the bin, I want to report damp');
    expect(turn.text).toMatch(/stopped your missed bin report[\s\S]*damp and mould/);
    expect(resident.memory().form?.form).toBe('report-damp-mould');
  });

  it('a plain report of a fault gets no apology for past service', async () => {
    const resident = await openConversation();
    const turn = await resident.say('my boiler has broken down and we have no heating');
    expect(turn.text).not.toMatch(/isn't the service you should get/);
    expect(turn.text).toMatch(/report a repair/);
  });
});

describe('goodbye after an answer', () => {
  it('"no, that\'s all, bye" is a goodbye with the rating question, not a thumbs down', async () => {
    const resident = await openConversation();
    await resident.say('how do I pay my council tax?');
    const turn = await resident.say("No, that's all, bye");
    expect(turn.buttons).toEqual(['5 Very good', '4 Good', '3 OK', '2 Poor', '1 Very poor']);
  });
});

// Caller trial 29: what a resident had said was asked again, or a question was taken for a report.
describe('what the resident has said is not asked again (caller trial 29)', () => {
  it('a front door lock told at the start: its place is not asked, and "front door" would answer it (H29-06)', async () => {
    const resident = await openConversation();
    const turns = await script(resident, ['I need to report a repair', "the front door lock is broken, it won't lock properly, 5 Ash Grove NB2 7HJ", 'Report it']);
    expect(asked(turns.slice(2))).not.toMatch(/Where in your home/);
  });

  it('"sorry, it\'s flat 12 not 21" to another question puts the number right in the address and the description (H29-01)', async () => {
    const resident = await openConversation();
    await resident.say("the kitchen tap is leaking, I rent from the council, I'm at flat 21 Birch Court NB2 3DF");
    const turn = await resident.say("sorry, it's flat 12 not 21");
    expect(turn.text).toMatch(/changed that[\s\S]*Address: 12 Birch Court/);
    const summary = await answerUntilSummary(resident, turn, [[/How long/, 'two days'], [/disability/, 'no'], [/get into your home/, 'any time'], [/your name/, 'Sam Patel'], [/phone number or e-mail/, '07400 123456']]);
    expect(summary.text).not.toMatch(/\b21\b/);
  });

  it('a contamination tag told at the start is not asked about, and the reply says how to dispute it (H29-02)', async () => {
    const resident = await openConversation();
    const turn = await resident.say("my recycling bin wasn't emptied this morning, 22 Holly Road NB1 2AB. There's a sticker on it saying contaminated but there's nothing wrong in it!");
    expect(turn.text).not.toMatch(/Did the crew leave a tag/);
    expect(turn.text).toMatch(/isn't a missed collection[\s\S]*If you think the tag is wrong, contact us on 01632 960000/);
  });

  it('"what\'s happening with my repair?" in the conversation that raised it shows that case, not a request for its reference (H29-03)', async () => {
    const resident = await openConversation();
    const turns = await script(resident, ['the kitchen tap is leaking since monday, I rent from the council, 14 Holly Road NB1 1AA', 'no', 'any time', 'Sam Patel', '07400 123456', 'Confirm']);
    const reference = (await resident.caseFrom(turns.at(-1)!))?.reference;
    expect(reference).toBeDefined();
    const status = await resident.say("what's happening with my repair?");
    expect(status.text).toContain(`${reference} is a repair`);
    expect(status.text).not.toMatch(/What is your reference/);
  });

  it('"how long can I report a missed bin after" is answered from the article, not started as a report (H29-04)', async () => {
    const resident = await openConversation();
    const turn = await resident.say('how long can I report a missed bin after');
    expect(turn.text).toMatch(/within 2 working days/);
    expect(turn.text).not.toMatch(/Which bin was missed/);
  });
  it('another report asked for in the middle of one is offered when that one is made, and filled from what was said (H29-09)', async () => {
    const resident = await openConversation();
    await resident.say("my bedroom window won't close properly, I rent from the council, 3 Elm Road NB1 1AA");
    expect((await resident.say('oh and also my recycling got missed again this week, 3rd time!')).text).toMatch(/I'll come back to it/);
    const made = await answerUntilSummary(resident, await resident.say('since last week'), [[/disability/, 'no'], [/get into your home/, 'any time'], [/your name/, 'Sam Patel'], [/phone number or e-mail/, '07400 123456']]);
    const done = await resident.say('Confirm');
    expect(done.text).toMatch(/You also said: "oh and also my recycling got missed again/);
    expect(done.buttons).toContain('Report a missed bin');
    expect(made.text).toMatch(/Please check these details/);
    // The bin report starts from the words: recycling is not asked.
    expect((await resident.say('Report a missed bin')).text).not.toMatch(/Which bin was missed/);
  });
});
