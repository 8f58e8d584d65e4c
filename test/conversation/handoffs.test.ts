import { describe, expect, it } from 'vitest';
import { openCouncil, openConversation, saturdayNight, type BotTurn } from './harness.js';

const plain = (text: string) => text.replaceAll('**', '');

describe('handoff triggers, each starting a handoff with its reason and priority', () => {
  it('the resident asks for a person: queued, with the conversation so far', async () => {
    const resident = await openConversation();
    await resident.say('How do I pay my council tax?');
    const turn = await resident.say('can I speak to a real person please');
    expect(turn.text).toMatch(/asked one of our advisors to join|advisors to join this chat/);
    expect(turn.text).toMatch(/next in the queue|number \d+ in the queue/);
    expect(turn.handoff).toMatchObject({ reason: 'asked-for-person', priority: 'normal', conversationId: resident.conversationId });
    expect(await resident.queued()).toMatchObject({ channel: 'test', reason: 'asked-for-person', priority: 'normal', topic: expect.any(String) });
    expect((await resident.transcript()).map((line) => line.text)).toEqual(expect.arrayContaining(['How do I pay my council tax?', 'can I speak to a real person please']));
  });

  it('a resident who wrote in another language: the advisor is told which interpreter to book (caller 7, finding 2)', async () => {
    const resident = await openConversation();
    await resident.say('Dzień dobry, nie działa ogrzewanie w moim mieszkaniu od wczoraj');
    await resident.say('talk to someone');
    expect((await resident.queued())?.details.collected).toMatchObject({ Language: 'Polish: book an interpreter' });
  });

  it('an English conversation carries no interpreter line', async () => {
    const resident = await openConversation();
    await resident.say('My heating has not worked since yesterday');
    await resident.say('talk to someone');
    expect((await resident.queued())?.details.collected).not.toHaveProperty('Language');
  });

  it.each([
    {
      trigger: 'a safeguarding disclosure: helplines first, then a priority handoff',
      before: [],
      message: "my partner hit me again last night and I'm scared to go home",
      said: /0808 2000 247/,
      handoff: { reason: 'safeguarding', priority: 'safeguarding' },
    },
    {
      trigger: 'an emergency the resident wants to talk through',
      before: ['water is pouring through the light fitting in my hallway'],
      message: 'Talk to an advisor now',
      said: /advisor/,
      handoff: { reason: 'emergency', priority: 'emergency' },
    },
    {
      trigger: 'two answers in a row the bot was not confident about',
      before: ['zebra quantum banjo marmalade'],
      message: 'quantum marmalade zebra again',
      said: /advisor/,
      handoff: { reason: 'low-confidence' },
    },
    {
      trigger: 'sustained negative sentiment',
      before: ['This is disgusting, the council is useless and I am furious', 'Absolutely appalling service, I am sick and tired of being ignored'],
      message: 'I am so angry and upset, nobody cares and it is a total disgrace',
      said: /advisor/,
      handoff: { reason: 'negative-sentiment', sentiment: { average: expect.toSatisfy((average: number) => average < -0.4) } },
    },
    {
      trigger: 'a form the resident could not complete, with the details given so far',
      before: ['Report a missed bin', 'Recycling', 'the day the bin lorry comes'],
      message: 'I really do not know',
      said: /advisor/,
      handoff: { reason: 'dialog-failed', details: { collected: { 'Bin type': 'Recycling' } } },
    },
  ])('$trigger', async ({ before, message, said, handoff }) => {
    const resident = await openConversation();
    for (const earlier of before) expect((await resident.say(earlier)).handoff).toBeUndefined();
    const turn = await resident.say(message);
    expect(turn.text).toMatch(said);
    expect(turn.handoff).toMatchObject(handoff);
    expect(await resident.queued()).toMatchObject(handoff);
  });

  it('an emergency offers an advisor, and a first unsure answer says so, without starting a handoff', async () => {
    const emergency = await (await openConversation()).say('water is pouring through the light fitting in my hallway');
    expect(emergency.buttons).toContain('Talk to an advisor now');
    expect(emergency.handoff).toBeUndefined();
    const unsure = await (await openConversation()).say('zebra quantum banjo marmalade');
    expect(unsure.text).toMatch(/not sure/i);
    expect(unsure.handoff).toBeUndefined();
  });

  it('queues safeguarding first, then emergencies, then by waiting time', async () => {
    const council = await openCouncil();
    await council.resident().say('I want to talk to a person');
    const emergency = council.resident();
    await emergency.say('water is pouring through the light fitting in my hallway');
    await emergency.say('Talk to an advisor now');
    await council.resident().say("my partner hit me again last night and I'm scared to go home");
    expect((await council.hub.list('waiting')).map((entry) => entry.priority)).toEqual(['safeguarding', 'emergency', 'normal']);
  });
});

