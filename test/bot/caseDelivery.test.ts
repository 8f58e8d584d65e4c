import { expect, it } from 'vitest';
import { startFakeCrm } from '../cases/fakeCrm.js';
import { residentChat } from '../support/residentChat.js';
import { startTestApp, temporaryDataDir, thursdayMorning } from '../support/testApp.js';

const adminToken = 'a-long-enough-staff-token';
const secret = 'crm-shared-secret-for-tests';

it('gives the resident a reference while the CRM is down, and delivers the case after a restart once it is back', async () => {
  const crm = await startFakeCrm(secret);
  crm.fallback = { kind: 'status', status: 503 };
  const dataDir = temporaryDataDir();
  const environment = { ADMIN_TOKEN: adminToken, DATA_DIR: dataDir, CASE_SYSTEM: 'crm-webhook', CRM_WEBHOOK_URL: crm.url, CRM_WEBHOOK_SECRET: secret };
  let app = await startTestApp(environment, { now: () => thursdayMorning });
  const caseStatus = async (reference: string) =>
    ((await (await fetch(`${app.url}/api/cases/${reference}`, { headers: { authorization: `Bearer ${adminToken}` } })).json()) as { status: string }).status;
  try {
    const resident = residentChat(() => app.url, 'crm-outage-1');
    await resident.say('Please call me back');
    await resident.say('Sam Taylor');
    await resident.say('020 7946 0000');
    await resident.say('any time');
    const done = await resident.say('Confirm');
    const reference = /NBC-CBK-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(done.text)?.[0];
    expect(reference).toBeDefined();
    await expect.poll(() => crm.requests, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await caseStatus(reference!)).toBe('received');
    expect(crm.processed.size).toBe(0);

    await app.close();
    crm.fallback = { kind: 'accept' };
    app = await startTestApp(environment, { now: () => thursdayMorning });
    await expect.poll(() => caseStatus(reference!), { timeout: 15_000 }).toBe('sent-to-service');
    expect(crm.processed.size).toBe(1);
    expect(crm.badSignatures).toBe(0);
  } finally {
    await app.close();
    await crm.close();
  }
});
