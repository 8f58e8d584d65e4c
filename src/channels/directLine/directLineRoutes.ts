import { randomUUID } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Activity } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import type { Logger } from '../../logger.js';
import { bearerToken } from '../../server/bearerToken.js';
import { leftToRunAgain } from '../inProcessAdapter.js';
import { isSameOrigin } from '../../server/sameOrigin.js';
import type { TurnLogic } from '../../server/botEndpoint.js';
import { turnSender } from '../../server/turnGate.js';
import { late, settleWithin } from '../../settleWithin.js';
import { isDatabaseUnavailable } from '../../storage/sql/databaseUnavailable.js';
import type { DirectLineAdapter } from './directLineAdapter.js';
import type { DirectLineStore } from './directLineStore.js';
import type { DirectLineTokenClaims, DirectLineTokens } from './directLineTokens.js';
import type { PostedMessage, WaitingConcerns } from './waitingConcerns.js';
import { PollLimit } from './pollLimit.js';
import { readResidentActivity } from './residentActivity.js';
import type { ResidentLimits } from './residentLimits.js';

export interface DirectLineOptions {
  store: DirectLineStore;
  tokens: DirectLineTokens;
  /** Runs the bot in this process and writes its replies to the store. */
  adapter: DirectLineAdapter;
  logic: TurnLogic;
  logger: Logger;
  /** The bot's id as seen in conversations. */
  botId: string;
  /** The client's address, as the new-conversation limit counts it. */
  clientAddress: (request: Request) => string;
  limits: ResidentLimits;
  /** The app's clock, as the adapter stamps the bot's replies: Web Chat orders messages by their timestamps. */
  now: () => Date;
  /** Whether the safety rules read a message as an emergency or a disclosure: one left unfinished is run even after the conversation went on. */
  readsAsConcern: (text: string) => boolean;
  /** What to do now and the numbers, from the safety rules alone, for a message past the limits; undefined when it needs none. */
  safetyOverLimits: (text: string) => string | undefined;
  /** For any other message past the limits in a conversation whose emergency or disclosure was answered in the last minutes: 999 now. */
  stillInDangerOverLimits: string;
  /** What to do now and the numbers, from the safety rules alone, for an emergency or a disclosure whose turn is slow; and that the rest will follow. */
  safetyWhileSlow: (text: string) => string | undefined;
  /** Whether the safety rules read a message as an emergency or a disclosure: the page marks and announces the advice shown ahead as such. */
  urgencyOf: (text: string) => 'emergency' | 'safeguarding' | undefined;
  /** The bot's name on the advice shown ahead of a slow turn, as on its other replies. */
  botName: string;
  /** How long a concern's turn may go unanswered before its advice is shown ahead of it (`adviceAheadAfterMs`). */
  adviceAheadAfterMs?: number;
  /** How long the POST of an emergency or a disclosure waits for a database that stopped answering (`concernWaitsForDatabase`). */
  concernWaitsForDatabaseMs?: number;
  /** Where such a message waits past its POST, surviving this instance. */
  waitingConcerns: WaitingConcerns;
}

/** The routes' background work: stopped with the app. */
export interface DirectLineRoutes {
  stop(): void;
}

/**
 * An emergency or a disclosure posted while the database is not answering (a restart or a failover takes a second
 * or two) waits this long for it, retrying, before its POST is answered 503; then it waits with the others
 * (`WaitingConcerns`), tried every `waitingTriedEveryMs`, so it is logged and answered once the database is back. A gas
 * message posted during a half-second restart had been lost with a 503 or a 500 in 3 of 8 conversations (two-instance trial 21, PG21-03).
 */
const concernWaitsForDatabase = 15_000;
const waitingTriedEveryMs = 2_000;
/** How long an emergency's or a disclosure's message count may take before the message goes on uncounted. */
const concernCountWaitMs = 3_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * How long an emergency's or a disclosure's turn may go unanswered before the next poll of its conversation shows the safety rules'
 * advice ahead of it, as WhatsApp sends it ahead (`concernAnsweredWithinMs`): with the database down, "my flat is on fire and i cant
 * get out" showed nothing for the 44 s the database was away (operations trial 28, OPS28-02).
 */
