import type { AddressInfo } from 'node:net';
import restify, { type Server } from 'restify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerCaseRoutes } from '../../src/cases/caseRoutes.js';
import type { CaseRecord } from '../../src/cases/caseSystem.js';
import { SqlCaseSystem } from '../../src/cases/sqlCaseSystem.js';
import { openDatabase } from '../../src/storage/database.js';
import { migrate } from '../../src/storage/sql/migrations.js';
import { openSqlite } from '../../src/storage/sql/sqlDatabase.js';
import { temporaryDataDir } from '../support/tempDir.js';
import { missedBinCase, profile } from './profileFixture.js';

let server: Server;
let baseUrl: string;
let created: CaseRecord;

beforeAll(async () => {
  const database = openSqlite(openDatabase(temporaryDataDir()));
  await migrate(database);
  const cases = new SqlCaseSystem({ database, profile, now: () => new Date('2026-11-05T10:00:00Z') });
  created = await cases.create({ ...missedBinCase('conversation-1'), nextSteps: 'We will come back to collect it by Monday 9 November.' });
  server = restify.createServer();
  registerCaseRoutes(server, cases);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('GET /api/cases/:reference', () => {
  it('answers the case summary for staff', async () => {
    const response = await fetch(`${baseUrl}/api/cases/${created.reference}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      reference: created.reference,
      type: 'missed-bin',
      status: 'received',
      priority: 'normal',
      createdAt: '2026-11-05T10:00:00.000Z',
      channel: 'webchat',
      details: missedBinCase('conversation-1').details,
    });
  });

  it.each([
    ['in lower case', () => created.reference.toLowerCase()],
    ['without dashes', () => created.reference.replace(/-/g, '')],
  ])('accepts the reference %s', async (_case, reference) => {
    expect((await fetch(`${baseUrl}/api/cases/${reference()}`)).status).toBe(200);
  });

  it('answers 404 for an unknown or malformed reference', async () => {
    expect((await fetch(`${baseUrl}/api/cases/NBC-BIN-000999`)).status).toBe(404);
    const malformed = await fetch(`${baseUrl}/api/cases/not-a-reference`);
    expect(malformed.status).toBe(404);
    expect(await malformed.json()).toEqual({ error: 'case not found' });
  });
});
