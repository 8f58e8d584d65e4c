import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CrmWebhookCaseSystem } from '../../src/cases/crmWebhookCaseSystem.js';
import { createLogger } from '../../src/logger.js';
import { openDatabase } from '../../src/storage/database.js';
import { migrate } from '../../src/storage/sql/migrations.js';
import { openSqlite } from '../../src/storage/sql/sqlDatabase.js';
import { startTestApp, temporaryDataDir } from '../support/testApp.js';
import { startFakeCrm, type FakeCrm } from './fakeCrm.js';
import { missedBinCase, profile } from './profileFixture.js';
import { virtualClock } from './virtualClock.js';

const secret = 'crm-shared-secret-for-tests';
const staffToken = 'a-long-enough-staff-token';
const hour = 3_600_000;

/** The value of an unlabelled gauge in the text exposition. */
const gauge = (exposition: string, name: string): number => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(exposition)?.[1]);

let crm: FakeCrm;
beforeEach(async () => {
  crm = await startFakeCrm(secret);
});
afterEach(() => crm.close());

describe('CRM deliveries for staff (CASE_SYSTEM=crm-webhook)', () => {
  it('counts pending and dead deliveries on /metrics and /api/status, and POST /api/cases/outbox/requeue delivers the dead', async () => {
    // 80 hours ago on a virtual clock, with the CRM down: one case is given up after 72 hours, another is queued 8 hours ago.
    const dataDir = temporaryDataDir();
    const clock = virtualClock(Date.now() - 80 * hour);
    const file = openDatabase(dataDir);
    const database = openSqlite(file);
    await migrate(database);
    const earlier = new CrmWebhookCaseSystem({ database, profile, url: crm.url, secret, logger: createLogger('silent'), clock });
    crm.fallback = { kind: 'status', status: 503 };
    const dead = await earlier.create(missedBinCase('c1'));
    await earlier.drain();
    const waiting = await earlier.create(missedBinCase('c2'));
    const waitingSince = clock.now();
    await database.close();
    file.close();

    const app = await startTestApp({ DATA_DIR: dataDir, ADMIN_TOKEN: staffToken, CASE_SYSTEM: 'crm-webhook', CRM_WEBHOOK_URL: crm.url, CRM_WEBHOOK_SECRET: secret });
    try {
      const staff = { authorization: `Bearer ${staffToken}` };
      const scrape = async () => {
        const exposition = await (await fetch(`${app.url}/metrics`)).text();
        return { pending: gauge(exposition, 'assistant_case_delivery_pending'), dead: gauge(exposition, 'assistant_case_delivery_dead'), oldest: gauge(exposition, 'assistant_case_delivery_oldest_pending_seconds') };
      };
      const ageNow = () => Math.floor((Date.now() - waitingSince) / 1000);

      const before = ageNow();
      const scraped = await scrape();
      const status = (await (await fetch(`${app.url}/api/status`, { headers: staff })).json()) as { caseDelivery: { pending: number; dead: number; oldestPendingSeconds: number } };
      const after = ageNow();
      for (const { pending, dead, oldest } of [scraped, { ...status.caseDelivery, oldest: status.caseDelivery.oldestPendingSeconds }]) {
        expect({ pending, dead }).toEqual({ pending: 1, dead: 1 });
        expect(oldest).toBeGreaterThanOrEqual(before);
        expect(oldest).toBeLessThanOrEqual(after);
      }

      // The staff guard covers the requeue routes.
      expect((await fetch(`${app.url}/api/cases/outbox/requeue`, { method: 'POST' })).status).toBe(401);
      expect((await fetch(`${app.url}/api/cases/outbox/requeue/${dead.reference}`, { method: 'POST' })).status).toBe(401);
      expect(crm.processed.size).toBe(0);

      crm.fallback = { kind: 'accept' };
      const notDead = await fetch(`${app.url}/api/cases/outbox/requeue/${waiting.reference}`, { method: 'POST', headers: staff });
      expect([notDead.status, await notDead.json()]).toEqual([404, { error: 'no dead delivery for this case' }]);
      const requeued = await fetch(`${app.url}/api/cases/outbox/requeue`, { method: 'POST', headers: staff });
      expect([requeued.status, await requeued.json()]).toEqual([200, { requeued: [dead.reference] }]);

      // Retried at once, not at the next idle poll (a minute away).
      await vi.waitFor(async () => {
        const found = (await (await fetch(`${app.url}/api/cases/${dead.reference}`, { headers: staff })).json()) as { status: string };
        expect(found.status).toBe('sent-to-service');
      });
      expect(crm.processed.has(dead.reference)).toBe(true);
      expect(crm.duplicatesIgnored).toBe(0);
      expect((await scrape()).dead).toBe(0);
    } finally {
      await app.close();
    }
  });
});
