import type { AddressInfo } from 'node:net';
import { ConversationState, UserState } from 'botbuilder';
import type { Server } from 'restify';
import type { AppConfig } from './config.js';
import { createLogger, type Logger } from './logger.js';
import { loadCouncilProfile } from './profile/councilProfile.js';
import { openDatabase } from './storage/database.js';
import { SqliteStorage } from './storage/sqliteStorage.js';
import { loadOrCreateSecret } from './storage/secrets.js';
import { createServer } from './server/createServer.js';
import { registerBotEndpoint } from './server/botEndpoint.js';
import { registerWebChatPage } from './server/webchat/webChatPage.js';
import { registerStatusRoute } from './server/statusRoute.js';
import { registerDirectLineRoutes } from './channels/directLine/directLineRoutes.js';
import { DirectLineStore } from './channels/directLine/directLineStore.js';
import { DirectLineTokens } from './channels/directLine/directLineTokens.js';
import { createBotAdapter } from './bot/adapter.js';
import { CouncilBot } from './bot/councilBot.js';
import { createPipeline, type ConversationMemory } from './bot/pipeline.js';
import { smalltalkReply, talkToSomeoneReply } from './bot/phrases.js';
import { createTriage } from './triage/triage.js';
import { assessSafety } from './triage/safety.js';
import { openAssistantKnowledge } from './knowledge/assistantKnowledge.js';
import type { IndexManifest } from './knowledge/knowledgeIndex.js';

export interface RunningApp {
  /** Base URL the server listens on, e.g. http://127.0.0.1:3978 */
  url: string;
  server: Server;
  logger: Logger;
  /** Resolves once storage and the knowledge index are ready. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * The composition root: every port gets its implementation here, from the validated config.
 * The server listens at once (health probes answer); /readyz turns 200 when the index is loaded.
 */
export async function startApp(config: AppConfig, logger: Logger = createLogger(config.logLevel)): Promise<RunningApp> {
  const profile = loadCouncilProfile(config.councilProfilePath);
  const database = openDatabase(config.dataDir);
  const storage = new SqliteStorage(database);
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);

  let isReady = false;
  const server = createServer({ logger, adminToken: config.adminToken, isReady: () => isReady });
  const adapter = createBotAdapter(config.botAuth, logger);

  const knowledge = openAssistantKnowledge({ config, profile, logger });
  const triage = createTriage({
    profile,
    assessSafety,
    knowledge,
    phrases: { talkToSomeone: talkToSomeoneReply, smalltalk: smalltalkReply },
  });

  const pipeline = createPipeline({
    triage,
    memory: conversationState.createProperty<ConversationMemory>('assistant'),
    profile,
    logger,
  });
  const bot = new CouncilBot(pipeline, profile, [conversationState, userState]);
  registerBotEndpoint(server, adapter, (context) => bot.run(context), logger);
  registerWebChatPage(server, profile);

  const startedAt = new Date().toISOString();
  let manifest: IndexManifest | undefined;
  registerStatusRoute(server, () => ({
    status: isReady ? 'ready' : 'starting',
    startedAt,
    knowledge: manifest && {
      articles: manifest.articleCount,
      chunks: manifest.chunkCount,
      embeddingModel: manifest.embedder.id,
      builtAt: manifest.builtAt,
    },
  }));

  let url = '';
  if (config.botAuth) {
    logger.info('local Direct Line is off because Bot Framework authentication is on: use Azure Bot Service channels');
  } else {
    const signingKey = loadOrCreateSecret(database, 'directline');
    registerDirectLineRoutes(server, {
      store: new DirectLineStore(database),
      tokens: new DirectLineTokens(signingKey),
      logger,
      botId: 'council-assistant',
      selfUrl: () => url.replace('0.0.0.0', '127.0.0.1'),
      connectorKey: signingKey.subarray(0, 16).toString('hex'),
    });
  }

  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const address = server.address() as AddressInfo;
  url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  logger.info({ url }, 'listening');

  const ready = knowledge.then((opened) => {
    manifest = opened.manifest;
    isReady = true;
    logger.info('ready');
  });
  ready.catch((error: unknown) => logger.fatal({ err: error }, 'knowledge could not be loaded'));

  return {
    url,
    server,
    logger,
    ready,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await knowledge.catch(() => undefined);
      database.close();
    },
  };
}
