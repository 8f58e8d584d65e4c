import { sql, type Kysely, type Migration } from 'kysely';
import { lacksColumn, rowId, rowIdType } from './schema.js';
import type { SqlEngine } from './sqlDatabase.js';

/** The local Direct Line, offered choices, WhatsApp, telemetry events and transcripts (range 0300–0399). */
export function channelMigrations(engine: SqlEngine): Record<string, Migration> {
  const nowAsText =
    engine === 'postgres' ? sql`(to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))` : sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;
  return {
    '0300-direct-line': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('directline_conversations')
          .ifNotExists()
          .addColumn('id', 'text', (column) => column.primaryKey())
          .addColumn('user_id', 'text', (column) => column.notNull())
          .addColumn('started', 'integer', (column) => column.notNull().defaultTo(0))
          .addColumn('created_at', 'text', (column) => column.notNull().defaultTo(nowAsText))
          .addColumn('updated_at', 'text', (column) => column.notNull())
          .execute();
        // Files made before retention have no updated_at: every conversation's clock starts now
        // (created_at says nothing about the latest message, so it could delete one in use).
        if (engine === 'sqlite' && (await lacksColumn(db, 'directline_conversations', 'updated_at'))) {
          await sql`ALTER TABLE directline_conversations ADD COLUMN updated_at TEXT NOT NULL DEFAULT ''`.execute(db);
          await sql`UPDATE directline_conversations SET updated_at = ${new Date().toISOString()}`.execute(db);
        }
        await db.schema.createTable('directline_activities').ifNotExists().addColumn('seq', rowIdType(engine), rowId(engine))
          .addColumn('conversation_id', 'text', (column) => column.notNull())
          .addColumn('activity', 'text', (column) => column.notNull())
          .execute();
        await db.schema.createIndex('directline_activities_by_conversation').ifNotExists().on('directline_activities').columns(['conversation_id', 'seq']).execute();
      },
    },
    '0301-offered-choices': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('offered_choices')
          .ifNotExists()
          .addColumn('conversation_key', 'text', (column) => column.primaryKey())
          .addColumn('choices', 'text', (column) => column.notNull())
          .addColumn('offered_at', 'bigint', (column) => column.notNull())
          .execute();
      },
    },
    '0302-whatsapp': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('whatsapp_contacts')
          .ifNotExists()
          .addColumn('conversation_id', 'text', (column) => column.primaryKey())
          .addColumn('phone_number', 'text', (column) => column.notNull())
          .addColumn('last_inbound_at', 'bigint', (column) => column.notNull())
          .addColumn('template_sent_at', 'bigint')
          .addColumn('user_id', 'text')
          .execute();
        // Added with BSUIDs; a file made before keeps its rows (phone_number '' marks "no number").
        if (engine === 'sqlite' && (await lacksColumn(db, 'whatsapp_contacts', 'user_id'))) {
          await db.schema.alterTable('whatsapp_contacts').addColumn('user_id', 'text').execute();
        }
        await db.schema
          .createTable('whatsapp_inbound')
          .ifNotExists()
          .addColumn('message_id', 'text', (column) => column.primaryKey())
          .addColumn('received_at', 'bigint', (column) => column.notNull())
          .execute();
        await db.schema.createIndex('whatsapp_inbound_received').ifNotExists().on('whatsapp_inbound').column('received_at').execute();
        await db.schema
          .createTable('whatsapp_statuses')
          .ifNotExists()
          .addColumn('message_id', 'text', (column) => column.notNull())
          .addColumn('status', 'text', (column) => column.notNull())
          .addColumn('conversation_id', 'text')
          .addColumn('status_at', 'bigint', (column) => column.notNull())
          .addColumn('error_codes', 'text')
          .addColumn('recorded_at', 'bigint', (column) => column.notNull())
          .addPrimaryKeyConstraint('whatsapp_statuses_pkey', ['message_id', 'status'])
          .execute();
        await db.schema.createIndex('whatsapp_statuses_recorded').ifNotExists().on('whatsapp_statuses').column('recorded_at').execute();
        await db.schema
          .createTable('whatsapp_moved')
          .ifNotExists()
          .addColumn('conversation_key', 'text', (column) => column.primaryKey())
          .addColumn('conversation_id', 'text', (column) => column.notNull())
          .execute();
      },
    },
    '0303-telemetry-and-transcripts': {
      async up(db: Kysely<unknown>) {
        // INTEGER PRIMARY KEY without AUTOINCREMENT on SQLite, as the table was made.
        const events =
          engine === 'postgres'
            ? db.schema.createTable('telemetry_events').ifNotExists().addColumn('id', 'bigint', (column) => column.primaryKey().generatedAlwaysAsIdentity())
            : db.schema.createTable('telemetry_events').ifNotExists().addColumn('id', 'integer', (column) => column.primaryKey());
        await events
          .addColumn('at', 'text', (column) => column.notNull())
          .addColumn('kind', 'text', (column) => column.notNull())
          .addColumn('name', 'text', (column) => column.notNull())
          .addColumn('conversation_id', 'text')
          .addColumn('channel', 'text')
          .addColumn('properties', 'text', (column) => column.notNull())
          .addColumn('metrics', 'text', (column) => column.notNull())
          .execute();
        await db.schema.createIndex('telemetry_events_at').ifNotExists().on('telemetry_events').column('at').execute();
        await db.schema.createTable('transcript_activities').ifNotExists().addColumn('seq', rowIdType(engine), rowId(engine))
          .addColumn('channel_id', 'text', (column) => column.notNull())
          .addColumn('conversation_id', 'text', (column) => column.notNull())
          .addColumn('timestamp', 'text', (column) => column.notNull())
          .addColumn('activity', 'text', (column) => column.notNull())
          .execute();
        await db.schema.createIndex('transcript_by_conversation').ifNotExists().on('transcript_activities').columns(['channel_id', 'conversation_id', 'seq']).execute();
        await db.schema.createIndex('transcript_by_time').ifNotExists().on('transcript_activities').column('timestamp').execute();
      },
    },
    '0304-direct-line-retries': {
      async up(db: Kysely<unknown>) {
        // A client resends a message whose POST failed under the same clientActivityID: the log keeps
        // it once per conversation, and says whether its turn finished, so a resend runs it at most once.
        await db.schema.alterTable('directline_activities').addColumn('client_activity_id', 'text').execute();
        await db.schema.alterTable('directline_activities').addColumn('handled_at', 'text').execute();
        await db.schema.createIndex('directline_activities_by_client_id').unique().on('directline_activities').columns(['conversation_id', 'client_activity_id']).execute();
      },
    },
    '0305-direct-line-unfinished-turns': {
      async up(db: Kysely<unknown>) {
        // A resident's message whose instance died mid-turn is run by whichever instance the chat
        // polls next: when the message was logged for its turn (null for the bot's own and for
        // rows from before), and how many times another instance has taken it up since.
        await db.schema.alterTable('directline_activities').addColumn('turn_due_at', 'text').execute();
        await db.schema.alterTable('directline_activities').addColumn('turn_retries', 'integer', (column) => column.notNull().defaultTo(0)).execute();
      },
    },
    '0306-whatsapp-unfinished-turns': {
      async up(db: Kysely<unknown>) {
        // A message id was the whole record, taken before the turn ran: when the instance died mid-turn,
        // Meta's redelivery to another instance was dropped as a repeat and the message lost (PostgreSQL
        // trial 11). Now the message waits here, with its conversation, until its turn finishes. Rows
        // from before have no message and count as handled.
        await db.schema.alterTable('whatsapp_inbound').addColumn('conversation_id', 'text').execute();
        await db.schema.alterTable('whatsapp_inbound').addColumn('message', 'text').execute();
        await db.schema.alterTable('whatsapp_inbound').addColumn('handled_at', 'bigint').execute();
        await db.schema.alterTable('whatsapp_inbound').addColumn('turn_retries', 'integer', (column) => column.notNull().defaultTo(0)).execute();
        await db.schema.createIndex('whatsapp_inbound_unfinished').ifNotExists().on('whatsapp_inbound').columns(['handled_at', 'received_at']).execute();
      },
    },
    '0307-whatsapp-replies-sent': {
      async up(db: Kysely<unknown>) {
        // A turn run again after its instance died sent the resident its first replies a second time
        // (PostgreSQL trial 12, R1): what a message's turn has sent is kept with it until it finishes.
        await db.schema.alterTable('whatsapp_inbound').addColumn('replies_sent', 'text').execute();
      },
    },
    '0308-whatsapp-late-replies': {
      async up(db: Kysely<unknown>) {
        // Replies the Graph API did not take at once were retried from the instance's memory only: one restarted or killed
        // while Meta was failing lost them, carbon monoxide advice included (operations trial 28, OPS28-01).
        await db.schema
          .createTable('whatsapp_late_replies')
          .ifNotExists()
          .addColumn('id', rowIdType(engine), rowId(engine))
          .addColumn('message_id', 'text', (column) => column.notNull())
          .addColumn('conversation_id', 'text', (column) => column.notNull())
          .addColumn('contact', 'text', (column) => column.notNull())
          .addColumn('body', 'text', (column) => column.notNull())
          .addColumn('created_at', 'bigint', (column) => column.notNull())
          .addColumn('claimed_until', 'bigint', (column) => column.notNull())
          .addColumn('claimed_by', 'text', (column) => column.notNull())
          .execute();
        await db.schema.createIndex('whatsapp_late_replies_due').ifNotExists().on('whatsapp_late_replies').columns(['claimed_until']).execute();
      },
    },
  };
}