const adviceAheadAfterMs = 5_000;

/** How long after an emergency or a disclosure its conversation's other messages past the limits still get 999 now, not a 429. */
const concernLiveMs = 10 * 60 * 1000;

/** How much of a message past the limits the safety rules read: a concern is told early, and an address over its limits gets no long read. */
const overLimitsReadChars = 1_000;

const clientBase = '/v3/directline';

/**
 * A resident's message whose turn has not finished this long after it was logged is taken to be
 * left by an instance that died: longer than any turn takes (the turn gate answers 503 long
 * before a queue would hold a message this long), short enough that the resident is not left
 * wondering for long. Taking up a turn still running is harmless, only wasteful: it waits for
 * the conversation's lock and then finds the turn finished.
 */
const unfinishedAfterMs = 20_000;
/** How many times other instances take up one unfinished turn before giving up on it. */
const maxTurnRetries = 2;

/**
 * The `watermark` a poll sends back: absent or empty on the first poll (from the start), else the
 * whole number an earlier reply gave (a row's `seq`). Anything else, a number past what the
 * database's BIGINT holds included, is not one of ours: undefined.
 */
function watermarkOf(value: unknown): number | undefined {
  if (value === undefined || value === '') return 0;
  return typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : undefined;
}

/**
 * A Direct Line 3.0–compatible endpoint (polling) so the official Web Chat client talks to
 * this bot with no cloud service. A resident's messages go to the bot in this process (see
 * DirectLineAdapter), and the bot's replies, advisors' included, come back through the store.
 */
