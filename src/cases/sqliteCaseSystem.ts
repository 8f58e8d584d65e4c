import type { CouncilProfile } from '../profile/councilProfile.js';
import type { SqliteDatabase } from '../storage/database.js';
import { SqliteError } from 'better-sqlite3';
import { cryptoRandomSymbols, issueCaseReference, normaliseCaseReference, type RandomSymbols } from './caseReference.js';
import type { CaseRecord, CaseStatus, CaseSystem, NewCase } from './caseSystem.js';

interface CaseRow {
  reference: string;
  type: CaseRecord['type'];
  priority: CaseRecord['priority'];
  channel: string;
  conversation_id: string;
  user_id: string | null;
  details: string;
  status: CaseStatus;
  created_at: string;
  updated_at: string;
  next_steps: string | null;
}

export interface SqliteCaseSystemOptions {
  database: SqliteDatabase;
  profile: CouncilProfile;
  now?: () => Date;
  /** Runs inside the transaction that records the case, so its writes (e.g. an outbox entry) commit or roll back with it. */
  onRecorded?: (record: CaseRecord) => void;
  /** Where references' random symbols come from; tests give a fixed source to force a collision. */
  random?: RandomSymbols;
}

/** A reference already taken is drawn again; at 35 random bits, several in a row mean the source is broken, not unlucky. */
const referenceAttempts = 5;

const isTaken = (error: unknown): boolean => error instanceof SqliteError && error.code === 'SQLITE_CONSTRAINT_UNIQUE';

const toRecord = (row: CaseRow): CaseRecord => ({
  reference: row.reference,
  type: row.type,
  priority: row.priority,
  channel: row.channel,
  conversationId: row.conversation_id,
  ...(row.user_id === null ? {} : { userId: row.user_id }),
  details: JSON.parse(row.details) as Record<string, unknown>,
  status: row.status,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  ...(row.next_steps === null ? {} : { nextSteps: row.next_steps }),
});

/**
 * Cases in SQLite. The reference is issued here, always, so a resident gets one even when the
 * council's CRM is down. It is random (see caseReference.ts) and unique in the table: a clash is
 * drawn again. `seq` only keeps the order cases came in; references before the random ones were
 * built from it, and are still found.
 */
export class SqliteCaseSystem implements CaseSystem {
  private readonly prefix: string;
  private readonly now: () => Date;
  private readonly random: RandomSymbols;
  private readonly record: (input: NewCase, at: string) => CaseRecord;
  private readonly statements;

  constructor({ database, profile, now = () => new Date(), onRecorded, random = cryptoRandomSymbols }: SqliteCaseSystemOptions) {
    this.prefix = profile.council.referencePrefix;
    this.now = now;
    this.random = random;
    database.exec(`
      CREATE TABLE IF NOT EXISTS cases (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        reference TEXT UNIQUE,
        type TEXT NOT NULL CHECK (type IN ('repair', 'damp-mould', 'missed-bin', 'callback')),
        priority TEXT NOT NULL CHECK (priority IN ('emergency', 'urgent', 'routine', 'normal')),
        channel TEXT NOT NULL,
        conversation_id TEXT NOT NULL,
        user_id TEXT,
        details TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('received', 'sent-to-service', 'in-progress', 'closed')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        next_steps TEXT
      );
      CREATE INDEX IF NOT EXISTS cases_by_conversation ON cases (conversation_id);
    `);
    // Databases from before cases recorded who raised them gain the column; their cases have no user.
    if (!database.prepare("SELECT 1 FROM pragma_table_info('cases') WHERE name = 'user_id'").get()) database.exec('ALTER TABLE cases ADD COLUMN user_id TEXT');
    this.statements = {
      insert: database.prepare(
        `INSERT INTO cases (reference, type, priority, channel, conversation_id, user_id, details, status, created_at, updated_at, next_steps)
         VALUES (@reference, @type, @priority, @channel, @conversation_id, @user_id, @details, 'received', @at, @at, @next_steps)`,
      ),
      byReference: database.prepare<[string], CaseRow>('SELECT * FROM cases WHERE reference = ?'),
      setStatus: database.prepare<[CaseStatus, string, string, CaseStatus]>(
        'UPDATE cases SET status = ?, updated_at = ? WHERE reference = ? AND status = ?',
      ),
    };
    this.record = database.transaction((input: NewCase, at: string): CaseRecord => {
      const row = {
        type: input.type,
        priority: input.priority,
        channel: input.channel,
        conversation_id: input.conversationId,
        user_id: input.userId ?? null,
        details: JSON.stringify(input.details),
        at,
        next_steps: input.nextSteps ?? null,
      };
      const reference = this.insertWithNewReference(row, input.type);
      const record = toRecord(this.statements.byReference.get(reference)!);
      onRecorded?.(record);
      return record;
    });
  }

  private insertWithNewReference(row: Record<string, unknown>, type: NewCase['type']): string {
    for (let attempt = 1; ; attempt += 1) {
      const reference = issueCaseReference(this.prefix, type, this.random);
      try {
        this.statements.insert.run({ ...row, reference });
        return reference;
      } catch (error) {
        if (!isTaken(error) || attempt >= referenceAttempts) throw error;
      }
    }
  }

  async create(input: NewCase): Promise<CaseRecord> {
    return this.record(input, this.now().toISOString());
  }

  async find(reference: string): Promise<CaseRecord | undefined> {
    const canonical = normaliseCaseReference(reference, this.prefix);
    const row = canonical === undefined ? undefined : this.statements.byReference.get(canonical);
    return row ? toRecord(row) : undefined;
  }

  /** Moves a case on from `from` to `to`; false when the case is not (or no longer) in `from`. */
  transition(reference: string, from: CaseStatus, to: CaseStatus): boolean {
    return this.statements.setStatus.run(to, this.now().toISOString(), reference, from).changes === 1;
  }
}
