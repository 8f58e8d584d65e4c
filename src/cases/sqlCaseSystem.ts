import { sql, type Kysely } from 'kysely';
import type { CouncilProfile } from '../profile/councilProfile.js';
import { loadOrCreateSecret } from '../storage/secrets.js';
import type { SqlDatabase } from '../storage/sql/sqlDatabase.js';
import type { CasesTable, Tables } from '../storage/sql/tables.js';
import { symbolsForCaseNumber } from './caseNumberCipher.js';
import { caseReferenceFrom, normaliseCaseReference } from './caseReference.js';
import type { CaseListFilter, CaseRecord, CaseStatus, CaseSystem, NewCase } from './caseSystem.js';

export interface SqlCaseSystemOptions {
  database: SqlDatabase;
  profile: CouncilProfile;
  now?: () => Date;
  /** Runs inside the transaction that records the case, so its writes (e.g. an outbox entry) commit or roll back with it. */
  onRecorded?: (record: CaseRecord, transaction: Kysely<Tables>) => Promise<void>;
  /** The key that turns case numbers into references; by default the database's 'case-references' secret, shared by every instance. */
  referenceKey?: Buffer;
}

/**
 * Numbers drawn for one case before giving up. A number is passed over when its body would be
 * digits only (about 1 in 11,000) or when a random reference issued before references came from
 * numbers already has it (about 1 in 30 million per old case): several in a row mean a fault.
 */
const referenceAttempts = 5;

const toRecord = (row: CasesTable): CaseRecord => ({
  reference: row.reference,
  type: row.type as CaseRecord['type'],
  priority: row.priority as CaseRecord['priority'],
  channel: row.channel,
  conversationId: row.conversation_id,
  ...(row.user_id === null ? {} : { userId: row.user_id }),
  details: JSON.parse(row.details) as Record<string, unknown>,
  status: row.status as CaseStatus,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  ...(row.next_steps === null ? {} : { nextSteps: row.next_steps }),
});

const columns = ['reference', 'type', 'priority', 'channel', 'conversation_id', 'user_id', 'details', 'status', 'created_at', 'updated_at', 'next_steps'] as const;

/**
 * Cases in the app's database. The reference is issued here, always, so a resident gets one even
 * when the council's CRM is down. Its symbols are the case's number, drawn from a database
 * sequence (on SQLite a counter row bumped in the recording transaction), through a keyed
 * permutation (caseNumberCipher.ts): no two instances ever draw the same number, so none issue
 * the same reference, and nobody without the key can tell one reference from the next. The
 * reference is also unique in the table, which passes over a clash with an old random one.
 * References from before, random or built from `seq`, are still found.
 */
export class SqlCaseSystem implements CaseSystem {
  private readonly database: SqlDatabase;
  private readonly prefix: string;
  private readonly now: () => Date;
  private readonly onRecorded: SqlCaseSystemOptions['onRecorded'];
  private referenceKey: Promise<Buffer> | undefined;

  constructor({ database, profile, now = () => new Date(), onRecorded, referenceKey }: SqlCaseSystemOptions) {
    this.database = database;
    this.prefix = profile.council.referencePrefix;
    this.now = now;
    this.onRecorded = onRecorded;
    this.referenceKey = referenceKey && Promise.resolve(referenceKey);
  }

  async create(input: NewCase): Promise<CaseRecord> {
    if (input.sourceMessageId !== undefined) {
      const earlier = await this.database.db
        .selectFrom('cases')
        .select(columns)
        .where('conversation_id', '=', input.conversationId)
        .where('source_message_id', '=', input.sourceMessageId)
        .executeTakeFirst();
      if (earlier) return toRecord(earlier as CasesTable);
    }
    const key = await this.key();
    const at = this.now().toISOString();
    const row = {
      type: input.type,
      priority: input.priority,
      channel: input.channel,
      conversation_id: input.conversationId,
      user_id: input.userId ?? null,
      details: JSON.stringify(input.details),
      status: 'received',
      created_at: at,
      updated_at: at,
      next_steps: input.nextSteps ?? null,
      source_message_id: input.sourceMessageId ?? null,
    };
    return this.database.db.transaction().execute(async (transaction) => {
      for (let attempt = 1; attempt <= referenceAttempts; attempt += 1) {
        const reference = caseReferenceFrom(this.prefix, input.type, symbolsForCaseNumber(key, await this.nextNumber(transaction)));
        if (reference === undefined) continue;
        const inserted = await transaction
          .insertInto('cases')
          .values({ ...row, reference })
          .onConflict((conflict) => conflict.column('reference').doNothing())
          .returning(columns)
          .executeTakeFirst();
        if (!inserted) continue;
        const record = toRecord(inserted as CasesTable);
        await this.onRecorded?.(record, transaction);
        return record;
      }
      throw new Error(`No free case reference in ${referenceAttempts} numbers: check the case-references key and the case_numbers sequence`);
    });
  }

  async find(reference: string): Promise<CaseRecord | undefined> {
    const canonical = normaliseCaseReference(reference, this.prefix);
    if (canonical === undefined) return undefined;
    const row = await this.database.db.selectFrom('cases').select(columns).where('reference', '=', canonical).executeTakeFirst();
    return row && toRecord(row as CasesTable);
  }

  async list({ channel, since, limit }: CaseListFilter): Promise<CaseRecord[]> {
    let query = this.database.db.selectFrom('cases').select(columns);
    if (channel !== undefined) query = query.where('channel', '=', channel);
    if (since !== undefined) query = query.where('created_at', '>=', since.toISOString());
    const rows = await query.orderBy('created_at', 'desc').orderBy('seq', 'desc').limit(limit).execute();
    return rows.map((row) => toRecord(row as CasesTable));
  }

  /** Moves a case on from `from` to `to`; false when the case is not (or no longer) in `from`. One conditional UPDATE, so of two instances only one moves it. */
  async transition(reference: string, from: CaseStatus, to: CaseStatus): Promise<boolean> {
    const updated = await this.database.db
      .updateTable('cases')
      .set({ status: to, updated_at: this.now().toISOString() })
      .where('reference', '=', reference)
      .where('status', '=', from)
      .executeTakeFirst();
    return updated.numUpdatedRows === 1n;
  }

  /** The key, loaded once; asked for again after a failed load. */
  private key(): Promise<Buffer> {
    this.referenceKey ??= loadOrCreateSecret(this.database, 'case-references').catch((error: unknown) => {
      this.referenceKey = undefined;
      throw error;
    });
    return this.referenceKey;
  }

  /** The next case number: PostgreSQL's sequence, or SQLite's counter row (the write lock serialises it). */
  private async nextNumber(transaction: Kysely<Tables>): Promise<number> {
    if (this.database.engine === 'postgres') {
      const { rows } = await sql<{ value: number }>`SELECT nextval('case_numbers') AS value`.execute(transaction);
      return Number(rows[0]!.value);
    }
    const { value } = await transaction
      .updateTable('counters')
      .set((row) => ({ value: row('value', '+', 1) }))
      .where('name', '=', 'case_numbers')
      .returning('value')
      .executeTakeFirstOrThrow();
    return value;
  }
}
