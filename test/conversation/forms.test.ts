import { describe, expect, it } from 'vitest';
import { openCouncil, openConversation, type BotTurn, type Resident } from './harness.js';

/** Says each message in turn; the bot's last turn. */
async function sayEach(resident: Pick<Resident, 'say'>, messages: string[]): Promise<BotTurn> {
  let turn: BotTurn | undefined;
  for (const message of messages) turn = await resident.say(message);
  return turn!;
}

describe('reporting a missed bin', () => {
  it('from a first message with details: asks only what is missing, re-asks a bad postcode, and logs the case', async () => {
    const resident = await openConversation();
    const opening = await resident.say('The recycling bin on Larch Close was not collected yesterday');
    expect(opening.text).toMatch(/report a missed bin/);
    expect(opening.text).not.toMatch(/Which bin was missed/);
    expect(opening.text).toMatch(/tag or sticker/);
    expect(opening.buttons).toEqual(['Yes', 'No']);

    expect((await resident.say('no')).text).toMatch(/postcode/);
    // A bad postcode gets a specific re-prompt, not a generic error.
    expect((await resident.say('not sure')).text).toMatch(/doesn't look like a UK postcode/);
    expect((await resident.say('NB1 1AA')).text).toMatch(/house number or name on Larch Close/);
    expect((await resident.say('27')).text).toMatch(/Would you like a confirmation/);
    const summary = await resident.say('No thanks');
    expect(summary.text).toContain('- Bin type: Recycling');
    expect(summary.text).toContain('- Collection day: Wednesday 4 November');
    expect(summary.buttons).toEqual(['Confirm', 'Change']);

    const done = await resident.say('Confirm');
    expect(done.text).toMatch(/NBC-BIN-[0-9A-Z]{4}-[0-9A-Z]{4}/);
    expect(done.text).toMatch(/by Tuesday 10 November/);
    expect(await resident.caseFrom(done)).toMatchObject({
      type: 'missed-bin',
      status: 'received',
      priority: 'normal',
      channel: 'test',
      details: { binType: 'recycling', collectionDate: '2026-11-04', address: '27 Larch Close, NB1 1AA' },
    });
  });

  it.each([
    { name: 'a bin that carried a contamination tag is not logged, and the resident is told why', answers: ['General rubbish', 'yesterday', 'yes, there was a sticker'], told: /contaminat|wrong things/i },
    { name: 'a bin reported too late is explained, not logged', answers: ['Food waste', 'Monday 26 October'], told: /working days/ },
    // A caller's garden bin "missed" on 3 December was promised a visit by 9 December, though the bot had said "March to November".
    { name: 'a garden bin in December is out of season: no return visit promised', answers: ['Garden waste', 'yesterday'], told: /collections run March to November/, now: new Date('2026-12-04T10:00:00Z') },
  ])('$name', async ({ answers, told, now }) => {
    const resident = await openConversation({ ...(now && { now }) });
    await resident.say('Report a missed bin');
    let ended = await sayEach(resident, answers);
    // Too late may be told before or after the tag question.
    if (/tag or sticker/.test(ended.text)) ended = await resident.say('no');
    expect(ended.text).toMatch(told);
    expect(ended.text).not.toMatch(/NBC-BIN|We will come back/);
    expect(resident.memory().form).toBeUndefined();
    // The form is over: the next message is routed afresh, not read as a postcode.
    expect((await resident.say('NB1 1AA')).text).not.toMatch(/house number/);
  });
});

describe('reporting a repair', () => {
  it('with its priority and promised time, the problem and room taken from the first message', async () => {
    const resident = await openConversation();
    const opening = await resident.say('The kitchen tap is dripping and will not turn off fully');
    expect(opening.text).toMatch(/report a repair/);
    expect(opening.text).toMatch(/How long has this been a problem/);
    const summary = await sayEach(resident, ['about a week', 'no', 'weekday mornings', 'NB1 1AA', '14 Holly Road', 'Sam Patel', '07400 123456']);
    expect(summary.buttons).toEqual(['Confirm', 'Change']);
    const done = await resident.say('Confirm');
    expect(done.text).toMatch(/NBC-REP-[0-9A-Z]{4}-[0-9A-Z]{4}/);
    expect(done.text).toMatch(/(routine|urgent) priority: we aim to complete within \d+ working days/);
    expect(await resident.caseFrom(done)).toMatchObject({ type: 'repair' });
  });

  it("reads a resident's Markdown back as plain words, never as a link in the assistant's message (outside attack 13, L1)", async () => {
    const resident = await openConversation();
    await resident.say('The kitchen tap is dripping and will not turn off fully');
    const summary = await sayEach(resident, ['about a week', 'no', 'weekday mornings', 'NB1 1AA', '14 Holly Road [Pay your council fine here](https://evil.example/pay) **now**', 'Sam Patel', '07400 123456']);
    expect(summary.text).toMatch(/Address: [^\n]*Pay your council fine here \(https:\/\/evil\.example\/pay\) now/);
    expect(summary.text).not.toMatch(/\]\(|\*\*now/);
  });

  it('keeps an answer to another question, and gives an advisor after two real wrong answers', async () => {
    const resident = await openConversation();
    await resident.say('Report a repair');
    expect((await resident.say('the bedroom door handle is loose')).text).toMatch(/How long has this been a problem/);
    // The answer to another question is kept, and not counted against the resident.
    expect((await resident.say('Flat 3, Larch Close')).text).toMatch(/noted that \(Address: 3 Larch Close\)[\s\S]*How long has this been a problem/);
    expect((await resident.say('whenever')).handoff).toBeUndefined();
    const stuck = await resident.say('dunno');
    expect(stuck.text).toMatch(/asked one of our advisors to join this chat/);
    expect(stuck.handoff).toMatchObject({ reason: 'dialog-failed' });
  });

  it('keys the case by the message that confirmed it, so that turn run again after a crash finds it rather than raising another', async () => {
    const resident = await openConversation();
    for (const answer of ['The recycling bin on Larch Close was not collected yesterday', 'no', 'NB1 1AA', '27', 'No thanks']) await resident.say(answer);
    const done = await resident.say('Confirm', { messageId: 'activity-confirm' });
    const raised = await resident.caseFrom(done);
    const again = await resident.cases.create({ ...raised!, sourceMessageId: 'activity-confirm' });
    expect(again.reference).toBe(raised!.reference);
  });

  it('a "Confirm" whose turn wrote the case and then failed, sent again: the same case and reference, not a second (PostgreSQL trials 20 and 21, PG21-01)', async () => {
    const resident = await openConversation();
    await resident.say('The recycling bin on Larch Close was not collected yesterday', { messageId: 'activity-start' });
    for (const answer of ['no', 'NB1 1AA', '27', 'No thanks']) await resident.say(answer);
    await resident.sayButTurnFails('Confirm', { messageId: 'activity-confirm-1' });
    const done = await resident.say('Confirm', { messageId: 'activity-confirm-2' });
    const raised = await resident.caseFrom(done);
    expect(raised).toBeDefined();
    const ofThisConversation = (await resident.cases.list({ channel: 'test', limit: 100 })).filter((record) => record.conversationId === resident.conversationId);
    expect(ofThisConversation.map((record) => record.reference)).toEqual([raised!.reference]);
  });

  it('logs an emergency repair when the resident picks "Report it" under the emergency reply', async () => {
    const resident = await openConversation();
    const emergency = await resident.say('water is coming through the ceiling light in the bathroom');
    expect(emergency.buttons).toContain('Report it');
    const form = await resident.say('Report it');
    expect(form.text).toMatch(/log this as an emergency repair/);
    expect(form.text).not.toMatch(/What is wrong\?/);
    // The emergency's own words gave the problem and the room.
    expect(form.text).toMatch(/How long has this been a problem/);
    const summary = await sayEach(resident, ['since this morning', 'no', 'any time', 'NB1 1AA', '14 Holly Road', 'Sam Patel', 'sam@example.com']);
    expect(summary.buttons).toEqual(['Confirm', 'Change']);
    const done = await resident.say('Confirm');
    expect(done.text).toMatch(/NBC-REP-[0-9A-Z]{4}-[0-9A-Z]{4}/);
    expect(done.text).toMatch(/emergency priority: we aim to attend and make safe within 24 hours/);
    expect(await resident.caseFrom(done)).toMatchObject({ priority: 'emergency' });
  });

  it('a repair cut short by an emergency and started again by "Report it" is not asked again for what it had', async () => {
    const resident = await openConversation();
    await sayEach(resident, ['my kitchen tap has been leaking for three days', 'no', 'any time', 'water is pouring through the light fitting in the kitchen']);
    const again = await resident.say('Report it');
    expect(again.text).toMatch(/postcode/);
    expect(again.text).not.toMatch(/disability|get into your home|How long/);
    // What is wrong keeps both: the tap the resident was reporting, and the water through the light that stopped it.
    const summary = await sayEach(resident, ['NB1 1AA', '14 Holly Road', 'Sam Patel', 'sam@example.com']);
    expect(summary.text).toMatch(/What is wrong: [^\n]*kitchen tap[^\n]*light fitting/);
  });
});

describe('reporting damp and mould', () => {
  it('routes a private renter to environmental health, and logs nothing', async () => {
    const resident = await openConversation();
    let turn = await resident.say('Report damp or mould');
    const answers: [RegExp, string][] = [
      [/rooms|where/i, 'bedroom and bathroom'],
      [/how much|extent|size|spread/i, 'a large patch on the ceiling'],
      [/how long/i, 'three months'],
      [/breathing|health|children|vulnerable/i, 'yes, my son has asthma'],
      [/rent|landlord/i, 'I rent from a private landlord'],
    ];
    for (let step = 0; step < 8 && !/environmental health|NBC-DMP/i.test(turn.text); step += 1) {
      const answer = answers.find(([question]) => question.test(turn.text.split('\n\n').at(-1) ?? ''))?.[1];
      expect(answer, `no scripted answer for: ${turn.text}`).toBeDefined();
      turn = await resident.say(answer!);
    }
    expect(turn.text).toMatch(/environmental health/i);
    expect(turn.text).not.toMatch(/NBC-DMP/);
  });
});

describe('requesting a call back', () => {
  it('with a validated UK number', async () => {
    const resident = await openConversation();
    expect((await resident.say('Can someone call me back please?')).text).toMatch(/call you back/);
    expect((await resident.say('Sam Taylor')).text).toMatch(/phone number/);
    expect((await resident.say('12345')).text).toMatch(/doesn't look like a UK phone number/);
    await resident.say('020 7946 0000');
    const summary = await resident.say('in the morning');
    expect(summary.buttons).toEqual(['Confirm', 'Change']);
    const done = await resident.say('Confirm');
    expect(done.text).toMatch(/NBC-CBK-[0-9A-Z]{4}-[0-9A-Z]{4}/);
    expect(await resident.caseFrom(done)).toMatchObject({ type: 'callback' });
  });

  it('keeps what the call is about when it is said between the questions (caller trial 31, C31-08)', async () => {
    const resident = await openConversation();
    await resident.say('Can someone call me back please?');
    await resident.say('Sam Taylor');
    await resident.say("it's about my housing register application, my band was changed without a letter");
    await resident.say('020 7946 0000');
    await resident.say('in the morning');
    const done = await resident.say('Confirm');
    expect(await resident.caseFrom(done)).toMatchObject({
      type: 'callback',
      details: { forStaff: { 'Also said during the call back request': expect.stringContaining('my band was changed without a letter') } },
    });
  });
});

describe('at any step of a form', () => {
  it.each([
    ['help', /Which bin was missed/, 'report-missed-bin'],
    ['start again', /start again/, 'report-missed-bin'],
    ['cancel', /Nothing has been sent/, undefined],
    // A caller's words, to "which bin was missed?": each was asked "which bin was it?" again.
    ['actually… forget the bin, cancel that…', /Nothing has been sent/, undefined],
    ['check case N B C…', /stopped your missed bin report[\s\S]*What is your reference/, 'check-case'],
    ['can you check case NBC-REP-7K4Q-2MXR', /stopped your missed bin report/, 'check-case'],
  ])('"%s"', async (command, reply, formAfter) => {
    const resident = await openConversation();
    await resident.say('Report a missed bin');
    const turn = await resident.say(command);
    expect(turn.text).toMatch(reply);
    expect(turn.text).not.toMatch(/Which bin was it/);
    expect(resident.memory().form?.form).toBe(formAfter);
  });

  it('an emergency interrupts: the safety reply first, and the form does not read it as an answer', async () => {
    const resident = await openConversation();
    await sayEach(resident, ['Report a missed bin', 'Recycling']);
    const emergency = await resident.say('hang on, I can smell gas in the kitchen');
    expect(emergency.text).toMatch(/emergency/i);
    expect(emergency.text).toContain('0800 111 999');
    expect(emergency.text).not.toMatch(/Which day should it have been collected/);
    expect((await resident.say('yesterday')).text).not.toMatch(/tag or sticker/);
  });
});

describe('checking a case by its reference', () => {
  it('the resident who raised it sees it at once; another conversation needs the postcode on the case', async () => {
    const council = await openCouncil();
    const owner = council.resident();
    const done = await sayEach(owner, ['The recycling bin on Larch Close was not collected yesterday', 'no', 'NB1 1AA', '27', 'No thanks', 'Confirm']);
    const reference = /NBC-BIN-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(done.text)![0];
    expect((await owner.say(`Any update on ${reference}?`)).text).toContain(`${reference} is a missed bin report`);
    const later = council.resident();
    expect((await later.say(`Any update on ${reference}?`)).text).toMatch(/postcode you gave when you reported it/);
    const status = await later.say('NB1 1AA');
    expect(status.text).toContain(`${reference} is a missed bin report`);
    expect(status.text).toMatch(/What happens next/);
    expect(status.text).not.toMatch(/Larch Close/);
  });
});
