import { describe, expect, it } from 'vitest';
import { symbolsForCaseNumber } from '../../src/cases/caseNumberCipher.js';
import { caseReferenceFrom } from '../../src/cases/caseReference.js';
import { SqlCaseSystem } from '../../src/cases/sqlCaseSystem.js';
import { openDatabase } from '../../src/storage/database.js';
import { migrate } from '../../src/storage/sql/migrations.js';
import { openSqlite, type SqlDatabase } from '../../src/storage/sql/sqlDatabase.js';
import { engines, openTestDatabase, openTwoInstances } from '../support/sqlDatabases.js';
import { temporaryDataDir } from '../support/tempDir.js';
import { missedBinCase, profile } from './profileFixture.js';

const caseCount = async (database: SqlDatabase): Promise<number> =>
  Number((await database.db.selectFrom('cases').select((row) => row.fn.countAll<number>().as('count')).executeTakeFirstOrThrow()).count);

/** A migrated SQLite file in `dataDir`, as an instance opens it; closed by `close()`. */
async function openSqliteFile(dataDir: string) {
  const file = openDatabase(dataDir);
  const database = openSqlite(file);
  await migrate(database);
  return { database, file, close: async () => (await database.close(), file.close()) };
}

describe.each(engines)('SqlCaseSystem on %s', (engine) => {
  it('issues a reference per case and finds the case again, however the reference is written', async () => {
    const at = new Date('2026-11-05T10:00:00Z');
    const cases = new SqlCaseSystem({ database: await openTestDatabase(engine), profile, now: () => at });
    const bin = await cases.create({ ...missedBinCase('c1'), userId: 'resident-1' });
    const repair = await cases.create({ type: 'repair', priority: 'urgent', channel: 'whatsapp', conversationId: 'c2', details: { description: 'no heating' }, nextSteps: 'complete within 5 working days' });
    expect(bin.reference).toMatch(/^NBC-BIN-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(repair.reference).toMatch(/^NBC-REP-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(bin).toEqual({ ...missedBinCase('c1'), userId: 'resident-1', reference: bin.reference, status: 'received', createdAt: at.toISOString(), updatedAt: at.toISOString() });
    expect(await cases.find(repair.reference.toLowerCase().replace(/-/g, ' '))).toEqual(repair);
    expect((await cases.find(` ${bin.reference.replace(/-/g, '')} `))?.reference).toBe(bin.reference);
    expect(await cases.find('NBC-DMP-000002')).toBeUndefined();
    expect(await cases.find('not a reference')).toBeUndefined();
  });

  it('finds the case a message already raised, so a turn run again after a crash raises nothing new', async () => {
    const database = await openTestDatabase(engine);
    const cases = new SqlCaseSystem({ database, profile });
    const first = await cases.create({ ...missedBinCase('c1'), sourceMessageId: 'activity-7' });
    const again = await cases.create({ ...missedBinCase('c1'), sourceMessageId: 'activity-7' });
    expect(again.reference).toBe(first.reference);
    expect(await caseCount(database)).toBe(1);
    // Another message, another conversation with the same message id, or no message id: each a case of its own.
    await cases.create({ ...missedBinCase('c1'), sourceMessageId: 'activity-8' });
    await cases.create({ ...missedBinCase('c2'), sourceMessageId: 'activity-7' });
    await cases.create(missedBinCase('c1'));
    await cases.create(missedBinCase('c1'));
    expect(await caseCount(database)).toBe(5);
  });

  it('issues 2,000 references with no duplicate and no order: nothing about one says what the next is', async () => {
    const cases = new SqlCaseSystem({ database: await openTestDatabase(engine), profile });
    const references: string[] = [];
    for (let index = 0; index < 2_000; index += 1) references.push((await cases.create(missedBinCase(`c${index}`))).reference);
    expect(new Set(references).size).toBe(references.length);
    const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    const values = references.map((reference) => [...reference.slice('NBC-BIN-'.length).replace('-', '')].reduce((value, symbol) => value * 32 + crockford.indexOf(symbol), 0));
    const steps = values.slice(1).map((value, index) => value - values[index]!);
    // A sequence (or any counter) climbs by a fixed step; these go up about half the time.
    expect(new Set(steps).size).toBeGreaterThan(1_990);
    const rising = steps.filter((step) => step > 0).length / steps.length;
    expect(rising).toBeGreaterThan(0.4);
    expect(rising).toBeLessThan(0.6);
  });

  it('passes over a number whose reference an old random case already has', async () => {
    const database = await openTestDatabase(engine);
    const referenceKey = Buffer.alloc(32, 1);
    const referenceFor = (number: number) => caseReferenceFrom('NBC', 'missed-bin', symbolsForCaseNumber(referenceKey, number))!;
    await database.db
      .insertInto('cases')
      .values({ reference: referenceFor(1), type: 'missed-bin', priority: 'normal', channel: 'webchat', conversation_id: 'old', user_id: null, details: '{}', status: 'closed', created_at: 'then', updated_at: 'then', next_steps: null })
      .execute();
    const cases = new SqlCaseSystem({ database, profile, referenceKey });
    expect((await cases.create(missedBinCase('new'))).reference).toBe(referenceFor(2));
    expect(await cases.find(referenceFor(1))).toMatchObject({ conversationId: 'old' });
  });

  it('moves a case on only from the status it is in', async () => {
    let clock = new Date('2026-11-05T10:00:00Z');
    const cases = new SqlCaseSystem({ database: await openTestDatabase(engine), profile, now: () => clock });
    const { reference } = await cases.create(missedBinCase('c1'));
    clock = new Date('2026-11-05T10:05:00Z');
    expect(await cases.transition(reference, 'received', 'sent-to-service')).toBe(true);
    expect(await cases.transition(reference, 'received', 'sent-to-service')).toBe(false);
    expect(await cases.find(reference)).toMatchObject({ status: 'sent-to-service', updatedAt: '2026-11-05T10:05:00.000Z' });
  });

  it('records nothing when a follow-up write in the same transaction fails', async () => {
    const database = await openTestDatabase(engine);
    const cases = new SqlCaseSystem({
      database,
      profile,
      onRecorded: async () => {
        throw new Error('outbox unavailable');
      },
    });
    await expect(cases.create(missedBinCase('c1'))).rejects.toThrow('outbox unavailable');
    expect(await caseCount(database)).toBe(0);
  });
});

describe('SqlCaseSystem on an existing SQLite file', () => {
  it('finds the cases again after the file is reopened, with the same key', async () => {
    const dataDir = temporaryDataDir();
    const first = await openSqliteFile(dataDir);
    const created = await new SqlCaseSystem({ database: first.database, profile }).create(missedBinCase('c1'));
    await first.close();
    const second = await openSqliteFile(dataDir);
    const reopened = new SqlCaseSystem({ database: second.database, profile });
    expect(await reopened.find(created.reference)).toEqual(created);
    expect((await reopened.create(missedBinCase('c2'))).reference).not.toBe(created.reference);
    await second.close();
  });

  it('still finds a case with an old sequence reference, and the table gains the new column', async () => {
    const file = openDatabase(temporaryDataDir());
    // The table as the sequence-reference version made it, with one of its cases.
    file.exec(`
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
    const database = openSqlite(file);
    await migrate(database);
    const cases = new SqlCaseSystem({ database, profile });
    expect(await cases.find('nbc rep 000123')).toMatchObject({ reference: 'NBC-REP-000123', status: 'in-progress', conversationId: 'old' });
    expect(await cases.find('NBC-REP-000123')).not.toHaveProperty('userId');
    const created = await cases.create({ ...missedBinCase('new'), userId: 'resident-2' });
    expect(created).toMatchObject({ reference: expect.stringMatching(/^NBC-BIN-[0-9A-Z]{4}-[0-9A-Z]{4}$/), userId: 'resident-2' });
    await database.close();
    file.close();
  });
});

describe('SqlCaseSystem shared by two instances on one PostgreSQL', () => {
  it('never issues the same reference twice, however the two instances interleave', async () => {
    const [first, second] = await openTwoInstances();
    const instances = [new SqlCaseSystem({ database: first, profile }), new SqlCaseSystem({ database: second, profile })];
    const created = await Promise.all(Array.from({ length: 200 }, (_unused, index) => instances[index % 2]!.create(missedBinCase(`c${index}`))));
    expect(new Set(created.map((record) => record.reference)).size).toBe(200);
    expect(await caseCount(first)).toBe(200);
    // Each instance finds the other's cases.
    expect(await instances[0]!.find(created[1]!.reference)).toEqual(created[1]);
  });
});
