import type { AddressInfo } from 'node:net';
import type { Activity, TurnContext } from 'botbuilder';
import { safetyWhileSlow } from '../../../src/conversation/lockedTurn.js';
import { isConcern } from '../../../src/conversation/safetyConcern.js';
import { assessSafety } from '../../../src/triage/safety.js';
import { createLogger } from '../../../src/logger.js';
import { createServer } from '../../../src/server/createServer.js';
import { openDatabase } from '../../../src/storage/database.js';
import { migrate } from '../../../src/storage/sql/migrations.js';
import { openSqlite, type SqlDatabase } from '../../../src/storage/sql/sqlDatabase.js';
import { channelMiddleware } from '../../../src/channels/rendering/channelMiddleware.js';
import { OfferedChoicesStore } from '../../../src/channels/rendering/offeredChoicesStore.js';
import { WhatsAppAdapter } from '../../../src/channels/whatsapp/whatsAppAdapter.js';
import { registerWhatsAppRoutes, whatsAppWebhookPath } from '../../../src/channels/whatsapp/whatsAppRoutes.js';
import { WhatsAppStore } from '../../../src/channels/whatsapp/whatsAppStore.js';
import type { WhatsAppOptions } from '../../../src/channels/whatsapp/whatsAppOptions.js';
import { bundledProfile } from '../../support/offlineTriage.js';
import { temporaryDataDir } from '../../support/tempDir.js';
import { startFakeGraph, type FakeGraph } from './fakeGraph.js';
import { appSecret, phoneNumberId } from './webhookPayloads.js';

export const verifyToken = 'northbrook-verify-token';
export const accessToken = 'test-access-token';

/** Turn logic for the tests: remembers what the bot was given and echoes the text. */
export const echo = (seen: Partial<Activity>[]) => async (context: TurnContext) => {
  seen.push(structuredClone(context.activity));
  if (context.activity.type === 'message') await context.sendActivity(`echo: ${context.activity.text}`);
};

export interface Harness {
  adapter: WhatsAppAdapter;
  /** Another instance on the same database (its own queues), as behind a load balancer. */
  secondInstance(): WhatsAppAdapter;
  store: WhatsAppStore;
  database: SqlDatabase;
  graph: FakeGraph;
  /** The adapter's clock (epoch ms); tests move it. */
  clock: { now: number };
  /** Every backoff the client asked to wait, in ms; nothing actually waits. */
  sleeps: number[];
  close(): Promise<void>;
}

/** A WhatsApp adapter with SQLite state, the channel middleware, a fake clock and a fake Graph API. */
export interface HarnessChoices {
  /** How long an emergency's turn may go without a reply before the advice is sent ahead (the adapter's default unless given). */
  answerConcernWithinMs?: number;
  /** Wraps the store the adapter sees (a stalled database, say); the harness's own `store` stays the real one. */
  storeSeenByAdapter?: (store: WhatsAppStore) => WhatsAppStore;
}

export async function whatsAppHarness(overrides: Partial<WhatsAppOptions> = {}, choices: HarnessChoices = {}): Promise<Harness> {
  const graph = await startFakeGraph();
  const file = openDatabase(temporaryDataDir());
  const database = openSqlite(file);
  await migrate(database);
  const store = new WhatsAppStore(database);
  const clock = { now: Date.now() };
  const sleeps: number[] = [];
  const options: WhatsAppOptions = {
    verifyToken,
    appSecret,
    accessToken,
    phoneNumberId,
    graphBaseUrl: graph.url,
    apiVersion: 'v23.0',
    ...overrides,
  };
  const instance = (): WhatsAppAdapter => {
    const adapter = new WhatsAppAdapter(options, {
      store: choices.storeSeenByAdapter?.(store) ?? store,
      conversationKey: Buffer.from('conversation-key-for-tests'),
      logger: createLogger('silent'),
      readsAsConcern: (text) => isConcern(assessSafety(text)),
      safetyWhileSlow: (text) => safetyWhileSlow(text, assessSafety, bundledProfile),
      ...(choices.answerConcernWithinMs !== undefined && { answerConcernWithinMs: choices.answerConcernWithinMs }),
      timing: { now: () => clock.now, random: () => 0.5, sleep: async (ms) => void sleeps.push(ms) },
    });
    adapter.use(channelMiddleware(new OfferedChoicesStore(database)));
    return adapter;
  };
  const adapter = instance();
  return {
    adapter,
    secondInstance: instance,
    store,
    database,
    graph,
    clock,
    sleeps,
    async close() {
      await adapter.idle();
      await graph.close();
      await database.close();
      file.close();
    },
  };
}

/** Staff token for the test server (see startWebhookServer). */
const adminToken = 'staff-token-for-whatsapp-tests';

/**
 * The app's own restify server (src/server/createServer.ts: staff guard, query and body parsers)
 * on 127.0.0.1 with the webhook routes. Until /api/whatsapp is added to the staff guard's
 * self-authenticated paths, the guard wants a staff token on it, so `headers` carries one;
 * once the path is exempt the header is simply ignored.
 */
export async function startWebhookServer(harness: Harness, logic: (context: TurnContext) => Promise<void>) {
  const logger = createLogger('silent');
  const server = createServer({ logger, adminToken, isReady: () => true, rawBodyRoutes: [whatsAppWebhookPath] });
  registerWhatsAppRoutes(server, { adapter: harness.adapter, logic, verifyToken, appSecret, logger });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/whatsapp`,
    headers: { authorization: `Bearer ${adminToken}` },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
