import { describe, expect, it } from 'vitest';
import { SqliteCaseSystem } from '../../src/cases/sqliteCaseSystem.js';
import { openDatabase } from '../../src/storage/database.js';
import { temporaryDataDir } from '../support/tempDir.js';
import { missedBinCase, profile } from './profileFixture.js';

describe('SqliteCaseSystem', () => {
  it('issues sequential references by type, and keeps counting after the database is reopened', async () => {
    const dataDir = temporaryDataDir();
    const at = new Date('2026-11-05T10:00:00Z');
    const first = openDatabase(dataDir);
    const cases = new SqliteCaseSystem({ database: first, profile, now: () => at });
    const bin = await cases.create(missedBinCase('c1'));
    const repair = await cases.create({ type: 'repair', priority: 'urgent', channel: 'whatsapp', conversationId: 'c2', details: { description: 'no heating' }, nextSteps: 'complete within 5 working days' });
    expect([bin.reference, repair.reference]).toEqual(['NBC-BIN-000001', 'NBC-REP-000002']);
    expect(bin).toEqual({ ...missedBinCase('c1'), reference: 'NBC-BIN-000001', status: 'received', createdAt: at.toISOString(), updatedAt: at.toISOString() });
    expect(repair.nextSteps).toBe('complete within 5 working days');
    first.close();

    const second = openDatabase(dataDir);
    const reopened = new SqliteCaseSystem({ database: second, profile });
    expect((await reopened.create({ type: 'callback', priority: 'normal', channel: 'webchat', conversationId: 'c3', details: {} })).reference).toBe('NBC-CBK-000003');
    expect(await reopened.find('NBC-REP-000002')).toEqual(repair);
    second.close();
  });

  it('finds a case whatever the case and spacing of the reference, and nothing for unknown ones', async () => {
    const cases = new SqliteCaseSystem({ database: openDatabase(temporaryDataDir()), profile });
    const created = await cases.create({ type: 'damp-mould', priority: 'routine', channel: 'webchat', conversationId: 'c1', details: { rooms: ['bedroom'] } });
    expect((await cases.find(' nbc dmp 000001 '))?.reference).toBe(created.reference);
    expect(await cases.find('NBC-DMP-000002')).toBeUndefined();
    expect(await cases.find('not a reference')).toBeUndefined();
  });

  it('moves a case on only from the status it is in', async () => {
    let clock = new Date('2026-11-05T10:00:00Z');
    const cases = new SqliteCaseSystem({ database: openDatabase(temporaryDataDir()), profile, now: () => clock });
    const { reference } = await cases.create(missedBinCase('c1'));
    clock = new Date('2026-11-05T10:05:00Z');
    expect(cases.transition(reference, 'received', 'sent-to-service')).toBe(true);
    expect(cases.transition(reference, 'received', 'sent-to-service')).toBe(false);
    expect(await cases.find(reference)).toMatchObject({ status: 'sent-to-service', updatedAt: '2026-11-05T10:05:00.000Z' });
  });

  it('records nothing when a follow-up write in the same transaction fails', async () => {
    const database = openDatabase(temporaryDataDir());
    const cases = new SqliteCaseSystem({
      database,
      profile,
      onRecorded: () => {
        throw new Error('outbox unavailable');
      },
    });
    await expect(cases.create(missedBinCase('c1'))).rejects.toThrow('outbox unavailable');
    expect(database.prepare('SELECT COUNT(*) AS count FROM cases').get()).toEqual({ count: 0 });
  });
});
