import { randomUUID } from 'node:crypto';
import {
  ActivityTypes,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import type { z } from 'zod';
import type { Logger } from '../../logger.js';
import type { TurnLogic } from '../../server/botEndpoint.js';
import { PQueue } from '../../pQueue.js';
import { InProcessAdapter, leftToRunAgain } from '../inProcessAdapter.js';
import { turnReplyKey } from '../turnReplies.js';
import { conversationIdFor } from './conversationIds.js';
import { GraphClient, lateSendRetryPolicy, realTiming, refusedAsWrong, refusedToken, type GraphClientTiming, type UnfinishedTry } from './graphClient.js';
import { inboundActivity, wordsOf } from './inboundActivity.js';
import { outboundMessages } from './outboundMessages.js';
import { contactUserId, inboundMessageSchema, messageStatusSchema, type InboundMessage, type MessageStatus, type WebhookPayload } from './webhookPayload.js';
import type { WhatsAppOptions } from './whatsAppOptions.js';
import type { WhatsAppAddress, WhatsAppContact, WhatsAppStore } from './whatsAppStore.js';

const issuePaths = (error: z.ZodError): string[] => error.issues.map((issue) => issue.path.join('.'));
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** Who sent a message, as the webhook names them: the number, or the business-scoped user id when the number is withheld. */
const senderOf = (message: InboundMessage): string => message.from ?? `user:${message.from_user_id ?? ''}`;

/** WhatsApp allows free-form messages only this long after the resident's last message. */
export const customerServiceWindowMs = 24 * 60 * 60 * 1000;

/** How long a message's turn may go unfinished before another instance takes it up: longer than a turn that waits its full 20 s for the conversation's lock. */
export const unfinishedAfterMs = 30_000;
/**
 * The same for an emergency or a disclosure: sooner, since its instance's advice sent ahead at 5 s died with it ("my son has taken a
 * load of tablets and wont wake up" waited 40 s: operations trial 28, OPS28-03). If that instance is only slow, the taking-up waits
 * for the conversation's lock and then finds the turn finished.
 */
export const concernUnfinishedAfterMs = 8_000;

/** The resource id `sendActivities` returns for a message not delivered because the window had closed. */
export const withheldOutsideWindow = 'withheld-outside-24h-window';

/** Where a turn keeps the keys of the replies sent for its message (read once a turn, see `repliesSent`). */
const repliesSentKey = Symbol('whatsAppRepliesSent');

/** Where a resident message's turn keeps the replies the Graph API was too slow to take inside it (`runHoldingLateReplies`). */
const lateRepliesKey = Symbol('whatsAppLateReplies');

/** Replies of a turn posted after it: the Graph messages in order, and the keys of the replies they make up. */
interface LateReplies {
  parts: { contact: WhatsAppContact; message: object; tried?: UnfinishedTry }[];
  keys: string[];
}

/**
 * How many resident messages' turns of this instance run or wait for a place at once; the others
 * wait here, kept in the database already. 3,000 messages in 21 s each went for a place together:
 * the places' queue overflowed (866 residents were told something went wrong, then answered when
 * the message was run again), and web chat residents waited 32 s behind them (outside attack 18,
 * A18-3). Two leave the other places (`lockedTurnLimits`) to the chat and the phone.
 */
export const whatsAppTurnsAtOnce = 2;

/**
 * How long an emergency or a disclosure waits for its turn's first reply before the safety rules' advice is sent ahead of it.
 * A stalled database held the 999 reply 30–65 s (operations trials 24 and 25, OPS24-01 and OPS25-01), and 300 fake messages
 * ahead of it held one 65 s (outside attack 24, A24-2). A turn answers in well under a second otherwise.
 */
export const concernAnsweredWithinMs = 5_000;

/**
 * How long after an emergency or a disclosure the same number's next messages are its follow-ups ("what do i do now"): they go
 * ahead of other residents' turns, and the concern's advice goes ahead of a slow one (outside attack 26, A26-4: CPR after 62.6 s
 * behind 300 messages, as the follow-up was no concern by itself).
 */
export const followUpsForMs = 10 * 60 * 1000;

/**
 * Replies the Graph API did not take at once are kept in the database while they are tried (`WhatsAppStore.keepLateReplies`): the
 * instance posting them holds them this long, renewed every `lateRepliesRenewedEveryMs` while it tries, so once it has died or
 * stopped any instance takes them within about half a minute; after a round of tries they are left for any instance to try again
 * this long after; and they are given up, said in the log, this long after they were kept. Kept in memory only, a restart during a
 * Meta incident lost them, carbon monoxide advice included (operations trial 28, OPS28-01); held for 3 minutes, a kill -9 left the
 * resident waiting that long, and released at a stop, they were posted twice (operations re-check 28b, OPS-B1/B2).
 */
const lateRepliesHeldMs = 30_000;
const lateRepliesRenewedEveryMs = 10_000;
const lateRepliesTriedAgainAfterMs = 30_000;
const lateRepliesKeptMs = 60 * 60 * 1000;

/** A late reply to post: kept under `id` when the database took it. */
interface LatePart {
  id?: number;
  contact: WhatsAppAddress;
  message: object;
  tried?: UnfinishedTry;
}

/** Numbers remembered for their follow-ups at most, on one instance: a flood of concerns cannot grow the map without bound. */
const concernsRemembered = 10_000;

export interface WhatsAppAdapterDependencies {
  store: WhatsAppStore;
  /** Keys the hash that turns a number into a conversation id: keep it stable across restarts. */
  conversationKey: Buffer;
  logger: Logger;
  /** Whether the safety rules alone read a message as an emergency or a disclosure: one left unfinished is run even after the conversation went on. */
  readsAsConcern: (text: string) => boolean;
  /** What to send ahead of an emergency's or a disclosure's turn that is slow to answer (`safetyWhileSlow`); undefined for a message that needs nothing. */
  safetyWhileSlow: (text: string) => string | undefined;
  /** `concernAnsweredWithinMs` unless given (tests). */
  answerConcernWithinMs?: number;
  timing?: GraphClientTiming;
}

/**
 * WhatsApp Business Cloud API as a Bot Framework adapter: webhook messages become activities and
 * run through the same middleware and bot as every other channel; replies go to the Graph API.
 */
export class WhatsAppAdapter extends InProcessAdapter {
  private readonly graph: GraphClient;
  private readonly store: WhatsAppStore;
  private readonly logger: Logger;
  private readonly timing: GraphClientTiming;
  private readonly serviceUrl: string;
  /** The tail of each conversation's queue: one turn at a time per resident, in arrival order. */
  private readonly queues = new Map<string, Promise<void>>();
  /** The tail of the webhooks being recorded: taken one at a time, in arrival order. */
  private receiving: Promise<void> = Promise.resolve();
  /** Resident messages' turns, `whatsAppTurnsAtOnce` at a time, in the order their conversations reach it. */
  private readonly turns = new PQueue({ concurrency: whatsAppTurnsAtOnce });
  /** Emergencies and disclosures whose turn has not replied yet, by message id: the timer that sends the safety advice ahead of it. */
  private readonly awaitingReply = new Map<string, NodeJS.Timeout>();
  /** Each number's latest emergency or disclosure on this instance, by address (kept in memory only): its follow-ups' advice. */
  private readonly lastConcern = new Map<string, { advice: string; at: number }>();
  /** Messages that go ahead of other residents' turns: a concern, or a follow-up to one. */
  private readonly urgent = new Set<string>();
  /** Who holds the late replies this instance is posting (`WhatsAppStore.claimLateReplies`). */
  private readonly holder = randomUUID();

  constructor(
    private readonly options: WhatsAppOptions,
    private readonly dependencies: WhatsAppAdapterDependencies,
  ) {
    super();
    this.store = dependencies.store;
    this.logger = dependencies.logger;
    this.timing = dependencies.timing ?? realTiming;
    this.graph = new GraphClient(options, this.timing);
    this.serviceUrl = `${options.graphBaseUrl.replace(/\/+$/, '')}/${options.apiVersion}/${options.phoneNumberId}`;
  }

  /**
   * Takes one verified webhook delivery: records delivery statuses, drops redelivered messages and
   * queues a turn for each new one. Each message and status is read on its own: one that cannot be
   * read is logged (by position and field, never content) and skipped, and the rest are handled.
   * The bookkeeping is done when this resolves, so it is durable before the webhook is acknowledged;
   * the turns run afterwards. Webhooks are recorded one after another, so their turns queue in the
   * order they arrived.
   */
  receive(payload: WebhookPayload, logic: TurnLogic): Promise<void> {
    const now = this.timing.now();
    const watched = this.watchConcerns(payload);
    const recorded = this.receiving.then(() => this.record(payload, logic, now, watched));
    this.receiving = recorded.catch(() => undefined);
    return recorded;
  }

  /**
   * Starts the clock on each emergency or disclosure in a webhook, read from its words alone: recording the webhook and running
   * the turn both wait for the database, and behind them the resident would wait for what to do now. Gives the ids it started.
   */
  private watchConcerns(payload: WebhookPayload): Set<string> {
    const started = new Set<string>();
    for (const change of payload.entry.flatMap((entry) => entry.changes)) {
      if (change.field !== 'messages' || change.value.metadata?.phone_number_id !== this.options.phoneNumberId) continue;
      const userId = contactUserId(change.value.contacts);
      for (const raw of change.value.messages ?? []) {
        const parsed = inboundMessageSchema.safeParse(userId && isRecord(raw) ? { from_user_id: userId, ...raw } : raw);
        if (!parsed.success || this.awaitingReply.has(parsed.data.id)) continue;
        const message = parsed.data;
        const own = this.dependencies.safetyWhileSlow(wordsOf(message));
        if (own !== undefined) this.rememberConcern(message, own);
        const advice = own ?? this.followUpAdvice(message);
        if (advice === undefined) continue;
        this.urgent.add(message.id);
        const timer = setTimeout(() => void this.sendAhead(message, advice), this.dependencies.answerConcernWithinMs ?? concernAnsweredWithinMs);
        this.awaitingReply.set(message.id, timer);
        started.add(message.id);
      }
    }
    return started;
  }

  /** The advice of the number's emergency or disclosure within `followUpsForMs`, for a message that is no concern by itself. */
  private followUpAdvice(message: InboundMessage): string | undefined {
    const last = this.lastConcern.get(senderOf(message));
    return last && this.timing.now() - last.at <= followUpsForMs ? last.advice : undefined;
  }

  /** Remembers a number's emergency or disclosure for its follow-ups, the oldest forgotten first past `concernsRemembered`. */
  private rememberConcern(message: InboundMessage, advice: string): void {
    const sender = senderOf(message);
    this.lastConcern.delete(sender);
    this.lastConcern.set(sender, { advice, at: this.timing.now() });
    if (this.lastConcern.size > concernsRemembered) this.lastConcern.delete(this.lastConcern.keys().next().value!);
  }

  /**
   * Sends the safety advice to the number or user id the webhook came from, with no storage on the way. The turn still answers
   * the message when it runs, the advice again with the rest; the advice sent ahead is not in the transcript.
   */
  private async sendAhead(message: InboundMessage, advice: string): Promise<void> {
    this.awaitingReply.delete(message.id);
    const address = { phoneNumber: message.from, userId: message.from_user_id };
    // The number's key, the conversation's id unless the resident has changed number (no storage is asked here): never the number.
    const conversationId = this.keyOf(address);
    this.logger.warn({ conversationId }, 'WhatsApp: an emergency or a disclosure not answered in time: the safety advice sent ahead of its turn');
    try {
      for (const part of outboundMessages({ type: ActivityTypes.Message, text: advice })) await this.graph.send(address, part);
    } catch (error) {
      this.logger.error({ err: error, conversationId }, 'WhatsApp: the safety advice sent ahead of a slow turn was not delivered');
    }
  }

  /** The message's turn has replied, or will not: no advice need go ahead of it. */
  private replied(messageId: string): void {
    clearTimeout(this.awaitingReply.get(messageId));
    this.awaitingReply.delete(messageId);
  }

  /** The message's turn has finished: nothing more goes ahead of it. */
  private finished(messageId: string): void {
    this.replied(messageId);
    this.urgent.delete(messageId);
  }

  private async record(payload: WebhookPayload, logic: TurnLogic, now: number, watched: Set<string>): Promise<void> {
    for (const change of payload.entry.flatMap((entry) => entry.changes)) {
      if (change.field !== 'messages') continue;
      if (change.value.metadata?.phone_number_id !== this.options.phoneNumberId) {
        this.logger.warn({ phoneNumberId: change.value.metadata?.phone_number_id }, 'WhatsApp webhook for another phone number ignored');
        continue;
      }
      for (const [index, raw] of (change.value.statuses ?? []).entries()) {
        const parsed = messageStatusSchema.safeParse(raw);
        if (!parsed.success) {
          this.logger.warn({ index, issues: issuePaths(parsed.error) }, 'WhatsApp status not understood: skipped');
          continue;
        }
        await this.recordStatus(parsed.data, now);
      }
      const userId = contactUserId(change.value.contacts);
      for (const [index, raw] of (change.value.messages ?? []).entries()) {
        const parsed = inboundMessageSchema.safeParse(userId && isRecord(raw) ? { from_user_id: userId, ...raw } : raw);
        if (!parsed.success) {
          this.logger.warn({ index, issues: issuePaths(parsed.error) }, 'WhatsApp message not understood: skipped');
          continue;
        }
        await this.receiveMessage(parsed.data, logic, now, watched.has(parsed.data.id));
      }
    }
  }

  private async recordStatus(status: MessageStatus, now: number): Promise<void> {
    const known = status.recipient_id ?? status.recipient_user_id;
    const conversationId = known ? await this.conversationIdOf({ phoneNumber: status.recipient_id, userId: status.recipient_user_id }) : undefined;
    await this.store.recordStatus(status, conversationId, now);
    if (status.status === 'failed') this.logger.warn({ conversationId, errorCodes: status.errors?.map((error) => error.code) }, 'WhatsApp message failed');
  }

  /** `watched`: this webhook started the message's clock (`watchConcerns`), so a redelivery stops it. */
  private async receiveMessage(message: InboundMessage, logic: TurnLogic, now: number, watched: boolean): Promise<void> {
    const address = { phoneNumber: message.from, userId: message.from_user_id };
    const conversationId = await this.conversationIdOf(address);
    const activity = message.type === 'system' ? undefined : this.activityOf(message, conversationId);
    if (!(await this.store.takeDelivery(message.id, now, activity && { conversationId, message }))) {
      if (watched) this.finished(message.id);
      this.logger.debug({ messageId: message.id }, 'WhatsApp redelivery ignored');
      return;
    }
    // A BSUID seen beside the number finds this conversation later, when the number is withheld.
    if (address.phoneNumber && address.userId) await this.store.move(this.keyOf({ userId: address.userId }), conversationId);
    // Not the resident writing, so the 24-hour window does not move.
    if (message.type === 'system') {
      this.finished(message.id);
      await this.changedNumber(message, conversationId);
      return;
    }
    await this.store.rememberContact(conversationId, address, Math.min(now, Number(message.timestamp) * 1000));
    if (!activity) {
      this.finished(message.id);
      this.logger.info({ conversationId, type: message.type }, 'WhatsApp message type not supported');
      return;
    }
    this.inOrder(conversationId, () => this.runOnce(message.id, activity, logic))
      .catch((error: unknown) => this.logger.error({ err: error, conversationId, channelId: 'whatsapp' }, 'WhatsApp turn failed'))
      .finally(() => this.finished(message.id));
  }

  private activityOf(message: InboundMessage, conversationId: string): Partial<Activity> | undefined {
    return inboundActivity(message, { conversationId, phoneNumberId: this.options.phoneNumberId, serviceUrl: this.serviceUrl });
  }

  /**
   * Runs a message's turn unless it has finished already, on any instance: the check is inside
   * the turn, under the conversation's lock, so a redelivery or a taking-up on another instance
   * while this one is still running it runs nothing. A turn that fails has finished too (the
   * resident was told: the adapter's apology), unless it is `leftToRunAgain`.
   */
  private runOnce(messageId: string, activity: Partial<Activity>, logic: TurnLogic): Promise<void> {
    return this.runHoldingLateReplies(activity, async (context) => {
      if (await this.store.isHandled(messageId)) return;
      let lost = false;
      try {
        await logic(context);
      } catch (error) {
        // Frozen past the lock's hold, this instance lost the turn to another that has run it since: the resident has their answer, not an apology.
        if (await this.store.isHandled(messageId)) {
          this.logger.warn({ err: error, conversationId: activity.conversation?.id }, 'WhatsApp turn failed after another instance had run it: nothing said');
          return;
        }
        // Left unfinished, for whichever instance takes it up next.
        lost = leftToRunAgain(error, typeof activity.text === 'string' ? activity.text : '', this.dependencies.readsAsConcern);
        throw error;
      } finally {
        if (!lost) await this.store.markHandled(messageId, this.timing.now());
      }
    });
  }

  /**
   * Runs the messages whose turn an instance started and never finished (it died after
   * acknowledging the webhook, so Meta will not send them again); any instance may call this on a
   * timer. A message overtaken by a later answered one is run only if the safety rules read it as
   * a concern: a disclosure lost with its instance is not dropped because the resident wrote
   * "hello?" since; an ordinary one is dropped, as it would answer a question asked after it.
   */
  async takeUpUnfinishedTurns(logic: TurnLogic): Promise<void> {
    const now = this.timing.now();
    for (const left of await this.store.unfinishedTurns(now - concernUnfinishedAfterMs)) {
      // Still waiting in this instance's own queue: not lost.
      if (this.queues.has(left.conversationId)) continue;
      const parsed = inboundMessageSchema.safeParse(left.message);
      const activity = parsed.success ? this.activityOf(parsed.data, left.conversationId) : undefined;
      const text = typeof activity?.text === 'string' ? activity.text : '';
      if (left.receivedAt >= now - unfinishedAfterMs && !(activity && this.dependencies.readsAsConcern(text))) continue;
      if (!activity || (left.overtaken && !this.dependencies.readsAsConcern(text))) {
        await this.store.markHandled(left.messageId, this.timing.now());
        continue;
      }
      if (!(await this.store.takeUpTurn(left.messageId))) continue;
      this.logger.warn({ conversationId: left.conversationId }, 'WhatsApp: running a resident message whose turn did not finish');
      await this.inOrder(left.conversationId, () => this.runOnce(left.messageId, activity, logic)).catch((error: unknown) =>
        this.logger.error({ err: error, conversationId: left.conversationId, channelId: 'whatsapp' }, 'WhatsApp turn failed'),
      );
    }
  }

  /** `user_changed_number` (Meta: system messages): the conversation, its form and any handoff follow the resident to the new number. */
  private async changedNumber(message: InboundMessage, conversationId: string): Promise<void> {
    const newNumber = message.system?.type === 'user_changed_number' ? (message.system.wa_id ?? message.system.new_wa_id) : undefined;
    if (!newNumber) return;
    await this.store.move(this.keyOf({ phoneNumber: newNumber }), conversationId);
    await this.store.changeNumber(conversationId, newNumber);
    this.logger.info({ conversationId }, 'WhatsApp resident changed number: conversation moved');
  }

  /** Runs the bot's turn for one activity through this adapter's middleware. */
  async processActivity(activity: Partial<Activity>, logic: TurnLogic): Promise<void> {
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  /**
   * A resident message's turn, paced (`whatsAppTurnsAtOnce`). Its replies are posted as it sends
   * them, with one quick try each (`GraphClient.trySendOnce`), so the safety reply is out at once;
   * once a try is slow or refused for now, that reply and the rest are posted after the turn has
   * given up its place and its conversation's lock, with the full retries. Retried inside the turn,
   * a slow Graph API (30 s a try) held every place the chat and the phone need while 40 residents'
   * replies were retried, and web chat residents waited up to 7 minutes (outside attack 18, A18-1).
   * Each reply is still decided under the lock; only the posting waits. The message is marked
   * handled inside the turn, as before: an instance that dies while posting late replies loses
   * them, rather than running the message again on a conversation that has moved on.
   */
  private async runHoldingLateReplies(activity: Partial<Activity>, logic: TurnLogic): Promise<void> {
    const context = new TurnContext(this, activity);
    const late: LateReplies = { parts: [], keys: [] };
    context.turnState.set(lateRepliesKey, late);
    // An emergency or a disclosure, or a follow-up to one, goes ahead of the residents waiting: behind a surge of 300 messages, a gas
    // report waited 92 s (outside attack 19, A19-2), and "what do i do now" after one 62.6 s (outside attack 26, A26-4).
    const concern = this.urgent.has(activity.id ?? '') || (typeof activity.text === 'string' && this.dependencies.readsAsConcern(activity.text));
    await this.turns.add(() => this.runMiddleware(context, logic), { priority: concern ? 1 : 0 });
    context.turnState.delete(lateRepliesKey);
    if (late.parts.length === 0) return;
    const messageId = context.activity.id ?? '';
    const conversationId = context.activity.conversation?.id ?? '';
    const now = this.timing.now();
    const addresses = late.parts.map(({ contact, message }) => ({ contact: { ...(contact.phoneNumber && { phoneNumber: contact.phoneNumber }), ...(contact.userId && { userId: contact.userId }) }, body: message }));
    const ids = await this.store.keepLateReplies(messageId, conversationId, addresses, now, now + lateRepliesHeldMs, this.holder).catch((error: unknown) => {
      this.logger.error({ err: error, conversationId }, 'WhatsApp: replies the Graph API did not take could not be kept: tried from this instance only');
      return undefined;
    });
    if (!(await this.postLate(messageId, conversationId, late.parts.map((part, index) => ({ ...part, id: ids?.[index] }))))) return;
    if (late.keys.length === 0) return;
    const sent = await this.repliesSent(context);
    sent.push(...late.keys);
    await this.store.recordRepliesSent(context.activity.id ?? '', sent);
  }

  /**
   * Posts a turn's late replies in order, with the full retries, forgetting each kept one once the Graph API takes it (or refuses
   * it as wrong). If the Graph API does not take one, it and the rest are left for any instance to try again (false); replies that
   * could not be kept fail as before.
   */
  private async postLate(messageId: string, conversationId: string, parts: readonly LatePart[]): Promise<boolean> {
    const renewing = setInterval(
      () => void this.store.holdLateReplies(messageId, this.holder, this.timing.now() + lateRepliesHeldMs).catch((error: unknown) => this.logger.warn({ err: error, conversationId }, 'WhatsApp: the hold on replies being posted could not be renewed')),
      lateRepliesRenewedEveryMs,
    );
    renewing.unref();
    try {
      return await this.postInOrder(messageId, conversationId, parts);
    } finally {
      clearInterval(renewing);
    }
  }

  private async postInOrder(messageId: string, conversationId: string, parts: readonly LatePart[]): Promise<boolean> {
    for (const { id, contact, message, tried } of parts) {
      try {
        await this.graph.send(contact, message, tried, lateSendRetryPolicy);
      } catch (error) {
        if (id === undefined) throw error;
        if (refusedAsWrong(error)) {
          this.logger.error({ err: error, conversationId }, 'WhatsApp: a reply the Graph API refused as wrong is given up');
          await this.store.forgetLateReply(id);
          continue;
        }
        await this.store.releaseLateReplies(messageId, this.timing.now() + lateRepliesTriedAgainAfterMs);
        if (refusedToken(error)) this.logger.error({ err: error, conversationId }, 'WhatsApp: the Graph API refused the access token (expired or revoked): replies are kept and tried again for an hour; renew WHATSAPP_ACCESS_TOKEN');
        else this.logger.warn({ err: error, conversationId }, 'WhatsApp: replies the Graph API did not take are kept, for any instance to try again');
        return false;
      }
      if (id !== undefined) await this.store.forgetLateReply(id);
    }
    return true;
  }

  /**
   * Posts the replies kept for another try that nobody holds: left after a round of tries, or by an instance that died or stopped
   * while posting them. Any instance may call this on a timer; each message's replies go to one of them.
   */
  async postKeptReplies(): Promise<void> {
    const now = this.timing.now();
    for (const kept of await this.store.claimLateReplies(now, now + lateRepliesHeldMs, this.holder)) {
      const { messageId, conversationId, replies } = kept;
      if (now - kept.keptAt > lateRepliesKeptMs) {
        await this.store.forgetLateReplies(messageId);
        this.logger.error({ conversationId, replies: replies.length }, 'WhatsApp: replies the Graph API did not take within an hour are given up');
        continue;
      }
      this.logger.warn({ conversationId, replies: replies.length }, 'WhatsApp: posting replies kept for another try');
      await this.postLate(messageId, conversationId, replies.map(({ id, contact, body }) => ({ id, contact, message: body }))).catch((error: unknown) =>
        this.logger.error({ err: error, conversationId }, 'WhatsApp: kept replies could not be posted'),
      );
    }
  }

  /** Resolves once every queued turn has finished (tests and graceful shutdown). */
  async idle(): Promise<void> {
    await this.receiving;
    while (this.queues.size > 0) await Promise.all(this.queues.values());
  }

  /** A message's turn run again (its instance died mid-turn) skips the replies the earlier run sent (`turnReplyKey`). */
  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const late = context.turnState.get(lateRepliesKey) as LateReplies | undefined;
    const responses: ResourceResponse[] = [];
    // Read now: a reply the Graph API takes after the turn has ended reaches `reachedThem` once the context is revoked, and reading
    // it then threw out of a promise and ended the process (operations re-check 29b, R29B-N1).
    const messageId = context.activity.id ?? '';
    for (const activity of activities) {
      // Its reply has reached the resident, now or on an earlier run: no advice need go ahead of it. Not before: the reply then
      // waited 30 s for a restarting database, and the advice with it (operations re-checks 27 and 27b, OPS24-01).
      const reachedThem = (): void => {
        if (late && activity.type === ActivityTypes.Message) this.replied(messageId);
      };
      const key = turnReplyKey(context, activity);
      const sent = key === undefined ? undefined : await this.repliesSent(context);
      if (key !== undefined && sent?.includes(key)) {
        reachedThem();
        responses.push({ id: '' });
        continue;
      }
      const response = await this.deliver(activity, late, reachedThem);
      if (response.id !== '') reachedThem();
      responses.push(response);
      if (key !== undefined && sent) {
        // A reply posted later is recorded once it is.
        if (late && late.parts.length > 0) late.keys.push(key);
        else {
          sent.push(key);
          await this.store.recordRepliesSent(context.activity.id ?? '', sent);
        }
      }
    }
    return responses;
  }

  /** The replies already sent for the turn's message, read once a turn. */
  private async repliesSent(context: TurnContext): Promise<string[]> {
    const known = context.turnState.get(repliesSentKey) as string[] | undefined;
    if (known) return known;
    const sent = await this.store.repliesSent(context.activity.id ?? '');
    context.turnState.set(repliesSentKey, sent);
    return sent;
  }

  override async updateActivity(): Promise<void> {
    throw new Error('WhatsApp messages cannot be edited');
  }

  override async deleteActivity(): Promise<void> {
    throw new Error('WhatsApp messages cannot be deleted');
  }

  /** Proactive messages (an advisor replying later) reach the resident through the stored number. */
  override async continueConversation(reference: Partial<ConversationReference>, logic: TurnLogic): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'continueConversation' }, reference, true);
    await this.inOrder(reference.conversation?.id ?? '', () => this.processActivity(activity, logic));
  }

  /** The keyed hash of the number, or of the BSUID when Meta sent no number (prefixed, so the two never meet). */
  private keyOf(address: WhatsAppAddress): string {
    const identity = address.phoneNumber ?? `user:${address.userId ?? ''}`;
    return conversationIdFor(identity, this.dependencies.conversationKey);
  }

  private async conversationIdOf(address: WhatsAppAddress): Promise<string> {
    const key = this.keyOf(address);
    return (await this.store.movedTo(key)) ?? key;
  }

  private inOrder(conversationId: string, work: () => Promise<void>): Promise<void> {
    const result = (this.queues.get(conversationId) ?? Promise.resolve()).then(work);
    const settled = result.catch(() => undefined);
    this.queues.set(conversationId, settled);
    void settled.then(() => {
      if (this.queues.get(conversationId) === settled) this.queues.delete(conversationId);
    });
    return result;
  }

  /**
   * Posts a reply's messages; in a resident message's turn (`late`) each gets one quick try, and from the first that does not deliver
   * on, they are kept for after the turn. A quick try still under way that delivers later has `reached` the resident then.
   */
  private async deliver(activity: Partial<Activity>, late?: LateReplies, reached?: () => void): Promise<ResourceResponse> {
    // Typing indicators, events and the like have no WhatsApp form.
    if (activity.type !== ActivityTypes.Message) return { id: '' };
    const conversationId = activity.conversation?.id ?? '';
    const contact = await this.store.contact(conversationId);
    if (!contact) throw new Error(`No WhatsApp number is known for conversation ${conversationId}`);
    if (this.timing.now() - contact.lastInboundAt > customerServiceWindowMs) {
      await this.outsideWindow(conversationId, contact);
      return { id: withheldOutsideWindow };
    }
    let id = '';
    for (const message of outboundMessages(activity)) {
      if (!late) id = await this.graph.send(contact, message);
      else if (late.parts.length > 0) late.parts.push({ contact, message });
      else {
        const tried = await this.graph.trySendOnce(contact, message);
        if ('id' in tried) id = tried.id;
        else {
          if ('pending' in tried) {
            void tried.pending
              .then((outcome) => 'id' in outcome && reached?.())
              .catch((error: unknown) => this.logger.error({ err: error, conversationId }, 'WhatsApp: a reply taken late could not be noted'));
          }
          late.parts.push({ contact, message, tried });
        }
      }
    }
    return { id };
  }

  /** Past the window only an approved template may be sent: once, until the resident writes again. */
  private async outsideWindow(conversationId: string, contact: WhatsAppContact): Promise<void> {
    const { template } = this.options;
    const nudgedSinceLastMessage = contact.templateSentAt !== undefined && contact.templateSentAt >= contact.lastInboundAt;
    const sendTemplate = template !== undefined && !nudgedSinceLastMessage;
    if (sendTemplate) {
      await this.graph.send(contact, { type: 'template', template: { name: template.name, language: { code: template.language } } });
      await this.store.templateSent(conversationId, this.timing.now());
    }
    this.logger.warn({ conversationId, templateSent: sendTemplate }, 'WhatsApp reply withheld: the 24-hour customer-service window has closed');
  }
}
