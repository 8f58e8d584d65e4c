import { sql } from 'kysely';
import type { IdleConversationData, OpenConversation } from '../../storage/conversationRetention.js';
import type { SqlDatabase } from '../../storage/sql/sqlDatabase.js';
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

/** A reply to send, and where to. */
export interface LateReply {
  contact: WhatsAppAddress;
  body: object;
}

/** A message's kept replies taken by one instance to send, in order. */
export interface ClaimedLateReplies {
  messageId: string;
  conversationId: string;
  /** Epoch ms the first was kept. */
  keptAt: number;
  replies: (LateReply & { id: number })[];
}

/**
 * How long a message id is remembered to recognise Meta's webhook retries. Meta retries an
 * unacknowledged webhook for a limited time (documented variously as about a day and up to
 * 7 days), so a week covers every retry without keeping ids for longer than that.
 */
export const redeliveryWindowDays = 7;

/** How many times other instances run one unfinished message before giving up: one that kills every instance it reaches must not go round them for ever. */
export const maxTurnRetries = 3;

/**
 * The WhatsApp channel's durable state, in the database every instance shares: who to reply to,
 * which messages were seen, delivery statuses. Meta may deliver a webhook (or its retry) to any
 * instance: a message id is taken by one atomic insert-if-absent on its primary key, so exactly
 * one instance sees its first delivery, and the message is kept until its turn has finished, so
 * another instance can run it if that one dies. Contacts and moves are upserts, statuses insert-if-absent.
 */
export class WhatsAppStore implements IdleConversationData {
  constructor(private readonly database: SqlDatabase) {}

  /**
   * The conversation a key now belongs to: a new number after `user_changed_number`, or a BSUID
   * first seen beside a number, leads to the conversation that number started.
   */
  async movedTo(conversationKey: string): Promise<string | undefined> {
    const row = await this.database.db.selectFrom('whatsapp_moved').select('conversation_id').where('conversation_key', '=', conversationKey).executeTakeFirst();
    return row?.conversation_id;
  }

  /** From now on `conversationKey` (the hash of another number or id) finds `conversationId`. */
  async move(conversationKey: string, conversationId: string): Promise<void> {
    if (conversationKey === conversationId) return;
    await this.database.db
      .insertInto('whatsapp_moved')
      .values({ conversation_key: conversationKey, conversation_id: conversationId })
      .onConflict((conflict) => conflict.column('conversation_key').doUpdateSet({ conversation_id: conversationId }))
      .execute();
  }

