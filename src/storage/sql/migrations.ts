import { Migrator, sql, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import { casesMigrations } from './casesMigrations.js';
import { channelMigrations } from './channelMigrations.js';
import { handoffMigrations } from './handoffMigrations.js';
import { epochMillis, lacksColumn } from './schema.js';
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
    '0010-conversation-references': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('conversation_references')
          .ifNotExists()
          .addColumn('conversation_id', 'text', (column) => column.primaryKey())
          .addColumn('reference', 'text', (column) => column.notNull())
          .addColumn('updated_at', 'text', (column) => column.notNull())
          .execute();
      },
    },
    '0020-advisor-sessions': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('handoff_advisor_sessions')
          .ifNotExists()
          .addColumn('id_digest', 'text', (column) => column.primaryKey())
          .addColumn('advisor', 'text', (column) => column.notNull())
          .addColumn('csrf_token', 'text', (column) => column.notNull())
          .addColumn('expires_at', 'text', (column) => column.notNull())
          .execute();
      },
    },
    '0030-rate-counts': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('rate_counts')
          .addColumn('key_digest', 'text', (column) => column.primaryKey())
          .addColumn('count', 'integer', (column) => column.notNull())
          .addColumn('window_ends_at', epochMillis(engine), (column) => column.notNull())
          .execute();
        await db.schema.createIndex('rate_counts_window').on('rate_counts').column('window_ends_at').execute();
      },
    },
    '0400-voice-calls': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('voice_calls')
          .ifNotExists()
          .addColumn('conversation_id', 'text', (column) => column.primaryKey())
          .addColumn('question', 'text', (column) => column.notNull())
          .addColumn('choices', 'text', (column) => column.notNull())
          .addColumn('unheard', 'text', (column) => column.notNull())
          .addColumn('misses', 'integer', (column) => column.notNull())
          .addColumn('updated_at', epochMillis(engine), (column) => column.notNull())
          .addColumn('turns', 'integer', (column) => column.notNull().defaultTo(0))
          .addColumn('last_request', 'text', (column) => column.notNull().defaultTo(''))
          .addColumn('last_answer', 'text', (column) => column.notNull().defaultTo(''))
          .addColumn('last_turn', 'text', (column) => column.notNull().defaultTo(''))
          .execute();
        // A data folder from before replays were recognised has the table without the last four.
        await addMissingColumns(db, 'voice_calls', [
          ['turns', 'INTEGER NOT NULL DEFAULT 0'],
          ['last_request', "TEXT NOT NULL DEFAULT ''"],
          ['last_answer', "TEXT NOT NULL DEFAULT ''"],
          ['last_turn', "TEXT NOT NULL DEFAULT ''"],
        ]);
      },
    },
    '0401-voice-call-safety-line': {
      async up(db: Kysely<unknown>) {
        await db.schema.alterTable('voice_calls').addColumn('safety_line', 'text', (column) => column.notNull().defaultTo('')).execute();
      },
    },
    '0402-voice-call-transfer-unanswered': {
      async up(db: Kysely<unknown>) {
        await db.schema.alterTable('voice_calls').addColumn('transfer_unanswered', 'integer', (column) => column.notNull().defaultTo(0)).execute();
      },
    },
    // Secrets, cases and the CRM outbox: 0100-0199.
    ...casesMigrations(engine),
    // The handoff queue: 0200-0299.
    ...handoffMigrations(engine),
    // Channels and telemetry: 0300-0399.
    ...channelMigrations(engine),
  };
}

/**
 * Columns a store used to add to its own table on SQLite when it opened. Only an SQLite file
 * from before these migrations can lack them; a PostgreSQL database never had the old tables.
 */
async function addMissingColumns(db: Kysely<unknown>, table: string, columns: readonly [name: string, definition: string][]): Promise<void> {
  for (const [name, definition] of columns) {
    if (await lacksColumn(db, table, name)) await sql.raw(`ALTER TABLE ${table} ADD COLUMN ${name} ${definition}`).execute(db);
  }
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
