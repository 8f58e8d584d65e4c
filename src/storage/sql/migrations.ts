import { Migrator, sql, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
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
    ...handoffMigrations(engine),
  };
}

/** The handoff queue and its transcripts (the columns and indexes the SQLite hub created). */
function handoffMigrations(engine: SqlEngine): Record<string, Migration> {
  return {
    '0200-handoff-queue': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('handoff_entries')
          .ifNotExists()
          .addColumn('id', 'text', (column) => column.primaryKey())
          .addColumn('conversation_id', 'text', (column) => column.notNull())
          .addColumn('channel', 'text', (column) => column.notNull())
          .addColumn('reason', 'text', (column) => column.notNull())
          .addColumn('priority', 'text', (column) => column.notNull().check(sql`priority IN ('safeguarding', 'emergency', 'normal')`))
          .addColumn('topic', 'text', (column) => column.notNull())
          .addColumn('summary', 'text', (column) => column.notNull())
          .addColumn('sentiment', 'text', (column) => column.notNull())
          .addColumn('details', 'text', (column) => column.notNull())
          .addColumn('suggested_articles', 'text', (column) => column.notNull())
          .addColumn('status', 'text', (column) => column.notNull().check(sql`status IN ('waiting', 'active', 'completed')`))
          .addColumn('waiting_since', 'text', (column) => column.notNull())
          .addColumn('advisor', 'text')
          .addColumn('accepted_at', 'text')
          .addColumn('completed_at', 'text')
          .execute();
        // At most one open handoff per conversation: two instances queuing it at once insert one row.
        await db.schema
          .createIndex('handoff_entries_open')
          .ifNotExists()
          .unique()
          .on('handoff_entries')
          .column('conversation_id')
          .where(sql.ref('status'), '<>', 'completed')
          .execute();
        await db.schema.createIndex('handoff_entries_by_status').ifNotExists().on('handoff_entries').columns(['status', 'waiting_since']).execute();
        await db.schema
          .createTable('handoff_messages')
          .ifNotExists()
          .addColumn('seq', engine === 'sqlite' ? 'integer' : 'bigint', (column) =>
            engine === 'sqlite' ? column.primaryKey().autoIncrement() : column.primaryKey().generatedAlwaysAsIdentity(),
          )
          .addColumn('entry_id', 'text', (column) => column.notNull().references('handoff_entries.id'))
          .addColumn('sender', 'text', (column) => column.notNull().check(sql`sender IN ('resident', 'bot', 'advisor')`))
          .addColumn('text', 'text', (column) => column.notNull())
          .addColumn('at', 'text', (column) => column.notNull())
          .execute();
        await db.schema.createIndex('handoff_messages_by_entry').ifNotExists().on('handoff_messages').columns(['entry_id', 'seq']).execute();
      },
    },
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