  /**
   * Takes a delivered message id: true when this instance should run its turn. The first delivery,
   * on any instance, is taken by one atomic insert-if-absent; with a `turn` the message is kept
   * until `markHandled`. A redelivery is dropped, unless its turn never finished (the instance
   * running it died, so Meta, having had no 200, sent it again): then it is run again, at most
   * `maxRetries` times. If the first instance is only slow, the turn's own `isHandled` check,
   * under the conversation's lock, makes the second run do nothing.
   */
  async takeDelivery(messageId: string, now: number, turn?: { conversationId: string; message: unknown }, maxRetries = maxTurnRetries): Promise<boolean> {
    const result = await this.database.db
      .insertInto('whatsapp_inbound')
      .values({
        message_id: messageId,
        received_at: now,
        ...(turn ? { conversation_id: turn.conversationId, message: JSON.stringify(turn.message) } : { handled_at: now }),
      })
      .onConflict((conflict) => conflict.column('message_id').doNothing())
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0) === 1) return true;
    return turn !== undefined && (await this.takeUpTurn(messageId, maxRetries));
  }

  /**
   * Messages whose turn was due before `dueBefore` and never finished: left by an instance that
   * died after acknowledging the webhook, so Meta will not send them again. Oldest first.
   * `overtaken`: a later message of the conversation has been answered since, so run now it would
   * answer a question asked after it; only a safety concern in it still needs its turn.
   */
  async unfinishedTurns(dueBefore: number, maxRetries = maxTurnRetries): Promise<{ messageId: string; conversationId: string; message: unknown; overtaken: boolean; receivedAt: number }[]> {
    const rows = await this.database.db
      .selectFrom('whatsapp_inbound')
      .select(['message_id', 'conversation_id', 'message', 'received_at'])
      .select(({ exists, selectFrom }) =>
        exists(
          selectFrom('whatsapp_inbound as later')
            .select('later.message_id')
            .whereRef('later.conversation_id', '=', 'whatsapp_inbound.conversation_id')
            .whereRef('later.received_at', '>', 'whatsapp_inbound.received_at')
            .where('later.handled_at', 'is not', null),
        ).as('overtaken'),
      )
      .where('handled_at', 'is', null)
      .where('message', 'is not', null)
      .where('received_at', '<', dueBefore)
      .where('turn_retries', '<', maxRetries)
      .orderBy('received_at')
      .limit(100)
      .execute();
    return rows.map((row) => ({ messageId: row.message_id, conversationId: row.conversation_id ?? '', message: JSON.parse(row.message ?? 'null') as unknown, overtaken: Boolean(row.overtaken), receivedAt: Number(row.received_at) }));
  }

  /** Counts one more run of an unfinished turn; false when another instance took the last one, or it has finished. */
  async takeUpTurn(messageId: string, maxRetries = maxTurnRetries): Promise<boolean> {
    const result = await this.database.db
      .updateTable('whatsapp_inbound')
      .set((expression) => ({ turn_retries: expression('turn_retries', '+', 1) }))
      .where('message_id', '=', messageId)
      .where('handled_at', 'is', null)
      .where('message', 'is not', null)
      .where('turn_retries', '<', maxRetries)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  }

  /** True once the message's turn has finished, on any instance (or it never had one). */
  async isHandled(messageId: string): Promise<boolean> {
    const row = await this.database.db.selectFrom('whatsapp_inbound').select('handled_at').where('message_id', '=', messageId).executeTakeFirst();
    return row?.handled_at != null;
  }

  /** The message's turn has finished (or will not be run): its id stays, for redeliveries; its text and replies go. */
  async markHandled(messageId: string, now: number): Promise<void> {
    await this.database.db.updateTable('whatsapp_inbound').set({ handled_at: now, message: null, replies_sent: null }).where('message_id', '=', messageId).execute();
  }

  /**
   * Keeps a turn's replies the Graph API did not take at once, in order, held by `claimedBy` until `claimedUntil`: the instance
   * that made them sends them and forgets each (`sentLateReply`); if it dies or gives up for now, any instance takes them
   * (`claimLateReplies`) once the hold is over. Their ids, in the replies' order.
   */
  async keepLateReplies(messageId: string, conversationId: string, replies: readonly LateReply[], now: number, claimedUntil: number, claimedBy: string): Promise<number[]> {
    const ids: number[] = [];
    for (const { contact, body } of replies) {
      const row = await this.database.db
        .insertInto('whatsapp_late_replies')
        .values({ message_id: messageId, conversation_id: conversationId, contact: JSON.stringify(contact), body: JSON.stringify(body), created_at: now, claimed_until: claimedUntil, claimed_by: claimedBy })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.push(Number(row.id));
    }
    return ids;
  }

  /** A kept reply the Graph API took, or refused as wrong: forgotten. */
  async forgetLateReply(id: number): Promise<void> {
    await this.database.db.deleteFrom('whatsapp_late_replies').where('id', '=', id).execute();
  }

  /** A message's kept replies left for any instance to try again from `from` (epoch ms). */
  async releaseLateReplies(messageId: string, from: number): Promise<void> {
    await this.database.db.updateTable('whatsapp_late_replies').set({ claimed_until: from }).where('message_id', '=', messageId).execute();
  }

  /**
   * Takes the kept replies nobody holds (their hold is over), a message's together and in order, holding them for `claimedBy`
   * until `claimedUntil`: one conditional update a message, so of two instances looking at once one gets them.
   */
  async claimLateReplies(now: number, claimedUntil: number, claimedBy: string, messagesAtMost = 20): Promise<ClaimedLateReplies[]> {
    const due = await this.database.db
      .selectFrom('whatsapp_late_replies')
      .select('message_id')
      .distinct()
      .where('claimed_until', '<=', now)
      .limit(messagesAtMost)
      .execute();
    const claimed: ClaimedLateReplies[] = [];
    for (const { message_id: messageId } of due) {
      const taken = await this.database.db
        .updateTable('whatsapp_late_replies')
        .set({ claimed_until: claimedUntil, claimed_by: claimedBy })
        .where('message_id', '=', messageId)
        .where('claimed_until', '<=', now)
        .executeTakeFirst();
      if (Number(taken.numUpdatedRows) === 0) continue;
      const rows = await this.database.db
        .selectFrom('whatsapp_late_replies')
        .selectAll()
        .where('message_id', '=', messageId)
        .where('claimed_by', '=', claimedBy)
        .orderBy('id')
        .execute();
      if (rows.length === 0) continue;
      claimed.push({
        messageId,
        conversationId: rows[0]!.conversation_id,
        keptAt: Math.min(...rows.map((row) => Number(row.created_at))),
        replies: rows.map((row) => ({ id: Number(row.id), contact: JSON.parse(row.contact) as WhatsAppAddress, body: JSON.parse(row.body) as object })),
      });
    }
    return claimed;
  }

  /** A message's kept replies `claimedBy` is posting, held until `until`: renewed while it tries, so another takes them only once it has gone. */
  async holdLateReplies(messageId: string, claimedBy: string, until: number): Promise<void> {
    await this.database.db.updateTable('whatsapp_late_replies').set({ claimed_until: until }).where('message_id', '=', messageId).where('claimed_by', '=', claimedBy).execute();
  }

  /** A message's kept replies given up: forgotten. */
  async forgetLateReplies(messageId: string): Promise<void> {
    await this.database.db.deleteFrom('whatsapp_late_replies').where('message_id', '=', messageId).execute();
  }

  /** How many replies are kept waiting for the Graph API to take them, on every instance (`/metrics`). */
  async lateRepliesWaiting(): Promise<number> {
    const row = await this.database.db.selectFrom('whatsapp_late_replies').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** The keys of the replies the message's turn has sent, on any instance, while it has not finished. */
  async repliesSent(messageId: string): Promise<string[]> {
    const row = await this.database.db.selectFrom('whatsapp_inbound').select('replies_sent').where('message_id', '=', messageId).executeTakeFirst();
    return row?.replies_sent ? (JSON.parse(row.replies_sent) as string[]) : [];
  }

  /** Records every reply the message's turn has sent so far (only the turn holding the conversation's lock writes it). */
  async recordRepliesSent(messageId: string, keys: readonly string[]): Promise<void> {
    await this.database.db.updateTable('whatsapp_inbound').set({ replies_sent: JSON.stringify(keys) }).where('message_id', '=', messageId).where('handled_at', 'is', null).execute();
  }

  /** Remembers where to reply and when the resident last wrote (later messages only move it forward; a number or id once known is kept). */
  async rememberContact(conversationId: string, address: WhatsAppAddress, inboundAt: number): Promise<void> {
    const later = this.database.engine === 'postgres' ? sql<number>`GREATEST` : sql<number>`MAX`;
    await this.database.db
      .insertInto('whatsapp_contacts')
      .values({ conversation_id: conversationId, phone_number: address.phoneNumber ?? '', user_id: address.userId ?? null, last_inbound_at: inboundAt })
      .onConflict((conflict) =>
        conflict.column('conversation_id').doUpdateSet({
          phone_number: sql`CASE excluded.phone_number WHEN '' THEN whatsapp_contacts.phone_number ELSE excluded.phone_number END`,
          user_id: sql`COALESCE(excluded.user_id, whatsapp_contacts.user_id)`,
          last_inbound_at: sql`${later}(whatsapp_contacts.last_inbound_at, excluded.last_inbound_at)`,
        }),
      )
      .execute();
  }

  /** The resident changed number (`user_changed_number`): replies go to the new one. */
  async changeNumber(conversationId: string, phoneNumber: string): Promise<void> {
    await this.database.db.updateTable('whatsapp_contacts').set({ phone_number: phoneNumber }).where('conversation_id', '=', conversationId).execute();
  }

  async contact(conversationId: string): Promise<WhatsAppContact | undefined> {
    const row = await this.database.db
      .selectFrom('whatsapp_contacts')
      .select(['phone_number', 'user_id', 'last_inbound_at', 'template_sent_at'])
      .where('conversation_id', '=', conversationId)
      .executeTakeFirst();
    return (
      row && {
        ...(row.phone_number && { phoneNumber: row.phone_number }),
        ...(row.user_id && { userId: row.user_id }),
        lastInboundAt: Number(row.last_inbound_at),
        templateSentAt: row.template_sent_at === null ? undefined : Number(row.template_sent_at),
      }
    );
  }

  async templateSent(conversationId: string, at: number): Promise<void> {
    await this.database.db.updateTable('whatsapp_contacts').set({ template_sent_at: at }).where('conversation_id', '=', conversationId).execute();
  }

  /** Records a delivery status (sent, delivered, read, failed) of a message we sent; repeats are ignored. */
  async recordStatus(status: MessageStatus, conversationId: string | undefined, now: number): Promise<void> {
    await this.database.db
      .insertInto('whatsapp_statuses')
      .values({
        message_id: status.id,
        status: status.status,
        conversation_id: conversationId ?? null,
        status_at: Number(status.timestamp) * 1000,
        error_codes: status.errors ? JSON.stringify(status.errors.map((error) => error.code)) : null,
        recorded_at: now,
      })
      .onConflict((conflict) => conflict.columns(['message_id', 'status']).doNothing())
      .execute();
  }

  async statusesOf(messageId: string): Promise<{ status: string; conversationId: string | null; errorCodes: number[] }[]> {
    const rows = await this.database.db
      .selectFrom('whatsapp_statuses')
      .select(['status', 'conversation_id', 'error_codes'])
      .where('message_id', '=', messageId)
      .orderBy('status_at')
      .orderBy('recorded_at')
      .execute();
    return rows.map((row) => ({ status: row.status, conversationId: row.conversation_id, errorCodes: row.error_codes ? (JSON.parse(row.error_codes) as number[]) : [] }));
  }

  /**
   * Retention: the numbers of residents who have not written since `cutoff` (the conversation's
   * state goes at the same time, so nothing is left to reply to) and delivery statuses recorded
   * before it, except for open conversations.
   */
  async deleteIdleSince(cutoff: Date, open: readonly OpenConversation[]): Promise<number> {
    const openIds = open.map((conversation) => conversation.conversationId);
    return this.database.db.transaction().execute(async (transaction) => {
      let contacts = transaction.deleteFrom('whatsapp_contacts').where('last_inbound_at', '<', cutoff.getTime());
      if (openIds.length > 0) contacts = contacts.where('conversation_id', 'not in', openIds);
      let statuses = transaction.deleteFrom('whatsapp_statuses').where('recorded_at', '<', cutoff.getTime());
      if (openIds.length > 0) statuses = statuses.where((row) => row.or([row('conversation_id', 'is', null), row('conversation_id', 'not in', openIds)]));
      const deleted = [await contacts.executeTakeFirst(), await statuses.executeTakeFirst()];
      // A moved number or id leads nowhere once its conversation's contact is gone.
      const moved = await transaction
        .deleteFrom('whatsapp_moved')
        .where('conversation_id', 'not in', transaction.selectFrom('whatsapp_contacts').select('conversation_id'))
        .executeTakeFirst();
      return [...deleted, moved].reduce((sum, result) => sum + Number(result.numDeletedRows), 0);
    });
  }

  /** Forgets message ids first seen before `cutoff`: Meta no longer retries them (see redeliveryWindowDays). */
  async forgetMessageIdsBefore(cutoff: Date): Promise<number> {
    return Number((await this.database.db.deleteFrom('whatsapp_inbound').where('received_at', '<', cutoff.getTime()).executeTakeFirst()).numDeletedRows);
  }
}
