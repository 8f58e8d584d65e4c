import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { residentChat } from '../support/residentChat.js';
import { startTestApp, temporaryDataDir, thursdayMorning } from '../support/testApp.js';

type App = Awaited<ReturnType<typeof startTestApp>>;
const adminToken = 'a-long-enough-staff-token';
const staff = { authorization: `Bearer ${adminToken}` };

// Each form's behaviour is a table in test/conversation/forms.test.ts; here, one report end to end
// (the case on the staff API, only with the token) and a form surviving a restart.
describe('a service request over /api/messages', () => {
  let app: App;
  beforeAll(async () => {
    app = await startTestApp({ ADMIN_TOKEN: adminToken }, { now: () => thursdayMorning });
  });
  afterAll(async () => app.close());
  const chat = (id: string) => residentChat(() => app.url, id);

  it('reports a missed bin from a first message with details, then looks the case up by reference', async () => {
    const resident = chat('bin-1');
    // The conversation itself is tested in-process (test/conversation/forms.test.ts); here, the same report over HTTP.
    for (const answer of ['The recycling bin on Larch Close was not collected yesterday', 'no', 'NB1 1AA', '27']) await resident.say(answer);
    expect((await resident.say('No thanks')).buttons).toEqual(['Confirm', 'Change']);

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
