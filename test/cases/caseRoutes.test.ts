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
/** Cases raised a day apart, on three channels, after `created`. */
let later: CaseRecord[];

beforeAll(async () => {
  const database = openSqlite(openDatabase(temporaryDataDir()));
  await migrate(database);
  let now = new Date('2026-11-05T10:00:00Z');
  const cases = new SqlCaseSystem({ database, profile, now: () => now });
  created = await cases.create({ ...missedBinCase('conversation-1'), nextSteps: 'We will come back to collect it by Monday 9 November.' });
  later = [];
  for (const [day, channel] of [[6, 'voice'], [7, 'whatsapp'], [8, 'voice']] as const) {
    now = new Date(`2026-11-0${day}T10:00:00Z`);
    later.push(await cases.create({ ...missedBinCase(`conversation-${day}`), channel }));
  }
  server = restify.createServer();
  server.use(restify.plugins.queryParser({ mapParams: false }));
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

describe('GET /api/cases', () => {
  const listed = async (query: string) => {
    const response = await fetch(`${baseUrl}/api/cases${query}`);
    return { status: response.status, body: (await response.json()) as { items?: { reference: string }[]; error?: string } };
  };
  const references = (...records: CaseRecord[]) => records.map((record) => record.reference);

  it.each([
    ['everything, newest first', '', () => references(later[2]!, later[1]!, later[0]!, created)],
    ['one channel', '?channel=voice', () => references(later[2]!, later[0]!)],
    ['since an instant', '?since=2026-11-07T00:00:00Z', () => references(later[2]!, later[1]!)],
    ['a channel since an instant', '?channel=voice&since=2026-11-07T00:00:00Z', () => references(later[2]!)],
    ['a page', '?limit=2', () => references(later[2]!, later[1]!)],
    ['a channel with no cases', '?channel=msteams', () => []],
  ])('lists %s', async (_name, query, expected) => {
    const { status, body } = await listed(query);
    expect(status).toBe(200);
    expect(body.items?.map((item) => item.reference)).toEqual(expected());
  });

  it('gives each case its reference, type, status, channel and time, and no personal details', async () => {
    const { body } = await listed('?channel=whatsapp');
    expect(body.items).toEqual([{ reference: later[1]!.reference, type: 'missed-bin', status: 'received', channel: 'whatsapp', createdAt: '2026-11-07T10:00:00.000Z' }]);
  });

  it.each([
    ['a date that is not an instant', '?since=last-tuesday', /since/],
    ['a channel with odd characters', '?channel=voice%27%20OR%201%3D1', /channel/],
    ['a page too big', '?limit=100000', /limit/],
    ['a page of nothing', '?limit=0', /limit/],
  ])('refuses %s with 400 naming the parameter', async (_name, query, named) => {
    const { status, body } = await listed(query);
    expect(status).toBe(400);
    expect(body.error).toMatch(named);
  });
});
