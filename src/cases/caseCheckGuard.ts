import type { SqlDatabase } from '../storage/sql/sqlDatabase.js';

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
  locked(reference: string): Promise<boolean>;
  /** A wrong postcode or phone digits were given for this case. */
  failed(reference: string): Promise<void>;
}

export interface SqlCaseCheckGuardOptions {
  database: SqlDatabase;
  now?: () => Date;
  maxFailures?: number;
  windowHours?: number;
}

/**
 * The guard in the app's database, so a restart or another instance does not hand out fresh
 * guesses. Each failure is its own row, so failures recorded on two instances at once are both
 * counted; nothing is read and written back.
 */
export class SqlCaseCheckGuard implements CaseCheckGuard {
  private readonly database: SqlDatabase;
  private readonly now: () => Date;
  private readonly maxFailures: number;
  private readonly windowMs: number;

  constructor({ database, now = () => new Date(), maxFailures = 5, windowHours = 24 }: SqlCaseCheckGuardOptions) {
    this.database = database;
    this.now = now;
    this.maxFailures = maxFailures;
    this.windowMs = windowHours * 60 * 60 * 1000;
  }

  async locked(reference: string): Promise<boolean> {
    const { failures } = await this.database.db
      .selectFrom('case_check_failures')
      .select((row) => row.fn.countAll<number>().as('failures'))
      .where('reference', '=', reference)
      .where('failed_at', '>', this.windowStart())
      .executeTakeFirstOrThrow();
    return Number(failures) >= this.maxFailures;
  }

  async failed(reference: string): Promise<void> {
    await this.database.db.deleteFrom('case_check_failures').where('failed_at', '<=', this.windowStart()).execute();
    await this.database.db.insertInto('case_check_failures').values({ reference, failed_at: this.now().toISOString() }).execute();
  }

  private windowStart(): string {
    return new Date(this.now().getTime() - this.windowMs).toISOString();
  }
}
