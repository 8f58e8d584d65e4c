import type { SqliteDatabase } from './database.js';

/** How long a row may wait, and how many may wait, before the batch is written. */
const delayMilliseconds = 50;
const maxRows = 200;

/**
 * Rows written together in one transaction shortly after the turn that made them, instead of one
 * statement (and one commit) each on the turn's path. Readers call `flush()` first, so this
 * process always reads what it wrote; a clean shutdown flushes; a crash loses at most the last
 * 50 ms of rows.
 */
export class WriteBatch<Row> {
  private rows: Row[] = [];
  private timer: NodeJS.Timeout | undefined;
  private readonly writeAll: (rows: Row[]) => void;

  constructor(
    database: SqliteDatabase,
    write: (row: Row) => void,
    /** Hears a batch that could not be written (its rows are kept for the next try). */
    private readonly onError: (error: unknown) => void = (error) => process.emitWarning(error instanceof Error ? error : String(error)),
  ) {
    this.writeAll = database.transaction((rows: Row[]) => rows.forEach(write));
  }

  add(row: Row): void {
    this.rows.push(row);
    if (this.rows.length >= maxRows) this.flush();
    else this.timer ??= setTimeout(() => this.flushQuietly(), delayMilliseconds).unref();
  }

  /** Writes every waiting row now; throws when the database refuses them. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.rows.length === 0) return;
    const rows = this.rows;
    this.rows = [];
    try {
      this.writeAll(rows);
    } catch (error) {
      this.rows = [...rows, ...this.rows];
      throw error;
    }
  }

  private flushQuietly(): void {
    try {
      this.flush();
    } catch (error) {
      this.onError(error);
    }
  }
}