describe('while waiting for an advisor', () => {
  it('relays the resident to the queue, and lets them leave it', async () => {
    const resident = await openConversation();
    await resident.say('I want to talk to a person');
    const relayed = await resident.say('How long will I wait?');
    expect(relayed.text).toMatch(/passed that on.*in the queue/);
    expect((await resident.transcript()).map((line) => line.text)).toContain('How long will I wait?');
    const left = await resident.say('cancel');
    expect(left.text).toMatch(/left the queue/);
    expect(await resident.queued()).toBeUndefined();
  });

  // Outside attack 25, A25-2 and A25-3; operations trial 24, PG21-07.
  it.each([
    ["my stepdad keeps hitting me and I'm scared, I'm 12", 'safeguarding', /Childline/],
    ['my neighbour has collapsed on the landing and he is not breathing', 'emergency', /Call 999 now/],
  ] as const)('%j told while waiting: the advice, the handoff raised to %s ahead of those asking for a person, the advice in its transcript, their new place', async (told, priority, advice) => {
    const council = await openCouncil();
    for (let ahead = 0; ahead < 3; ahead += 1) await council.resident().say('I want to talk to a person');
    const resident = council.resident();
    expect((await resident.say('can I speak to someone please')).text).toMatch(/number 4 in the queue/);
    const turn = await resident.say(told);
    expect(plain(turn.text)).toMatch(advice);
    expect(turn.text).toMatch(/You're next in the queue/);
    expect(await resident.queued()).toMatchObject({ priority, reason: priority });
    expect((await council.hub.list('waiting'))[0]!.conversationId).toBe(resident.conversationId);
    const lines = (await resident.transcript()).map((line) => `${line.from}: ${plain(line.text)}`);
    expect(lines.at(-2)).toBe(`resident: ${told}`);
    expect(lines.at(-1)).toMatch(new RegExp(`^bot: [\\s\\S]*${advice.source}`));
  });

  it('a handoff already raised is never lowered by a later concern of a lesser priority', async () => {
    const resident = await openConversation();
    await resident.say("my partner hit me again last night and I'm scared to go home");
    await resident.say('the kitchen ceiling is bulging with water and dripping on the lights');
    expect(await resident.queued()).toMatchObject({ priority: 'safeguarding' });
  });

  it('"he\'s coming up the stairs" after a disclosure while waiting: 999 and the silent way to call, then passed on', async () => {
    const resident = await openConversation();
    await resident.say('I want to talk to a person');
    await resident.say("my stepdad keeps hitting me and I'm scared, I'm 12");
    const turn = await resident.say("he's coming up the stairs");
    expect(plain(turn.text)).toMatch(/call 999 now\. If you cannot speak, call 999 from a mobile and press 55[\s\S]*passed that on/);
  });

  it('says a voice note cannot be opened, and passes a note of it to the queue', async () => {
    const resident = await openConversation();
    await resident.say('I want to talk to a person');
    const turn = await resident.say('', { unreadable: 'voice' });
    expect(turn.text).toMatch(/can't listen to voice messages[\s\S]*passed that on/);
    expect((await resident.transcript()).at(-1)).toMatchObject({ from: 'resident', text: expect.stringMatching(/sent a voice .*cannot be opened/) });
  });
});

describe('the message that queued a handoff, run again because its instance died before saving the turn (PostgreSQL trial 13)', () => {
  it.each([
    ['the same message id: its turn runs as the first time, not relayed as a new message', 'msg-1', 1, /asked one of our advisors to join this chat/],
    ['a later message with its own id: relayed to the advisor', 'msg-2', 2, /passed that on/],
  ] as const)('%s', async (_, secondId, timesInTranscript, said) => {
    const council = await openCouncil();
    const conversationId = 'conversation-run-again';
    const disclosure = "he said if I tell anyone he'll hurt the kids, I'm frightened of him";
    await council.resident(conversationId).say(disclosure, { messageId: 'msg-1' });
    // A second instance runs it from the memory saved before the first turn: none.
    const again = await council.resident(conversationId).say(disclosure, { messageId: secondId });
    expect(again.text).toMatch(said);
    const entry = await council.hub.latest(conversationId);
    expect(entry?.transcript.filter((line) => line.from === 'resident' && line.text === disclosure)).toHaveLength(timesInTranscript);
  });

  it('run again after an advisor accepted it: the resident is told the advisor is with them, not a place in the queue (PostgreSQL re-trial 15)', async () => {
    const council = await openCouncil();
    const conversationId = 'conversation-run-again-accepted';
    const disclosure = "he said if I tell anyone he'll hurt the kids, I'm frightened of him";
    const first = council.resident(conversationId);
    await first.say(disclosure, { messageId: 'msg-1' });
    await first.advisorAccepted();
    const again = await council.resident(conversationId).say(disclosure, { messageId: 'msg-1' });
    expect(again.text).toMatch(/already with you in this chat/);
    expect(again.text).not.toMatch(/in the queue/);
  });
});

describe('out of opening hours', () => {
  it('offers a call back instead of a queue, and takes it', async () => {
    const resident = await openConversation({ now: saturdayNight });
    const turn = await resident.say('I want to talk to an advisor');
    expect(turn.text).toMatch(/aren't available right now/);
    // Saturday night: GOV.UK style, the day capitalised.
    expect(turn.text).toContain('We open again on Monday at 9am.');
    expect(turn.buttons).toContain('Request a call back');
    expect(turn.handoff).toBeUndefined();
    expect(await resident.hub.list('waiting')).toEqual([]);
    const callback = await resident.say('Request a call back');
    expect(callback.text).toMatch(/call you back/);
  });
});

// Caller trial 29, H29-07 and H29-08: the advisor's summary was the first message (a leak) and the form's fields; a call back after
// a stopped repair held a name, a number and a time.
describe('what staff are given about a concern', () => {
  it('a disclosure handed over: named first, in the resident\'s words, with "do not call", and the topic names it', async () => {
    const resident = await openConversation();
    await resident.say('the kitchen tap is leaking at 5 Birch Court NB2 3DF');
    const turn = await resident.say("please don't ring me, he checks my phone and he hits me when he drinks");
    expect(turn.handoff).toMatchObject({ priority: 'safeguarding', topic: expect.stringMatching(/^Domestic abuse \(/) });
    const collected = Object.entries((turn.handoff!.details as { collected: Record<string, string> }).collected);
    expect(collected.slice(0, 3)).toEqual([
      ['Safeguarding', 'domestic abuse'],
      ['In their words', expect.stringContaining('he hits me when he drinks')],
      ['Contact safety', expect.stringMatching(/not safe to call/)],
    ]);
  });

  it('a call back after a stopped report carries the report for staff, without reading it back to the resident', async () => {
    const resident = await openConversation({ now: saturdayNight });
    expect((await resident.say("the boiler's making a loud banging noise and the radiators are barely warm, 3 Cedar Walk NB5 1XY")).text).toMatch(/report a repair/);
    await resident.say('can I talk to a real person please');
    let turn: BotTurn | undefined;
    const said: string[] = [];
    for (const answer of ['Request a call back', 'Jo Bloggs', '07400 123456', 'any time', 'Confirm']) said.push((turn = await resident.say(answer)).text);
    expect(said.join('\n')).not.toMatch(/Cedar Walk|banging/);
    const saved = await resident.caseFrom(turn!);
    expect(saved?.details).toMatchObject({ forStaff: { 'What is wrong': expect.stringMatching(/banging noise/), Address: '3 Cedar Walk' } });
  });

  it('a call back asked for with its subject keeps the subject for the advisor who rings (caller trial 30, C30-06)', async () => {
    const resident = await openConversation();
    const first = await resident.say("could someone call me back about my garden waste subscription, I'm Priya Shah, 07400 654321, mornings are best");
    expect(first.text).toMatch(/Please check these details/);
    const saved = await resident.caseFrom(await resident.say('Confirm'));
    expect(saved?.details).toMatchObject({ forStaff: { About: 'Bins and recycling', 'In their words': expect.stringContaining('garden waste subscription') } });
  });
});

describe('a call back for a resident who wrote in another language', () => {
  it('carries the interpreter to book on its case (caller 7, finding 2)', async () => {
    const council = await openCouncil({ now: saturdayNight });
    const resident = council.resident();
    await resident.say('Dzień dobry, jak mogę zapłacić council tax?');
    await resident.say('talk to someone');
    let turn: BotTurn | undefined;
    for (const answer of ['Request a call back', 'Anna Nowak', '020 7946 0222', 'in the morning', 'Confirm']) turn = await resident.say(answer);
    const saved = await resident.caseFrom(turn!);
    expect(JSON.stringify(saved)).toContain('Polish: book an interpreter');
  });
});

describe('an advisor takes over', () => {
  it('the resident is told who joined; the bot stays quiet and relays; at the end it asks for a rating', async () => {
    const resident = await openConversation();
    await resident.say('My garden waste bin has been missed three weeks running');
    await resident.say('I want to talk to someone');
    expect((await resident.advisorAccepted('Sam Patel')).text).toMatch(/^Sam Patel from our customer services team has joined the chat/);
    // The console's accept sent again (its response lost, or to another instance): no second announcement.
    expect((await resident.advisorAccepted('Sam Patel')).text).toBe('');

    const quiet: BotTurn = await resident.say('Thank you, it is the brown bin');
    expect(quiet.text).toBe('');
    expect((await resident.transcript()).map((line) => line.text)).toEqual(expect.arrayContaining(['My garden waste bin has been missed three weeks running', 'Thank you, it is the brown bin']));

    expect((await resident.advisorEnded()).text).toMatch(/back with the assistant.*rate/);
    expect((await resident.say('5')).text).toMatch(/Thank you for your feedback/);
    // A goodbye after rating is not asked for a rating again (PostgreSQL trial 9, finding 12).
    const goodbye = (await resident.say('thanks bye')).text;
    expect(goodbye).toMatch(/Goodbye/);
    expect(goodbye).not.toMatch(/rate/);
    expect(resident.events.filter((event) => event.name === 'csat')).toEqual([expect.objectContaining({ score: 5 })]);
  });
});
