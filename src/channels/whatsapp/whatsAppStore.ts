import { conversationIdsJson, type IdleConversationData, type OpenConversation } from '../../storage/conversationRetention.js';
import type { SqliteDatabase } from '../../storage/database.js';
import type { MessageStatus } from './webhookPayload.js';

/**
 * Where a resident's replies go. Needed to reply, and only for that: never logged, never copied
 * into activities. A user who has a WhatsApp username may come with no number, only the
 * business-scoped user id (BSUID) Meta sends; replies then go to that id.
 */
export interface WhatsAppAddress {
  phoneNumber?: string;
  userId?: string;
}

export interface WhatsAppContact extends WhatsAppAddress {
  /** Epoch ms of the resident's latest message: the 24-hour window runs from here. */
  lastInboundAt: number;
  /** Epoch ms of the last template sent because the window had closed, if any. */
  templateSentAt: number | undefined;
}

/**
 * How long a message id is remembered to recognise Meta's webhook retries. Meta retries an
 * unacknowledged webhook for a limited time (documented variously as about a day and up to
 * 7 days), so a week covers every retry without keeping ids for longer than that.
 */
export const redeliveryWindowDays = 7;

/** The WhatsApp channel's durable state: who to reply to, which messages were seen, delivery statuses. */
export class WhatsAppStore implements IdleConversationData {
  constructor(private readonly database: SqliteDatabase) {
    database.exec(`
      CREATE TABLE IF NOT EXISTS whatsapp_contacts (
        conversation_id TEXT PRIMARY KEY,
        phone_number TEXT NOT NULL,
        last_inbound_at INTEGER NOT NULL,
        template_sent_at INTEGER
      );
      CREATE TABLE IF NOT EXISTS whatsapp_inbound (
        message_id TEXT PRIMARY KEY,
        received_at INTEGER NOT NULL
      );
      CREATE INDEX IF NOT EXISTS whatsapp_inbound_received ON whatsapp_inbound (received_at);
      CREATE TABLE IF NOT EXISTS whatsapp_statuses (
        message_id TEXT NOT NULL,
        status TEXT NOT NULL,
        conversation_id TEXT,
        status_at INTEGER NOT NULL,
        error_codes TEXT,
        recorded_at INTEGER NOT NULL,
        PRIMARY KEY (message_id, status)
      );
      CREATE INDEX IF NOT EXISTS whatsapp_statuses_recorded ON whatsapp_statuses (recorded_at);
      CREATE TABLE IF NOT EXISTS whatsapp_moved (
        conversation_key TEXT PRIMARY KEY,
        conversation_id TEXT NOT NULL
      );
    `);
    // Added with BSUIDs; a database made before keeps its rows (phone_number '' marks "no number").
    const columns = database.prepare<[], { name: string }>('PRAGMA table_info(whatsapp_contacts)').all();
    if (!columns.some((column) => column.name === 'user_id')) database.exec('ALTER TABLE whatsapp_contacts ADD COLUMN user_id TEXT');
  }

  /**
   * The conversation a key now belongs to: a new number after `user_changed_number`, or a BSUID
   * first seen beside a number, leads to the conversation that number started.
   */
  movedTo(conversationKey: string): string | undefined {
    return this.database
      .prepare<[string], { conversation_id: string }>('SELECT conversation_id FROM whatsapp_moved WHERE conversation_key = ?')
      .get(conversationKey)?.conversation_id;
  }

  /** From now on `conversationKey` (the hash of another number or id) finds `conversationId`. */
  move(conversationKey: string, conversationId: string): void {
    if (conversationKey === conversationId) return;
    this.database
      .prepare('INSERT INTO whatsapp_moved (conversation_key, conversation_id) VALUES (?, ?) ON CONFLICT (conversation_key) DO UPDATE SET conversation_id = excluded.conversation_id')
      .run(conversationKey, conversationId);
  }

  /** True the first time a message id is seen; Meta redelivers a webhook it thinks was not received. */
  firstDelivery(messageId: string, now: number): boolean {
    return this.database.prepare('INSERT OR IGNORE INTO whatsapp_inbound (message_id, received_at) VALUES (?, ?)').run(messageId, now).changes === 1;
  }