export function registerDirectLineRoutes(server: Server, options: DirectLineOptions): DirectLineRoutes {
  const { store, tokens, adapter, logger, limits, waitingConcerns } = options;
  const polls = new PollLimit();
  /** Conversations that told this instance of an emergency or a disclosure in the last `concernLiveMs`: their next messages past the limits get 999 now. */
  const concernsAnswered = new LRUCache<string, true>({ max: 10_000, ttl: concernLiveMs });

  const tooMany = (response: Response, seconds: number, what: string): void => {
    response.header('retry-after', String(seconds));
    response.send(429, { error: { code: 'TooManyRequests', message: `Too many ${what}: try again in ${seconds} seconds` } });
  };

  const claimsFor = (request: Request, response: Response, conversationId?: string): DirectLineTokenClaims | undefined => {
    const token = bearerToken(request);
    const claims = token === undefined ? undefined : tokens.verify(token);
    if (!claims) {
      response.send(403, { error: { code: 'TokenExpired', message: 'Missing, invalid or expired token' } });
      return undefined;
    }
    if (conversationId !== undefined && claims.conversationId !== conversationId) {
      response.send(403, { error: { code: 'BadArgument', message: 'Token is not valid for this conversation' } });
      return undefined;
    }
    return claims;
  };

  const conversationResponse = (claims: DirectLineTokenClaims) => ({
    conversationId: claims.conversationId,
    token: tokens.issue(claims.conversationId, claims.userId),
    expires_in: tokens.lifetimeSeconds,
  });

  const deliverToBot = async (activity: Partial<Activity>, logic = options.logic): Promise<void> => {
    try {
      await adapter.processActivity(activity, logic);
    } catch (error) {
      logger.error({ conversationId: activity.conversation?.id, err: error }, 'directline: the bot could not take an activity');
    }
  };

  /**
   * Runs the turn of a resident's logged activity unless it has finished already, on any instance:
   * the check is inside the turn, under the conversation's lock, so two runs of one message on two
   * instances at once (a resend, or a poll taking up an unfinished turn) run it once. A turn that
   * fails has finished too (the resident was told: the adapter's apology), unless it is
   * `leftToRunAgain`. True when the turn ran to its end, here or before.
   */
  const runTurnOnce = async (conversationId: string, activity: Partial<Activity> & { id: string }): Promise<boolean> => {
    let finished = false;
    await deliverToBot(activity, async (context) => {
      if (!(await store.isHandled(conversationId, activity.id))) {
        let lost = false;
        try {
          await options.logic(context);
        } catch (error) {
          // Left unfinished, for a poll (or an emergency's own retries) to take up.
          lost = leftToRunAgain(error, typeof activity.text === 'string' ? activity.text : '', options.readsAsConcern);
          throw error;
        } finally {
          if (!lost) await store.markHandled(conversationId, activity.id);
        }
      }
      finished = true;
    });
    return finished;
  };

  /** Conversations this instance is taking up unfinished turns for now, so polls do not pile up. */
  const takingUp = new Set<string>();

  /**
   * Runs the residents' messages of a conversation whose turn an instance started and never
   * finished (it died, or was killed, mid-turn). Web Chat cannot help: it treats a failed POST as
   * sent once the message shows in the log, and a retry would carry a new clientActivityID. So
   * whichever instance the chat polls next runs them, each at most `maxTurnRetries` times (a
   * message that kills every instance it reaches must not go round them all forever).
   */
  const takeUpUnfinishedTurns = async (claims: DirectLineTokenClaims): Promise<void> => {
    const { conversationId } = claims;
    if (takingUp.has(conversationId)) return;
    takingUp.add(conversationId);
    try {
      const dueBefore = new Date(options.now().getTime() - unfinishedAfterMs);
      for (const left of await store.unfinishedTurns(conversationId, dueBefore, maxTurnRetries)) {
        // A disclosure lost with its instance is not dropped because the resident wrote "hello? are you there?" on another.
        if (left.overtaken && !options.readsAsConcern(typeof left.activity.text === 'string' ? left.activity.text : '')) continue;
        if (!(await store.takeUpTurn(conversationId, left.id, maxTurnRetries))) continue;
        logger.warn({ conversationId }, 'directline: running a resident message whose turn did not finish');
        await runTurnOnce(conversationId, toBotActivity(claims, left.activity, left.id));
      }
    } catch (error) {
      logger.error({ conversationId, err: error }, 'directline: could not take up an unfinished turn');
    } finally {
      takingUp.delete(conversationId);
    }
  };

  /** The bot's view of a resident's activity: who sent it comes from the token, never the body. */
  const toBotActivity = (claims: Pick<DirectLineTokenClaims, 'conversationId' | 'userId'>, activity: Partial<Activity>, id: string): Partial<Activity> & { id: string } => ({
    ...activity,
    id,
    channelId: 'webchat',
    conversation: { id: claims.conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: claims.userId, name: '', role: 'user' },
    recipient: { id: options.botId, name: '', role: 'bot' },
    timestamp: options.now(),
  });

  // A new resident session: a conversation and a token for it.
  server.post(`${clientBase}/tokens/generate`, async (request: Request, response: Response) => {
    // Another site's page cannot start chats from its visitors' browsers, using up their shared address's allowance.
    if (!isSameOrigin(request)) {
      response.send(403, { error: { code: 'Forbidden', message: 'new conversations start from this site only' } });
      return;
    }
    const wait = await limits.newConversation(options.clientAddress(request));
    if (wait > 0) return tooMany(response, wait, 'new conversations');
    const conversationId = randomUUID();
    const userId = `dl_${randomUUID()}`;
    await store.createConversation(conversationId, userId);
    response.send(200, conversationResponse({ conversationId, userId, expiresAt: 0 }));
  });

  server.post(`${clientBase}/tokens/refresh`, async (request: Request, response: Response) => {
    const claims = claimsFor(request, response);
    if (claims) response.send(200, conversationResponse(claims));
  });

  // Start (or rejoin) the token's conversation; the bot hears of it once, as the Emulator does.
  server.post(`${clientBase}/conversations`, async (request: Request, response: Response) => {
    const claims = claimsFor(request, response);
    if (!claims) return;
    if (!(await store.findConversation(claims.conversationId))) await store.createConversation(claims.conversationId, claims.userId);
    response.send(201, conversationResponse(claims));
    if (await store.claimStart(claims.conversationId)) {
      await deliverToBot(toBotActivity(claims, { type: 'conversationUpdate', membersAdded: [{ id: claims.userId, name: '' }] }, randomUUID()));
    }
  });

  server.get(`${clientBase}/conversations/:conversationId`, async (request: Request, response: Response) => {
    const claims = claimsFor(request, response, request.params.conversationId);
    if (!claims) return;
    if (!(await store.findConversation(claims.conversationId))) {
      response.send(404, { error: { code: 'BadArgument', message: 'Unknown conversation' } });
      return;
    }
    response.send(200, conversationResponse(claims));
  });

  // As Azure's Direct Line, the POST is answered once the bot's turn has run. If this instance
  // dies mid-turn, the next poll on any instance takes the turn up; a client that resends under
  // the same clientActivityID gets the turn the dead instance did not finish, or nothing if it did.
  server.post(`${clientBase}/conversations/:conversationId/activities`, async (request: Request, response: Response) => {
    const claims = claimsFor(request, response, request.params.conversationId);
    if (!claims) return;
    const read = readResidentActivity(request.body);
    if ('refusal' in read) {
      response.send(400, { error: { code: 'BadArgument', message: read.refusal } });
      return;
    }
    const text = read.activity.text ?? '';
    // Read whole only when it matters: a message past the limits is read no further than its first thousand characters. Read
    // first, 9,000-letter messages refused with 429 cost 50 ms each, and twelve addresses sending them held every resident's
    // turn 4-8 s (outside re-check 28b, A2).
    let concern: boolean | undefined;
    const readsAsConcern = (): boolean => (concern ??= options.readsAsConcern(text));
    let wait: number;
    try {
      const counting = limits.message(claims.conversationId, options.clientAddress(request), text);
      // An emergency or a disclosure does not wait long for its count: uncounted, it goes on to wait for the database below. A
      // database that stops answering without closing its connections fails nothing until the driver gives up (25 s): an
      // emergency's POST waited 30-60 s for one, past the 15 s promised (operations trial 25, OPS25-01).
      const counted = await settleWithin(counting, concernCountWaitMs);
      if (counted !== late) wait = counted;
      else if (readsAsConcern()) {
        counting.catch(() => undefined);
        wait = 0;
      } else wait = await counting;
    } catch (error) {
      // The counts are the first thing a message asks of the database: during a restart a disclosure was refused there, a 503 in
      // 60 ms and nothing kept (two-instance trial 23, PG20-02). An emergency or a disclosure goes on uncounted, to wait below.
      if (!isDatabaseUnavailable(error) || !readsAsConcern()) throw error;
      wait = 0;
    }
    if (wait > 0) {
      // Past the limits an emergency or a disclosure still gets what to do now and the numbers, logged as the bot's reply
      // with no turn run: a resident whose address an attacker shared (a library, a mobile network) got 429 for "I can smell
      // gas in my kitchen" (outside attack 19, A19-3).
      const read1k = text.slice(0, overLimitsReadChars);
      const ownAdvice = options.safetyOverLimits(read1k);
      // "please help", "the ambulance is not here yet" after one got a bare 429 (outside attack 23 and 27, A23-1).
      const advice = ownAdvice ?? (concernsAnswered.has(claims.conversationId) ? options.stillInDangerOverLimits : undefined);
      if (!advice) return tooMany(response, wait, 'messages');
      // Past that too, the wait is the address's, which lifts within the minute: not the ten minutes of the advice's own
      // count, told to a resident at the worst moment (outside attack 23, A23-1: "try again in 600 seconds").
      if ((await limits.concernOverLimits(claims.conversationId, ownAdvice ? 'concern' : 'follow-up')) > 0) return tooMany(response, wait, 'messages');
      const at = options.now().toISOString();
      // Only what was read is kept: the rest of a long message past the limits would be text stored without a limit.
      const id = await store.append(claims.conversationId, { ...read.activity, text: read1k, from: { id: claims.userId, role: 'user' }, timestamp: at });
      await options.adapter.sayWithoutTurn(claims.conversationId, options.botId, advice);
      concernsAnswered.set(claims.conversationId, true);
      response.send(200, { id });
      return;
    }
    const isConcern = readsAsConcern();
    if (isConcern) concernsAnswered.set(claims.conversationId, true);
    const message: PostedMessage = {
      conversationId: claims.conversationId,
      userId: claims.userId,
      activity: read.activity,
      // Logged once under the client's own id for it, so a retry of this message, here or by a resend, is the same message.
      clientActivityId: read.activity.channelData?.clientActivityID ?? randomUUID(),
      sender: options.clientAddress(request),
      postedAt: options.now().toISOString(),
    };
    if (!isConcern) {
      const id = await deliver(message);
      if (id !== undefined) response.send(200, { id });
      else response.send(502, { error: { code: 'BotError', message: 'The message could not be answered: send it again' } });
      return;
    }
    const id = await deliverConcern(message, options.concernWaitsForDatabaseMs ?? concernWaitsForDatabase);
    if (id !== undefined) {
      response.send(200, { id });
      return;
    }
    response.header('retry-after', '5');
    response.send(503, { error: { code: 'ServiceUnavailable', message: 'The service is briefly unavailable. Your message is kept and will be answered in a moment.' } });
  });

  /** Logs a resident's message and runs its turn: its id once answered, here or before; undefined when the turn did not finish. */
  async function deliver(message: PostedMessage): Promise<string | undefined> {
    const { conversationId, userId, activity, clientActivityId, sender } = message;
    const logged = await store.appendOnce(conversationId, { ...activity, from: { id: userId, role: 'user' }, timestamp: options.now().toISOString() }, clientActivityId);
    // Served by client address: one address's many conversations wait as one (`turnSender`).
    return logged.handled || (await runTurnOnce(conversationId, turnSender.note(toBotActivity(message, activity, logged.id), sender))) ? logged.id : undefined;
  }

  /**
   * The advice waiting to be shown ahead of a slow turn, by conversation: shown once, by the next poll that reaches this instance,
   * before that poll asks the database anything (which may be down or stalled); never stored, so the turn, when it runs, gives it again
   * with the rest. Memory only: an instance that dies takes its advice with it, and the message is answered as a waiting one.
   */
  const adviceAhead = new LRUCache<string, Record<string, unknown>>({ max: 1_000, ttl: 60 * 60 * 1000 });

  /** Puts the advice for `message` where the conversation's next poll shows it, when its words need any. */
  function showAdviceAhead(message: PostedMessage): void {
    const read = (message.activity.text ?? '').slice(0, overLimitsReadChars);
    const text = options.safetyWhileSlow(read);
    if (!text) return;
    // Marked as the turn's own safety reply would be: it stood out and was announced only once the turn ran (operations re-check 28b, OPS-B6).
    const urgent = options.urgencyOf(read);
    const { conversationId } = message;
    adviceAhead.set(conversationId, {
      type: 'message',
      id: `${conversationId}|ahead-${randomUUID()}`,
      text,
      textFormat: 'plain',
      from: { id: options.botId, name: options.botName, role: 'bot' },
      timestamp: options.now().toISOString(),
      ...(urgent && { channelData: { urgent } }),
    });
    logger.warn({ conversationId }, 'directline: an emergency or a disclosure not answered in time: the safety advice shown ahead of its turn');
  }

  /** `deliver`, with the database's being away (or failing the turn) read as undefined: to be tried again. */
  async function attempt(message: PostedMessage): Promise<string | undefined> {
    try {
      return await deliver(message);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      return undefined;
    }
  }

  /**
   * Runs `deliver` until it answers, while the database is what stops it, for up to `waitMs`; past that, keeps the message with
   * the waiting ones (`takeUpWaitingConcerns` tries it again) and gives undefined (the POST is answered 503).
   */
  async function deliverConcern(message: PostedMessage, waitMs: number): Promise<string | undefined> {
    const started = Date.now();
    const aheadAfterMs = options.adviceAheadAfterMs ?? adviceAheadAfterMs;
    const ahead = setTimeout(() => showAdviceAhead(message), aheadAfterMs);
    try {
      const id = await tryDeliverConcern(message, waitMs, started);
      // Answered in time: the turn's own reply is what the poll shows.
      if (id !== undefined && Date.now() - started < aheadAfterMs) adviceAhead.delete(message.conversationId);
      return id;
    } finally {
      clearTimeout(ahead);
    }
  }

  async function tryDeliverConcern(message: PostedMessage, waitMs: number, started: number): Promise<string | undefined> {
    /** An attempt still running when the wait was up: the waiting ones are not tried again before it ends. */
    let running: Promise<string | undefined> | undefined;
    for (let pause = 250; ; pause = Math.min(pause * 2, 2_000)) {
      running = attempt(message);
      const id = await settleWithin(running, waitMs - (Date.now() - started));
      if (id === late) break;
      running = undefined;
      if (id !== undefined) return id;
      if (Date.now() - started + pause > waitMs) break;
      await sleep(pause);
    }
    const { conversationId } = message;
    logger.warn({ conversationId }, 'directline: an emergency or a disclosure is waiting for the database');
    if (!(await waitingConcerns.keep(message))) {
      logger.error({ conversationId }, 'directline: an emergency or a disclosure was not kept: too many are waiting for the database');
    }
    if (running) {
      stillRunning += 1;
      void running.catch(() => undefined).finally(() => (stillRunning -= 1));
    }
    return undefined;
  }

  /** How many attempts outlived their POST's wait: the waiting messages are tried again only once these have ended. */
  let stillRunning = 0;
  let takingUpWaiting = false;

  /**
   * Tries the messages waiting for the database again, one at a time, the oldest first: answered, or given up (an error that is
   * not the database's, or past `keptForMs`), each is forgotten. Runs every few seconds on every instance, with the files that
   * others sharing its folder (or an earlier run of it) left.
   */
  async function takeUpWaitingConcerns(): Promise<void> {
    if (takingUpWaiting || stillRunning > 0) return;
    takingUpWaiting = true;
    try {
      const loaded = await waitingConcerns.load();
      // Said, so an operator can tell whose they were (operations re-check 27b, OPS27b-04).
      if (loaded > 0) logger.warn({ loaded }, 'directline: emergencies or disclosures left waiting for the database by another instance, or an earlier run of this one, are tried here');
      for (const [key, message] of waitingConcerns.entries()) {
        const { conversationId } = message;
        if (options.now().getTime() - Date.parse(message.postedAt) > waitingConcerns.keptForMs) {
          logger.error({ conversationId }, 'directline: an emergency or a disclosure was not answered: the database did not come back in time');
          await waitingConcerns.done(key);
          continue;
        }
        try {
          if ((await attempt(message)) === undefined) continue;
        } catch (error) {
          logger.error({ conversationId, err: error }, 'directline: an emergency or a disclosure could not be answered');
        }
        await waitingConcerns.done(key);
      }
    } finally {
      takingUpWaiting = false;
    }
  }

  server.get(`${clientBase}/conversations/:conversationId/activities`, async (request: Request, response: Response) => {
    const claims = claimsFor(request, response, request.params.conversationId);
    if (!claims) return;
    const watermark = watermarkOf(request.query?.watermark);
    if (watermark === undefined) {
      response.send(400, { error: { code: 'BadArgument', message: 'watermark must be a whole number from an earlier reply' } });
      return;
    }
    const wait = polls.take(claims.conversationId);
    if (wait > 0) return tooMany(response, wait, 'polls');
    // The advice ahead of a slow turn first, and with the watermark as it was, so the next poll reads on from the log as before.
    const advice = adviceAhead.get(claims.conversationId);
    if (advice) {
      adviceAhead.delete(claims.conversationId);
      response.send(200, { activities: [advice], watermark: String(watermark) });
      return;
    }
    const page = await store.activitiesSince(claims.conversationId, watermark);
    response.send(200, { activities: page.activities, watermark: String(page.watermark) });
    await takeUpUnfinishedTurns(claims);
  });

  const takeUpInBackground = (): void => void takeUpWaitingConcerns().catch((error: unknown) => logger.error({ err: error }, 'directline: could not take up the messages waiting for the database'));
  const takingUpWaitingTimer = setInterval(takeUpInBackground, waitingTriedEveryMs);
  takingUpWaitingTimer.unref();
  takeUpInBackground();
  return {
    stop: () => {
      clearInterval(takingUpWaitingTimer);
      // Said loudly: each was answered 503 "kept" (operations trial 27, OPS27-02: a full DATA_DIR during an outage, then a stop).
      const lost = waitingConcerns.unwritten;
      if (lost > 0) logger.error({ lost }, 'directline: emergencies or disclosures waiting for the database, kept in memory only (their files could not be written), are lost with this instance');
    },
  };
}
