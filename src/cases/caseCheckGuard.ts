import type { SqliteDatabase } from '../storage/database.js';

/**
 * Wrong postcodes or phone digits given for one case in the chat, counted across every
 * conversation. A limit per conversation slows nobody down (a new conversation is free), and
 * the last four digits of a phone number are only 10,000 guesses: after `maxFailures` wrong
 * answers within `windowHours` the case is shown on a second factor to nobody until the window
 * passes (the resident who raised it still sees it in their own conversation, and advisors can
 * look it up). A guesser gets a handful of tries a day.
 */
export interface CaseCheckGuard {
  /** True while the case may not be shown on a postcode or phone digits. */
  locked(reference: string): boolean;
  /** A wrong postcode or phone digits were given for this case. */
  failed(reference: string): void;
}

export interface SqliteCaseCheckGuardOptions {
  database: SqliteDatabase;
  now?: () => Date;
  maxFailures?: number;
  windowHours?: number;
}

/** The guard in SQLite, so a restart or a second instance does not hand out fresh guesses. */
export class SqliteCaseCheckGuard implements CaseCheckGuard {
  private readonly now: () => Date;
  private readonly maxFailures: number;
  private readonly windowMs: number;
  private readonly statements;

  constructor({ database, now = () => new Date(), maxFailures = 5, windowHours = 24 }: SqliteCaseCheckGuardOptions) {
    this.now = now;
    this.maxFailures = maxFailures;
    this.windowMs = windowHours * 60 * 60 * 1000;
    database.exec(`CREATE TABLE IF NOT EXISTS case_check_failures (
      reference TEXT NOT NULL,
      failed_at TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS case_check_failures_by_reference ON case_check_failures (reference, failed_at);`);
    this.statements = {
      count: database.prepare<[string, string], { failures: number }>('SELECT COUNT(*) AS failures FROM case_check_failures WHERE reference = ? AND failed_at > ?'),
      insert: database.prepare<[string, string]>('INSERT INTO case_check_failures (reference, failed_at) VALUES (?, ?)'),
      forgetBefore: database.prepare<[string]>('DELETE FROM case_check_failures WHERE failed_at <= ?'),
    };
  }

  locked(reference: string): boolean {
    return this.statements.count.get(reference, this.windowStart())!.failures >= this.maxFailures;
  }

  failed(reference: string): void {
    this.statements.forgetBefore.run(this.windowStart());
    this.statements.insert.run(reference, this.now().toISOString());
  }

  private windowStart(): string {
    return new Date(this.now().getTime() - this.windowMs).toISOString();
  }
}
