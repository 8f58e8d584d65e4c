import { sql, type Kysely, type Migration } from 'kysely';
import { rowId, rowIdType } from './schema.js';
import type { SqlEngine } from './sqlDatabase.js';

/** The handoff queue and its transcripts (the columns and indexes the SQLite hub created). */
export function handoffMigrations(engine: SqlEngine): Record<string, Migration> {
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
          .addColumn('seq', rowIdType(engine), rowId(engine))
          .addColumn('entry_id', 'text', (column) => column.notNull().references('handoff_entries.id'))
          .addColumn('sender', 'text', (column) => column.notNull().check(sql`sender IN ('resident', 'bot', 'advisor')`))
          .addColumn('text', 'text', (column) => column.notNull())
          .addColumn('at', 'text', (column) => column.notNull())
          .execute();
        await db.schema.createIndex('handoff_messages_by_entry').ifNotExists().on('handoff_messages').columns(['entry_id', 'seq']).execute();
      },
    },
    '0201-advisor-reply-keys': {
      async up(db: Kysely<unknown>) {
        // One row per reply the console sent with its key: a resend of the same reply is recognised, whichever instance gets it.
        await db.schema
          .createTable('handoff_reply_keys')
          .ifNotExists()
          .addColumn('entry_id', 'text', (column) => column.notNull().references('handoff_entries.id'))
          .addColumn('reply_key', 'text', (column) => column.notNull())
          .addColumn('text', 'text', (column) => column.notNull())
          .addColumn('sent_at', 'text')
          .addPrimaryKeyConstraint('handoff_reply_keys_pk', ['entry_id', 'reply_key'])
          .execute();
      },
    },
    '0202-reply-key-claimed-at': {
      async up(db: Kysely<unknown>) {
        // When an instance claimed the reply: a claim whose instance died mid-delivery runs out (null, from before, counts as long ago).
        await db.schema.alterTable('handoff_reply_keys').addColumn('claimed_at', 'text').execute();
      },
    },
    '0203-handoff-started-by': {
      async up(db: Kysely<unknown>) {
        // The message whose turn queued the handoff: run again after its instance died, it is not relayed as a new message.
        await db.schema.alterTable('handoff_entries').addColumn('started_by', 'text').execute();
      },
    },
  };
}
