import { describe, expect, it } from 'vitest';
import { SqliteCaseSystem } from '../../src/cases/sqliteCaseSystem.js';
import { openDatabase } from '../../src/storage/database.js';
import { temporaryDataDir } from '../support/tempDir.js';
import { missedBinCase, profile } from './profileFixture.js';

describe('SqliteCaseSystem', () => {
  it('issues a random reference per case, and finds the cases again after the database is reopened', async () => {
    const dataDir = temporaryDataDir();
    const at = new Date('2026-11-05T10:00:00Z');
    const first = openDatabase(dataDir);
    const cases = new SqliteCaseSystem({ database: first, profile, now: () => at });
    const bin = await cases.create({ ...missedBinCase('c1'), userId: 'resident-1' });
    const repair = await cases.create({ type: 'repair', priority: 'urgent', channel: 'whatsapp', conversationId: 'c2', details: { description: 'no heating' }, nextSteps: 'complete within 5 working days' });
    expect(bin.reference).toMatch(/^NBC-BIN-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(repair.reference).toMatch(/^NBC-REP-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(bin).toEqual({ ...missedBinCase('c1'), userId: 'resident-1', reference: bin.reference, status: 'received', createdAt: at.toISOString(), updatedAt: at.toISOString() });
    expect(repair.nextSteps).toBe('complete within 5 working days');
    first.close();

    const second = openDatabase(dataDir);
    const reopened = new SqliteCaseSystem({ database: second, profile });
    expect(await reopened.find(repair.reference.toLowerCase().replace(/-/g, ' '))).toEqual(repair);
    expect(await reopened.find(bin.reference)).toEqual(bin);
    second.close();
  });

  it('issues 10,000 references with no duplicate and no order: nothing about one says what the next is', async () => {
    const cases = new SqliteCaseSystem({ database: openDatabase(temporaryDataDir()), profile });
    const references: string[] = [];
    for (let index = 0; index < 10_000; index += 1) references.push((await cases.create(missedBinCase(`c${index}`))).reference);
    expect(new Set(references).size).toBe(references.length);
    const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    const values = references.map((reference) => [...reference.slice('NBC-BIN-'.length).replace('-', '')].reduce((value, symbol) => value * 32 + crockford.indexOf(symbol), 0));
    const steps = values.slice(1).map((value, index) => value - values[index]!);
    // A sequence (or any counter) climbs by a fixed step; random references go up about half the time.
    expect(new Set(steps).size).toBeGreaterThan(9_990);
    const rising = steps.filter((step) => step > 0).length / steps.length;
    expect(rising).toBeGreaterThan(0.45);
    expect(rising).toBeLessThan(0.55);
  });

  it('draws again when a reference is taken, and gives up on a source that keeps repeating itself', async () => {
    const database = openDatabase(temporaryDataDir());
    const draws = [
      [1, 2, 3, 4, 5, 6, 10],
      [1, 2, 3, 4, 5, 6, 10],
      [7, 8, 9, 10, 11, 12, 13],
    ];
    const cases = new SqliteCaseSystem({ database, profile, random: () => draws.shift() ?? [1, 2, 3, 4, 5, 6, 10] });
    const first = await cases.create(missedBinCase('c1'));
    const second = await cases.create(missedBinCase('c2'));
    expect(second.reference).not.toBe(first.reference);
    expect(draws).toEqual([]);
    await expect(cases.create(missedBinCase('c3'))).rejects.toThrow(/UNIQUE/);
    expect(database.prepare('SELECT COUNT(*) AS count FROM cases').get()).toEqual({ count: 2 });
  });

  it('still finds a case with an old sequence reference in an existing database, which gains the new column', async () => {
    const database = openDatabase(temporaryDataDir());
    // The table as the sequence-reference version made it, with one of its cases.
    database.exec(`
      CREATE TABLE cases (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, reference TEXT UNIQUE,
        type TEXT NOT NULL CHECK (type IN ('repair', 'damp-mould', 'missed-bin', 'callback')),
        priority TEXT NOT NULL CHECK (priority IN ('emergency', 'urgent', 'routine', 'normal')),
        channel TEXT NOT NULL, conversation_id TEXT NOT NULL, details TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('received', 'sent-to-service', 'in-progress', 'closed')),
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, next_steps TEXT
      );
      INSERT INTO cases (reference, type, priority, channel, conversation_id, details, status, created_at, updated_at)
      VALUES ('NBC-REP-000123', 'repair', 'routine', 'webchat', 'old', '{"postcode":"NB1 1AA"}', 'in-progress', '2026-01-05T10:00:00.000Z', '2026-01-06T10:00:00.000Z');
    `);
    const cases = new SqliteCaseSystem({ database, profile });
    expect(await cases.find('nbc rep 000123')).toMatchObject({ reference: 'NBC-REP-000123', status: 'in-progress', conversationId: 'old' });
    expect(await cases.find('NBC-REP-000123')).not.toHaveProperty('userId');
    const created = await cases.create({ ...missedBinCase('new'), userId: 'resident-2' });
    expect(created).toMatchObject({ reference: expect.stringMatching(/^NBC-BIN-[0-9A-Z]{4}-[0-9A-Z]{4}$/), userId: 'resident-2' });
  });

  it('finds a case whatever the case, spacing and dashes of the reference, and nothing for unknown ones', async () => {
    const cases = new SqliteCaseSystem({ database: openDatabase(temporaryDataDir()), profile });
    const created = await cases.create({ type: 'damp-mould', priority: 'routine', channel: 'webchat', conversationId: 'c1', details: { rooms: ['bedroom'] } });
    expect((await cases.find(` ${created.reference.toLowerCase().replace(/-/g, ' ')} `))?.reference).toBe(created.reference);
    expect((await cases.find(created.reference.replace(/-/g, '')))?.reference).toBe(created.reference);
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
