import { Migrator, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import { channelMigrations } from './channelMigrations.js';
import type { SqlDatabase, SqlEngine } from './sqlDatabase.js';

/**
 * Versioned schema changes, applied in name order and recorded in `kysely_migration`. Tables
 * made by an earlier version of the product (each store used to create its own) are created
 * `ifNotExists`, so an existing SQLite file is adopted as it is. Never edit a migration that has
 * shipped: add the next one.
 */
export function migrations(engine: SqlEngine): Record<string, Migration> {
  return {
    '0001-bot-state': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('bot_state')
          .ifNotExists()
          .addColumn('key', 'text', (column) => column.primaryKey())
          .addColumn('document', 'text', (column) => column.notNull())
          .addColumn('etag', 'integer', (column) => column.notNull())
          .addColumn('updated_at', 'text', (column) => column.notNull())
          .execute();
      },
    },
    ...channelMigrations(engine),
  };
}

export class MigrationError extends Error {}

/**
 * Brings the schema up to date. Kysely's migrator holds a lock while it runs (an advisory lock
 * on PostgreSQL, a lock row on SQLite), so instances starting together apply each migration once
 * and the later ones wait, then find nothing to do.
 */
export async function migrate(database: SqlDatabase): Promise<MigrationResultSet['results']> {
  const migrator = new Migrator({
    db: database.db,
    provider: { getMigrations: async () => migrations(database.engine) },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'the migration table';
    throw new MigrationError(`Migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return results ?? [];
}