  /** Remembers where to reply and when the resident last wrote (later messages only move it forward; a number or id once known is kept). */
  rememberContact(conversationId: string, address: WhatsAppAddress, inboundAt: number): void {
    this.database
      .prepare(
        `INSERT INTO whatsapp_contacts (conversation_id, phone_number, user_id, last_inbound_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (conversation_id) DO UPDATE SET
           phone_number = CASE excluded.phone_number WHEN '' THEN phone_number ELSE excluded.phone_number END,
           user_id = COALESCE(excluded.user_id, user_id),
           last_inbound_at = MAX(last_inbound_at, excluded.last_inbound_at)`,
      )
      .run(conversationId, address.phoneNumber ?? '', address.userId ?? null, inboundAt);
  }

  /** The resident changed number (`user_changed_number`): replies go to the new one. */
  changeNumber(conversationId: string, phoneNumber: string): void {
    this.database.prepare('UPDATE whatsapp_contacts SET phone_number = ? WHERE conversation_id = ?').run(phoneNumber, conversationId);
  }

  contact(conversationId: string): WhatsAppContact | undefined {
    const row = this.database
      .prepare<[string], { phone_number: string; user_id: string | null; last_inbound_at: number; template_sent_at: number | null }>(
        'SELECT phone_number, user_id, last_inbound_at, template_sent_at FROM whatsapp_contacts WHERE conversation_id = ?',
      )
      .get(conversationId);
    return (
      row && {
        ...(row.phone_number && { phoneNumber: row.phone_number }),
        ...(row.user_id && { userId: row.user_id }),
        lastInboundAt: row.last_inbound_at,
        templateSentAt: row.template_sent_at ?? undefined,
      }
    );
  }

  templateSent(conversationId: string, at: number): void {
    this.database.prepare('UPDATE whatsapp_contacts SET template_sent_at = ? WHERE conversation_id = ?').run(at, conversationId);
  }

  /** Records a delivery status (sent, delivered, read, failed) of a message we sent; repeats are ignored. */
  recordStatus(status: MessageStatus, conversationId: string | undefined, now: number): void {
    this.database
      .prepare(
        `INSERT OR IGNORE INTO whatsapp_statuses (message_id, status, conversation_id, status_at, error_codes, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(
        status.id,
        status.status,
        conversationId ?? null,
        Number(status.timestamp) * 1000,
        status.errors ? JSON.stringify(status.errors.map((error) => error.code)) : null,
        now,
      );
  }

  statusesOf(messageId: string): { status: string; conversationId: string | null; errorCodes: number[] }[] {
    return this.database
      .prepare<[string], { status: string; conversation_id: string | null; error_codes: string | null }>(
        'SELECT status, conversation_id, error_codes FROM whatsapp_statuses WHERE message_id = ? ORDER BY status_at, recorded_at',
      )
      .all(messageId)
      .map((row) => ({ status: row.status, conversationId: row.conversation_id, errorCodes: row.error_codes ? (JSON.parse(row.error_codes) as number[]) : [] }));
  }

  /**
   * Retention: the numbers of residents who have not written since `cutoff` (the conversation's
   * state goes at the same time, so nothing is left to reply to) and delivery statuses recorded
   * before it, except for open conversations.
   */
  async deleteIdleSince(cutoff: Date, open: readonly OpenConversation[]): Promise<number> {
    const openIds = conversationIdsJson(open);
    const contacts = this.database
      .prepare('DELETE FROM whatsapp_contacts WHERE last_inbound_at < ? AND conversation_id NOT IN (SELECT value FROM json_each(?))')
      .run(cutoff.getTime(), openIds).changes;
    const statuses = this.database
      .prepare(
        `DELETE FROM whatsapp_statuses WHERE recorded_at < ?
           AND (conversation_id IS NULL OR conversation_id NOT IN (SELECT value FROM json_each(?)))`,
      )
      .run(cutoff.getTime(), openIds).changes;
    // A moved number or id leads nowhere once its conversation's contact is gone.
    const moved = this.database.prepare('DELETE FROM whatsapp_moved WHERE conversation_id NOT IN (SELECT conversation_id FROM whatsapp_contacts)').run().changes;
    return contacts + statuses + moved;
  }

  /** Forgets message ids first seen before `cutoff`: Meta no longer retries them (see redeliveryWindowDays). */
  forgetMessageIdsBefore(cutoff: Date): number {
    return this.database.prepare('DELETE FROM whatsapp_inbound WHERE received_at < ?').run(cutoff.getTime()).changes;
  }
}
