import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { residentChat } from '../support/residentChat.js';
import { startTestApp, temporaryDataDir, thursdayMorning } from '../support/testApp.js';

type App = Awaited<ReturnType<typeof startTestApp>>;
const adminToken = 'a-long-enough-staff-token';
const staff = { authorization: `Bearer ${adminToken}` };

describe('service requests over /api/messages', () => {
  let app: App;
  beforeAll(async () => {
    app = await startTestApp({ ADMIN_TOKEN: adminToken }, { now: () => thursdayMorning });
  });
  afterAll(async () => app.close());
  const chat = (id: string) => residentChat(() => app.url, id);

  it('reports a missed bin from a first message with details, then looks the case up by reference', async () => {
    const resident = chat('bin-1');
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
    const reference = /NBC-BIN-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(done.text)?.[0];
    expect(reference).toBeDefined();
    expect(done.text).toMatch(/by Tuesday 10 November/);

    const response = await fetch(`${app.url}/api/cases/${reference}`, { headers: staff });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      reference,
      type: 'missed-bin',
      status: 'received',
      priority: 'normal',
      channel: 'test',
      details: { binType: 'recycling', collectionDate: '2026-11-04', address: '27 Larch Close, NB1 1AA' },
    });
    expect((await fetch(`${app.url}/api/cases/${reference}`)).status).not.toBe(200);

    // The resident who raised it sees it at once; another conversation needs the postcode on the case.
    expect((await resident.say(`Any update on ${reference}?`)).text).toContain(`${reference} is a missed bin report`);
    const later = chat('bin-1-later');
    expect((await later.say(`Any update on ${reference}?`)).text).toMatch(/postcode you gave when you reported it/);
    const status = await later.say('NB1 1AA');
    expect(status.text).toContain(`${reference} is a missed bin report`);
    expect(status.text).toMatch(/What happens next/);
    expect(status.text).not.toMatch(/Larch Close/);
  });

  it('does not log a bin that carried a contamination tag, and says what to do instead', async () => {
    const resident = chat('bin-2');
    await resident.say('Report a missed bin');
    await resident.say('General rubbish');
    await resident.say('yesterday');
    const turnedAway = await resident.say('yes, there was a sticker');
    expect(turnedAway.text).toMatch(/contaminat|wrong things/i);
    expect(turnedAway.text).not.toMatch(/NBC-BIN/);
    // The flow is over: the next message is routed afresh, not read as a postcode.
    expect((await resident.say('NB1 1AA')).text).not.toMatch(/house number/);
  });

  it('explains, instead of logging, a missed bin reported too late', async () => {
    const resident = chat('bin-3');
    await resident.say('Report a missed bin');
    await resident.say('Food waste');
    const late = await resident.say('Monday 26 October');
    const explained = late.text.match(/tag or sticker/) ? (await resident.say('no')).text : late.text;
    expect(explained).toMatch(/working days/);
    expect(explained).not.toMatch(/NBC-BIN/);
  });

  it('reports a repair with its priority and promised time, and gives an advisor after two bad answers', async () => {
    const resident = chat('repair-1');
    const opening = await resident.say('The kitchen tap is dripping and will not turn off fully');
    expect(opening.text).toMatch(/report a repair/);
    // The problem and the room came with the message: neither is asked.
    expect(opening.text).toMatch(/How long has this been a problem/);
    let summary = opening;
    for (const answer of ['about a week', 'no', 'weekday mornings', 'NB1 1AA', '14 Holly Road', 'Sam Patel', '07400 123456']) summary = await resident.say(answer);
    expect(summary.buttons).toEqual(['Confirm', 'Change']);
    const done = await resident.say('Confirm');
    expect(done.text).toMatch(/NBC-REP-[0-9A-Z]{4}-[0-9A-Z]{4}/);
    expect(done.text).toMatch(/(routine|urgent) priority: we aim to complete within \d+ working days/);

    const other = chat('repair-2');
    await other.say('Report a repair');
    expect((await other.say('the bedroom window will not close')).text).toMatch(/How long has this been a problem/);
    // The answer to another question is kept, and not counted against the resident.
    expect((await other.say('Flat 3, Larch Close')).text).toMatch(/noted that \(Address: 3 Larch Close\)[\s\S]*How long has this been a problem/);
    // Two real wrong answers to the same question bring in a person.
    await other.say('whenever');
    const stuck = await other.say('dunno');
    expect(stuck.text).toMatch(/asked one of our advisors to join this chat/);
    expect(stuck.activities.some((activity) => activity.type === 'event' && activity.name === 'handoff.initiate')).toBe(true);
  });

  it('logs an emergency repair when the resident picks "Report it" under the emergency reply', async () => {
    const resident = chat('emergency-repair-1');
    const emergency = await resident.say('water is coming through the ceiling light in the bathroom');
    expect(emergency.buttons).toContain('Report it');
    const form = await resident.say('Report it');
    expect(form.text).toMatch(/report a repair/);
    expect(form.text).not.toMatch(/What is wrong\?/);
    // The emergency's own words gave the problem and the room.
    expect(form.text).toMatch(/How long has this been a problem/);
    let turn = form;
    for (const answer of ['since this morning', 'no', 'any time', 'NB1 1AA', '14 Holly Road', 'Sam Patel', 'sam@example.com']) turn = await resident.say(answer);
    expect(turn.buttons).toEqual(['Confirm', 'Change']);
    const done = await resident.say('Confirm');
    expect(done.text).toMatch(/NBC-REP-[0-9A-Z]{4}-[0-9A-Z]{4}/);
    expect(done.text).toMatch(/emergency priority: we aim to attend and make safe within 24 hours/);
  });

  it('reports damp and mould, routing a private renter to environmental health', async () => {
    const resident = chat('damp-1');
    let turn = await resident.say('Report damp or mould');
    const answers: Record<string, string> = {
      'rooms|where': 'bedroom and bathroom',
      'how much|extent|size|spread': 'a large patch on the ceiling',
      'how long': 'three months',
      'breathing|health|children|vulnerable': 'yes, my son has asthma',
      'rent|landlord': 'I rent from a private landlord',
    };
    for (let step = 0; step < 8 && !/environmental health|NBC-DMP/i.test(turn.text); step += 1) {
      const answer = Object.entries(answers).find(([question]) => new RegExp(question, 'i').test(turn.text.split('\n\n').at(-1) ?? ''))?.[1];
      expect(answer, `no scripted answer for: ${turn.text}`).toBeDefined();
      turn = await resident.say(answer!);
    }
    expect(turn.text).toMatch(/environmental health/i);
    expect(turn.text).not.toMatch(/NBC-DMP/);
  });

  it('requests a call back with a validated UK number', async () => {
    const resident = chat('callback-1');
    expect((await resident.say('Can someone call me back please?')).text).toMatch(/call you back/);
    expect((await resident.say('Sam Taylor')).text).toMatch(/phone number/);
    expect((await resident.say('12345')).text).toMatch(/doesn't look like a UK phone number/);
    await resident.say('020 7946 0000');
    const summary = await resident.say('in the morning');
    expect(summary.buttons).toEqual(['Confirm', 'Change']);
    expect((await resident.say('Confirm')).text).toMatch(/NBC-CBK-[0-9A-Z]{4}-[0-9A-Z]{4}/);
  });

  it('cancels, helps and starts again at any step', async () => {
    const resident = chat('commands-1');
    await resident.say('Report a missed bin');
    expect((await resident.say('help')).text).toMatch(/Which bin was missed/);
    expect((await resident.say('start again')).text).toMatch(/start again/);
    const cancelled = await resident.say('cancel');
    expect(cancelled.text).toMatch(/Nothing has been sent/);
  });

  it('interrupts a form for an emergency: the safety reply first, and the form does not read it as an answer', async () => {
    const resident = chat('interrupt-1');
    await resident.say('Report a missed bin');
    await resident.say('Recycling');
    const emergency = await resident.say('hang on, I can smell gas in the kitchen');
    expect(emergency.text).toMatch(/emergency/i);
    expect(emergency.text).toContain('0800 111 999');
    expect(emergency.text).not.toMatch(/Which day should it have been collected/);
    expect((await resident.say('yesterday')).text).not.toMatch(/tag or sticker/);
  });
});

describe('a form survives a server restart', () => {
  it('picks up the missed-bin report where it was', async () => {
    const dataDir = temporaryDataDir();
    const first = await startTestApp({ DATA_DIR: dataDir }, { now: () => thursdayMorning });
    let url = first.url;
    const resident = residentChat(() => url, 'restart-dialog-1');
    await resident.say('Report a missed bin');
    expect((await resident.say('Garden waste')).text).toMatch(/Which day/);
    await first.close();

    const second = await startTestApp({ DATA_DIR: dataDir }, { now: () => thursdayMorning });
    url = second.url;
    try {
      expect((await resident.say('yesterday')).text).toMatch(/tag or sticker/);
    } finally {
      await second.close();
    }
  });
});
