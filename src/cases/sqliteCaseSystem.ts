import type { CouncilProfile } from '../profile/councilProfile.js';
import type { SqliteDatabase } from '../storage/database.js';
import {
  formatCaseReference,
  normaliseCaseReference,
  type CaseRecord,
  type CaseStatus,
  type CaseSystem,
  type NewCase,
} from './caseSystem.js';

interface CaseRow {
  reference: string;
  type: CaseRecord['type'];
  priority: CaseRecord['priority'];
  channel: string;
  conversation_id: string;
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
}

const toRecord = (row: CaseRow): CaseRecord => ({
  reference: row.reference,
  type: row.type,
  priority: row.priority,
  channel: row.channel,
  conversationId: row.conversation_id,
  details: JSON.parse(row.details) as Record<string, unknown>,
  status: row.status,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  ...(row.next_steps === null ? {} : { nextSteps: row.next_steps }),
});

/**
 * Cases in SQLite. The reference is issued here from a local sequence, always, so a resident
 * gets one even when the council's CRM is down. AUTOINCREMENT never reuses a number.
 */
export class SqliteCaseSystem implements CaseSystem {
  private readonly prefix: string;
  private readonly now: () => Date;
  private readonly record: (input: NewCase, at: string) => CaseRecord;
  private readonly statements;

  constructor({ database, profile, now = () => new Date(), onRecorded }: SqliteCaseSystemOptions) {
    this.prefix = profile.council.referencePrefix;
    this.now = now;
    database.exec(`
      CREATE TABLE IF NOT EXISTS cases (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        reference TEXT UNIQUE,
        type TEXT NOT NULL CHECK (type IN ('repair', 'damp-mould', 'missed-bin', 'callback')),
        priority TEXT NOT NULL CHECK (priority IN ('emergency', 'urgent', 'routine', 'normal')),
        channel TEXT NOT NULL,
        conversation_id TEXT NOT NULL,
        details TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('received', 'sent-to-service', 'in-progress', 'closed')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        next_steps TEXT
      );
      CREATE INDEX IF NOT EXISTS cases_by_conversation ON cases (conversation_id);
    `);
    this.statements = {
      insert: database.prepare(
        `INSERT INTO cases (type, priority, channel, conversation_id, details, status, created_at, updated_at, next_steps)
         VALUES (@type, @priority, @channel, @conversation_id, @details, 'received', @at, @at, @next_steps)`,
      ),
      setReference: database.prepare<[string, number | bigint]>('UPDATE cases SET reference = ? WHERE seq = ?'),
      byReference: database.prepare<[string], CaseRow>('SELECT * FROM cases WHERE reference = ?'),
      setStatus: database.prepare<[CaseStatus, string, string, CaseStatus]>(
        'UPDATE cases SET status = ?, updated_at = ? WHERE reference = ? AND status = ?',
      ),
    };
    this.record = database.transaction((input: NewCase, at: string): CaseRecord => {
      const { lastInsertRowid } = this.statements.insert.run({
        type: input.type,
        priority: input.priority,
        channel: input.channel,
        conversation_id: input.conversationId,
        details: JSON.stringify(input.details),
        at,
        next_steps: input.nextSteps ?? null,
      });
      const reference = formatCaseReference(this.prefix, input.type, Number(lastInsertRowid));
      this.statements.setReference.run(reference, lastInsertRowid);
      const record = toRecord(this.statements.byReference.get(reference)!);
      onRecorded?.(record);
      return record;
    });
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
