import type { Transaction } from 'kysely';
import type { SqlDatabase } from './sql/sqlDatabase.js';
import type { Tables } from './sql/tables.js';

/** How long a row may wait, and how many may wait, before the batch is written. */
const delayMilliseconds = 50;
const maxRows = 200;

/** Writes some rows inside the batch's transaction. */
export type WriteRows<Row> = (transaction: Transaction<Tables>, rows: Row[]) => Promise<void>;

/**
 * Rows written together in one transaction shortly after the turn that made them, instead of one
 * statement (and one commit) each on the turn's path. Readers await `flush()` first, so this
 * process always reads what it wrote; a clean shutdown flushes; a crash loses at most the last
 * 50 ms of rows. Batches are written one after another, in the order their rows were added. Each
 * batch only inserts, so instances writing their own batches at once never conflict.
 */
export class WriteBatch<Row> {
  private rows: Row[] = [];
  private timer: NodeJS.Timeout | undefined;
  /** The batch being written, if any: the next waits for it. */
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly database: SqlDatabase,
    private readonly write: WriteRows<Row>,
    /** Hears a batch that could not be written (its rows are kept for the next try). */
    private readonly onError: (error: unknown) => void = (error) => process.emitWarning(error instanceof Error ? error : String(error)),
  ) {}

  add(row: Row): void {
    this.rows.push(row);
    if (this.rows.length >= maxRows) this.flushQuietly();
    else this.timer ??= setTimeout(() => this.flushQuietly(), delayMilliseconds).unref();
  }

  /** Writes every waiting row now (after the batch under way, if any); rejects when the database refuses them. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const written = this.writing.then(() => this.writeWaiting());
    this.writing = written.catch(() => undefined);
    return written;
  }

  private async writeWaiting(): Promise<void> {
    if (this.rows.length === 0) return;
    const rows = this.rows;
    this.rows = [];
    try {
      await this.database.db.transaction().execute(async (transaction) => {
        for (let start = 0; start < rows.length; start += maxRows) await this.write(transaction, rows.slice(start, start + maxRows));
      });
    } catch (error) {
      this.rows = [...rows, ...this.rows];
      throw error;
    }
  }

  private flushQuietly(): void {
    this.flush().catch((error: unknown) => this.onError(error));
  }
}
