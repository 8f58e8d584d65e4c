import { sql, type Kysely, type Migration } from 'kysely';
import { epochMillis, lacksColumn, rowId, rowIdType } from './schema.js';
import type { SqlEngine } from './sqlDatabase.js';

/**
 * Secrets, cases, case checks and the CRM outbox (migrations 0100–0199). Each table has the
 * columns the better-sqlite3 store used to create, so an existing SQLite file is adopted; columns
 * an older file may lack are added.
 */
export function casesMigrations(engine: SqlEngine): Record<string, Migration> {
  const epochMs = epochMillis(engine);
  return {
    '0100-secrets': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('secrets')
          .ifNotExists()
          .addColumn('name', 'text', (column) => column.primaryKey())
          .addColumn('value', engine === 'postgres' ? 'bytea' : 'blob', (column) => column.notNull())
          .execute();
      },
    },
    '0101-cases': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('cases')
          .ifNotExists()
          .addColumn('seq', rowIdType(engine), rowId(engine))
          .addColumn('reference', 'text', (column) => column.unique())
          .addColumn('type', 'text', (column) => column.notNull().check(sql`type IN ('repair', 'damp-mould', 'missed-bin', 'callback')`))
          .addColumn('priority', 'text', (column) => column.notNull().check(sql`priority IN ('emergency', 'urgent', 'routine', 'normal')`))
          .addColumn('channel', 'text', (column) => column.notNull())
          .addColumn('conversation_id', 'text', (column) => column.notNull())
          .addColumn('user_id', 'text')
          .addColumn('details', 'text', (column) => column.notNull())
          .addColumn('status', 'text', (column) => column.notNull().check(sql`status IN ('received', 'sent-to-service', 'in-progress', 'closed')`))
          .addColumn('created_at', 'text', (column) => column.notNull())
          .addColumn('updated_at', 'text', (column) => column.notNull())
          .addColumn('next_steps', 'text')
          .execute();
        // Files from before cases recorded who raised them gain the column; their cases have no user.
        if (await lacksColumn(db, 'cases', 'user_id')) await db.schema.alterTable('cases').addColumn('user_id', 'text').execute();
        await db.schema.createIndex('cases_by_conversation').ifNotExists().on('cases').column('conversation_id').execute();
      },
    },
    '0102-case-numbers': {
      async up(db: Kysely<unknown>) {
        // Where case references' numbers come from (see SqlCaseSystem): a sequence, or on SQLite a counter row.
        if (engine === 'postgres') {
          await sql`CREATE SEQUENCE IF NOT EXISTS case_numbers`.execute(db);
          return;
        }
        await db.schema
          .createTable('counters')
          .ifNotExists()
          .addColumn('name', 'text', (column) => column.primaryKey())
          .addColumn('value', 'integer', (column) => column.notNull())
          .execute();
        await sql`INSERT INTO counters (name, value) VALUES ('case_numbers', 0) ON CONFLICT (name) DO NOTHING`.execute(db);
      },
    },
    '0103-case-check-failures': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('case_check_failures')
          .ifNotExists()
          .addColumn('reference', 'text', (column) => column.notNull())
          .addColumn('failed_at', 'text', (column) => column.notNull())
          .execute();
        await db.schema.createIndex('case_check_failures_by_reference').ifNotExists().on('case_check_failures').columns(['reference', 'failed_at']).execute();
      },
    },
    '0104-case-outbox': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('case_outbox')
          .ifNotExists()
          .addColumn('id', rowIdType(engine), rowId(engine))
          .addColumn('idempotency_key', 'text', (column) => column.notNull().unique())
          .addColumn('body', 'text', (column) => column.notNull())
          .addColumn('state', 'text', (column) => column.notNull().check(sql`state IN ('pending', 'delivered', 'dead')`))
          .addColumn('attempts', 'integer', (column) => column.notNull().defaultTo(0))
          .addColumn('next_attempt_at', epochMs, (column) => column.notNull())
          .addColumn('last_error', 'text')
          .addColumn('created_at', epochMs, (column) => column.notNull())
          .addColumn('finished_at', epochMs)
          .addColumn('requeued_at', epochMs)
          .execute();
        // Files from before staff could requeue: NULL = never requeued.
        if (await lacksColumn(db, 'case_outbox', 'requeued_at')) await db.schema.alterTable('case_outbox').addColumn('requeued_at', epochMs).execute();
        await db.schema.createIndex('case_outbox_due').ifNotExists().on('case_outbox').columns(['state', 'next_attempt_at']).execute();
      },
    },
    '0105-case-outbox-claims': {
      async up(db: Kysely<unknown>) {
        // Which dispatcher is delivering an item, and until when: past that, another may take it over.
        await db.schema.alterTable('case_outbox').addColumn('claimed_by', 'text').execute();
        await db.schema.alterTable('case_outbox').addColumn('claimed_until', epochMs).execute();
      },
    },
    '0106-case-source-message': {
      async up(db: Kysely<unknown>) {
        // The message whose turn raised the case: a turn run again after a crash finds its case (NULLs never clash).
        await db.schema.alterTable('cases').addColumn('source_message_id', 'text').execute();
        await db.schema.createIndex('cases_by_source_message').ifNotExists().unique().on('cases').columns(['conversation_id', 'source_message_id']).execute();
      },
    },
  };
}
