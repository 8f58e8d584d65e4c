import { sql, type Kysely, type Transaction } from 'kysely';
import { z } from 'zod';
import type { ListenForNotifications } from '../storage/sql/notifications.js';
import type { Tables } from '../storage/sql/tables.js';
import type { HandoffEntry, HandoffEvent } from './handoffHub.js';

/**
 * What changed, as told between instances: the kind and the conversation, never any text (a
 * NOTIFY payload is visible to every session on the database and ends up in server logs).
 */
const handoffSignal = z.discriminatedUnion('kind', [
  /** `conversationId` when the conversation has just been queued. */
  z.object({ kind: z.literal('queue'), conversationId: z.string().optional() }),
  z.object({ kind: z.enum(['status', 'message']), conversationId: z.string() }),
]);
export type HandoffSignal = z.infer<typeof handoffSignal>;

/** Sent in the writer's transaction, so PostgreSQL delivers it only if the change commits. */
export async function notifyHandoffChange(transaction: Transaction<Tables>, channel: string, signal: HandoffSignal): Promise<void> {
  await sql`SELECT pg_notify(${channel}, ${JSON.stringify(signal)})`.execute(transaction);
}

export interface HandoffEventRelayOptions {
  db: Kysely<Tables>;
  channel: string;
  listen: ListenForNotifications;
  emit: (event: HandoffEvent) => void;
  /** The conversation's open handoff, else its latest: what a status notice is read back from. */
  entryOf: (conversationId: string) => Promise<HandoffEntry | undefined>;
  openConversations: () => Promise<string[]>;
  onError: (error: unknown) => void;
}

export interface HandoffEventRelay {
  close(): Promise<void>;
}

/** Lines already passed on for one conversation. */
interface Delivered {
  /** Every line up to here is done with (set when the handoff ends). */
  floor: number;
  seqs: Set<number>;
}

/**
 * Turns every instance's change notices into the hub's events by reading the rows back: the
 * tables are the truth and a notice is only the wake-up. Notices are handled one at a time, in
 * the order PostgreSQL delivers them (commit order). A message notice passes on each line of
 * the conversation written since listening began that has not been passed on yet, so a line is
 * told once even when two commit out of their `seq` order. After a reconnect (notices may have
 * been missed) consoles are told to re-read the queue and every open conversation.
 */
export async function handoffEventRelay(options: HandoffEventRelayOptions): Promise<HandoffEventRelay> {
  const { db, emit, entryOf } = options;
  /** The highest line when listening (re)started: older lines were read by consoles directly. */
  let watermark = 0;
  const delivered = new Map<string, Delivered>();
  let work = Promise.resolve();

  const passOnLines = async (conversationId: string): Promise<void> => {
    const done = delivered.get(conversationId) ?? { floor: watermark, seqs: new Set<number>() };
    delivered.set(conversationId, done);
    const lines = await db
      .selectFrom('handoff_messages')
      .innerJoin('handoff_entries', 'handoff_entries.id', 'handoff_messages.entry_id')
      .select(['handoff_messages.seq', 'handoff_messages.sender', 'handoff_messages.text', 'handoff_messages.at'])
      .where('handoff_entries.conversation_id', '=', conversationId)
      .where('handoff_messages.seq', '>', done.floor)
      .orderBy('handoff_messages.seq')
      .execute();
    for (const line of lines) {
      if (done.seqs.has(line.seq)) continue;
      done.seqs.add(line.seq);
      emit({ type: 'message', conversationId, line: { from: line.sender, text: line.text, at: line.at } });
    }
  };

  const passOnStatus = async (conversationId: string): Promise<void> => {
    const entry = await entryOf(conversationId);
    if (!entry) return;
    emit({ type: 'status', conversationId, status: entry.status, ...(entry.advisor !== undefined && { advisor: entry.advisor }) });
    const done = delivered.get(conversationId);
    if (entry.status === 'completed' && done) delivered.set(conversationId, { floor: Math.max(done.floor, ...done.seqs), seqs: new Set() });
  };

  /**
   * A newly queued conversation: the transcript it was queued with is part of the entry, not new
   * lines. Those lines were inserted by the transaction that inserted the entry, so they share its
   * `xmin` until the entry is next updated (accepted or ended), which is after this notice in all
   * but a race of milliseconds; then they would be passed on once more.
   */
  const passOnQueued = async (conversationId: string): Promise<void> => {
    const queuedWith = await db
      .selectFrom('handoff_messages')
      .innerJoin('handoff_entries', 'handoff_entries.id', 'handoff_messages.entry_id')
      .select((eb) => eb.fn.max('handoff_messages.seq').as('seq'))
      .where('handoff_entries.conversation_id', '=', conversationId)
      .where('handoff_entries.status', '<>', 'completed')
      .where(sql<boolean>`handoff_messages.xmin = handoff_entries.xmin`)
      .executeTakeFirst();
    delivered.set(conversationId, { floor: Math.max(watermark, Number(queuedWith?.seq ?? 0)), seqs: new Set() });
    emit({ type: 'queue' });
  };

  const handle = async (payload: string): Promise<void> => {
    const signal = handoffSignal.parse(JSON.parse(payload));
    if (signal.kind === 'queue') await (signal.conversationId === undefined ? emit({ type: 'queue' }) : passOnQueued(signal.conversationId));
    else if (signal.kind === 'status') await passOnStatus(signal.conversationId);
    else await passOnLines(signal.conversationId);
  };

  const resynchronise = async (): Promise<void> => {
    const highest = await db.selectFrom('handoff_messages').select((eb) => eb.fn.max('seq').as('seq')).executeTakeFirst();
    watermark = Number(highest?.seq ?? 0);
    delivered.clear();
    emit({ type: 'queue' });
    for (const conversationId of await options.openConversations()) await passOnStatus(conversationId);
  };

  const listener = await options.listen(options.channel, {
    onNotification: (payload) => {
      work = work.then(() => handle(payload)).catch(options.onError);
    },
    onListening: () => {
      work = work.then(resynchronise).catch(options.onError);
      return work;
    },
    onError: options.onError,
  });

  return {
    async close() {
      await listener.close();
      await work;
    },
  };
}
