import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import type { SqlEngine } from './sqlDatabase.js';

/**
 * The few column shapes the two engines spell differently, for the migrations. Milliseconds since
 * the epoch pass 32 bits: BIGINT on PostgreSQL (SQLite's INTEGER holds 64 already).
 */
export const epochMillis = (engine: SqlEngine): 'bigint' | 'integer' => (engine === 'postgres' ? 'bigint' : 'integer');

/** The type of an ascending row id that says in which order rows were written. */
export const rowIdType = epochMillis;

/** Its definition: AUTOINCREMENT on SQLite (as the tables these adopt were made), an identity column on PostgreSQL. */
export const rowId =
  (engine: SqlEngine) =>
  (column: ColumnDefinitionBuilder): ColumnDefinitionBuilder =>
    engine === 'postgres' ? column.primaryKey().generatedAlwaysAsIdentity() : column.primaryKey().autoIncrement();

/** True when `table` exists and lacks `column`: a SQLite file from before the column was added. */
export async function lacksColumn(db: Kysely<unknown>, table: string, column: string): Promise<boolean> {
  const found = (await db.introspection.getTables()).find((candidate) => candidate.name === table);
  return found !== undefined && !found.columns.some((candidate) => candidate.name === column);
}
