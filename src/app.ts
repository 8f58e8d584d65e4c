import type { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { TranscriptLoggerMiddleware, UserState, type TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import { checkDataDirectories, type AppConfig } from './config.js';
import { createLogger, errorsLogged, type Logger } from './logger.js';
import { loadCouncilProfile, type CouncilProfile } from './profile/councilProfile.js';
import { SqlStorage } from './storage/sqlStorage.js';
import { ConversationLockTimeoutError, conversationLock } from './storage/conversationLock.js';
import { oneTurnAtATime } from './bot/oneTurnAtATime.js';
import { jobLocks } from './storage/sql/jobLocks.js';
import { openAppDatabase } from './storage/sql/openAppDatabase.js';
import { databaseProbe } from './storage/sql/databaseProbe.js';
import { WindowedCounts } from './storage/windowedCounts.js';
import type { SqlDatabase } from './storage/sql/sqlDatabase.js';
import { SqlTranscriptStore } from './storage/sqlTranscriptStore.js';
import { ConversationReferences } from './storage/conversationReferences.js';
import { conversationRetention } from './storage/conversationRetention.js';
import { daysBefore, startRetention } from './storage/retention.js';
import { loadOrCreateSecret } from './storage/secrets.js';
import { createServer } from './server/createServer.js';
import { clientAddressReader } from './server/clientAddress.js';
import { defaultConnectionLimits } from './server/connectionGuard.js';
import type { StaffSignIn } from './server/staffSessions.js';
import { registerBotEndpoint } from './server/botEndpoint.js';
import { registerWebChatPage } from './server/webchat/webChatPage.js';
import { registerStatusRoute } from './server/statusRoute.js';
import { registerDirectLineRoutes } from './channels/directLine/directLineRoutes.js';
import { WaitingConcerns } from './channels/directLine/waitingConcerns.js';
import { InProcessAdapter, leftToRunAgain } from './channels/inProcessAdapter.js';
import { DirectLineAdapter } from './channels/directLine/directLineAdapter.js';
import { DirectLineStore } from './channels/directLine/directLineStore.js';
import { DirectLineTokens } from './channels/directLine/directLineTokens.js';
import { residentLimits } from './channels/directLine/residentLimits.js';
import { channelMiddleware } from './channels/rendering/channelMiddleware.js';
import { MemberConversationState } from './channels/teams/memberConversationState.js';
import { OfferedChoicesStore } from './channels/rendering/offeredChoicesStore.js';
import { whatsAppChannelId } from './channels/whatsapp/inboundActivity.js';
import { realTiming } from './channels/whatsapp/graphClient.js';
import { WhatsAppAdapter } from './channels/whatsapp/whatsAppAdapter.js';
import { registerWhatsAppRoutes, whatsAppWebhookPath } from './channels/whatsapp/whatsAppRoutes.js';
import { redeliveryWindowDays, WhatsAppStore } from './channels/whatsapp/whatsAppStore.js';
import { voiceChannelId } from './channels/rendering/channelRendering.js';
import { contactCentreNumber } from './channels/voice/contactCentreNumber.js';
import { CallOutbox } from './channels/voice/callOutbox.js';
import { VoiceAdapter } from './channels/voice/voiceAdapter.js';
import { VoiceCallStore } from './channels/voice/voiceCallStore.js';
import { registerVoiceRoutes, spokenSafetyNow, voiceWebhookPath, whileUnavailable } from './channels/voice/voiceRoutes.js';
import { createBotAdapter, type FailedTurnReply } from './bot/adapter.js';
import { PasswordChecks } from './server/passwordChecks.js';
import { failedTurnReply, lockedTurnReply, safetyOverLimits, safetyWhileSlow, stillInDangerOverLimits } from './conversation/lockedTurn.js';
import { CouncilBot } from './bot/councilBot.js';
import { conversationMemoryState } from './bot/conversationMemoryState.js';
import { storedTranscript } from './bot/turnOutput.js';
import { createConversation } from './conversation/conversation.js';
import { createHandoffs } from './conversation/handoffs.js';
import { createProactiveRunner, createResidentChannel } from './bot/residentChannel.js';
import { registerCaseRoutes } from './cases/caseRoutes.js';
import { CrmWebhookCaseSystem } from './cases/crmWebhookCaseSystem.js';
import { registerOutboxRoutes } from './cases/outboxRoutes.js';
import { SqlCaseCheckGuard } from './cases/caseCheckGuard.js';
import { SqlCaseSystem } from './cases/sqlCaseSystem.js';
import { createForms } from './forms/forms.js';
import { advisorSignInRoute, registerAdvisorConsole } from './handoff/advisorConsoleRoutes.js';
import { LoginThrottle } from './handoff/loginThrottle.js';
import { StaffDevices } from './handoff/staffDevices.js';
import { AdvisorSessions } from './handoff/advisorSessions.js';
import { isWithinOpeningHours } from './handoff/openingHours.js';
import { registerHandoffApi } from './handoff/handoffApiRoutes.js';
import { SqlHandoffHub } from './handoff/sqlHandoffHub.js';
import { listenForNotifications } from './storage/sql/notifications.js';
import { createMetricsReader } from './metrics/metricsReader.js';
import { registerMetricsRoutes } from './metrics/metricsRoutes.js';
import { PrometheusMetrics } from './metrics/prometheusMetrics.js';
import { dashboardSignInRoute, registerDashboard } from './dashboard/dashboardRoutes.js';
import { handoffSummaryText } from './llm/handoffSummariser.js';
import { createLlmServices } from './llm/llmServices.js';
import { loadPrompts } from './llm/prompts.js';
import { assessSafety } from './triage/safety.js';
import { detectLanguage } from './triage/language.js';
import { extractSlotsFromText } from './serviceRequests/extractSlots.js';
import { compileFirstUses, spreadSample, warmUp, type WarmUpReader } from './conversation/warmUp.js';
import { isConcern } from './conversation/safetyConcern.js';
import { createAssistantTriage } from './conversation/assistantTriage.js';
import { openAssistantKnowledge, type AssistantKnowledge } from './knowledge/assistantKnowledge.js';
import { chooseEmbedder } from './knowledge/chooseEmbedder.js';
import { PooledEmbedder } from './knowledge/pooledEmbedder.js';
import { pooledSafetyByExample } from './triage/pooledSafetyByExample.js';
import { LexiconSentimentAnalyser } from './sentiment/lexiconSentimentAnalyser.js';
import { contractorFinder } from './sentiment/contractorMentions.js';
import { createConversationTelemetry } from './telemetry/conversationTelemetry.js';
import { createTelemetryClient } from './telemetry/createTelemetryClient.js';
import { TelemetryEventStore } from './telemetry/telemetryEventStore.js';
import { ChannelTelemetryLoggerMiddleware } from './telemetry/telemetryLogger.js';

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
 * Training messages every reader runs on before the server says it is ready: a few of each author
 * and language. Measured on a busy 2-core machine: /readyz about 3 s later, and the longest event-loop
 * stall at 50 concurrent conversations 630 → 500 ms (one 10 s run each: noisy).
 */
const warmUpSamples = 120;

/** How often each instance looks for WhatsApp messages whose instance died mid-turn (an emergency's is taken up 8 s on). */
const whatsAppTakeUpEveryMs = 5_000;

/** Test seams: the clock decides opening hours, "yesterday" and timestamps. */
export interface AppOverrides {
  now?: () => Date;
}

/** The CRM webhook case system when CASE_SYSTEM=crm-webhook, already delivering; undefined for the embedded one. */
function startCrmCaseSystem(config: AppConfig, database: SqlDatabase, profile: CouncilProfile, logger: Logger): CrmWebhookCaseSystem | undefined {
  if (config.cases.system === 'embedded') return undefined;
  const crm = new CrmWebhookCaseSystem({ database, profile, url: config.cases.url, secret: config.cases.secret, logger });
  crm.start();
  return crm;
}

/**
 * How long requests already running may finish once the app is stopping; past it their connections are ended. A platform waits
 * about 30 s after SIGTERM before killing the process.
 */
const drainWithinMs = 10_000;

/**
 * Stops accepting connections and ends each kept-alive one as soon as it is idle: Node's `close` waits for every open
 * connection, and a client sending a message a second on one connection kept a stopping instance serving for 80 s
 * (operations trial 25, SRE23-F3). Requests running when it is called finish, for up to `drainWithinMs`.
 */
async function closeListener(listener: HttpServer): Promise<void> {
  const closed = new Promise<void>((resolve) => listener.close(() => resolve()));
  const idleEnded = setInterval(() => listener.closeIdleConnections(), 200);
  const drained = setTimeout(() => listener.closeAllConnections(), drainWithinMs);
  listener.closeIdleConnections();
  await closed;
  clearInterval(idleEnded);
  clearTimeout(drained);
}

/**
 * The composition root: every port gets its implementation here, from the validated config.
 * The server listens at once (health probes answer); /readyz turns 200 when the index is loaded.
 */
export async function startApp(config: AppConfig, logger: Logger = createLogger(config.logLevel), overrides: AppOverrides = {}): Promise<RunningApp> {
  const now = overrides.now ?? (() => new Date());
  checkDataDirectories(config);
  const profile = loadCouncilProfile(config.councilProfilePath);
  const shared = await openAppDatabase(config, { logger });
  const storage = new SqlStorage(shared, now);
  const conversationState = new MemberConversationState(storage);
  const userState = new UserState(storage);
  const transcripts = new SqlTranscriptStore(shared);
  const references = new ConversationReferences(shared, now);
  // Request rates (sign-ins, new chats, messages) on the wall clock, shared by every instance.
  const rateCounts = new WindowedCounts({ database: shared });
  const { databaseUrl } = config;
  const hub = new SqlHandoffHub({
    database: shared,
    now,
    ...(databaseUrl && { listen: (channel, handlers) => listenForNotifications(databaseUrl, channel, handlers) }),
    onRelayError: (error) => logger.warn({ err: error }, 'hearing handoff changes from other instances failed (lost the database, or a change could not be read back); listening again'),
  });
  await hub.start();
  // Made whether or not their channel is on, so data from when it was on still expires.
  const directLineStore = new DirectLineStore(shared, now);
  const whatsAppStore = new WhatsAppStore(shared);
  const offeredChoices = new OfferedChoicesStore(shared);
  const voiceCalls = new VoiceCallStore(shared, now);

  const telemetryStore = new TelemetryEventStore(shared);
  const { client: telemetryClient, close: flushTelemetry } = await createTelemetryClient({
    store: telemetryStore,
    applicationInsightsConnectionString: config.applicationInsightsConnectionString,
    logger,
    now,
  });
  const telemetry = createConversationTelemetry(telemetryClient);
  // Each instance keeps the schedules; the instance holding a job's lock prunes.
  const locks = jobLocks(shared);
  const retention = [
    startRetention({ store: telemetryStore, what: 'telemetry events', retentionDays: config.retention.metricsDays, logger, locks }),
    startRetention({
      store: { pruneOlderThan: async (days) => (await transcripts.deleteOlderThan(daysBefore(now(), days), await hub.openConversations())) + (await hub.deleteCompletedBefore(daysBefore(now(), days))) },
      what: 'conversation transcripts and finished handoffs',
      retentionDays: config.retention.transcriptDays,
      logger,
      locks,
    }),
    startRetention({
      store: conversationRetention({ stores: [storage, references, directLineStore, whatsAppStore, offeredChoices, voiceCalls], openConversations: () => hub.openConversations(), now }),
      what: 'idle conversations (state, references, offered choices, Direct Line logs, WhatsApp numbers and statuses, calls)',
      retentionDays: config.retention.conversationDays,
      logger,
      locks,
    }),
    startRetention({
      store: { pruneOlderThan: (days) => whatsAppStore.forgetMessageIdsBefore(daysBefore(now(), days)) },
      what: 'WhatsApp message ids',
      retentionDays: redeliveryWindowDays,
      logger,
      locks,
    }),
  ];

  /** Set once the knowledge index is loaded: the server is ready from then on. */
  let opened: AssistantKnowledge | undefined;
  let indexProgress: number | undefined;
  /** Why the knowledge could not be loaded, once it has failed (not when `close` stopped its build). */
  let startupFailure: string | undefined;
  const server = createServer({
    logger,
    adminToken: config.adminToken,
    isReady: () => opened !== undefined,
    startupFailure: () => startupFailure,
    startupProgress: () => indexProgress,
    databaseAnswers: databaseProbe(shared),
    rawBodyRoutes: [whatsAppWebhookPath, voiceWebhookPath],
    formRoutes: [advisorSignInRoute, dashboardSignInRoute],
    frameAncestors: config.frameAncestors,
    // Behind a reverse proxy every connection comes from the proxy: its front end limits clients.
    connectionLimits: { ...defaultConnectionLimits(), ...(config.trustedProxyHeader && { perAddress: 0 }) },
  });
  const crm = startCrmCaseSystem(config, shared, profile, logger);
  const cases = crm ?? new SqlCaseSystem({ database: shared, profile, now });
  const waitingConcerns = new WaitingConcerns(join(config.dataDir, 'waiting-concerns'), logger);
  const prometheus = new PrometheusMetrics({
    processMetrics: true,
    queryEmbeddingCache: () => opened?.queryCache() ?? { hits: 0, misses: 0 },
    ...(crm && { caseDelivery: () => crm.deliverySummary() }),
    errorsLogged: () => errorsLogged(logger),
    chatConcernsWaiting: () => waitingConcerns.size,
    ...(config.whatsApp && { whatsAppRepliesWaiting: () => whatsAppStore.lateRepliesWaiting() }),
  });
  /** Whether the safety rules alone read a message as an emergency or a disclosure (the phone and the Direct Line's unfinished turns ask). */
  const readsAsConcern = (text: string): boolean => isConcern(assessSafety(text));
  // A failed turn's apology comes after the safety rules' reply, when the message needs one.
  // A message that finds its conversation locked still gets the safety rules' reply. WhatsApp keeps
  // the message and runs its turn once the lock is free, so asking to send it again would answer it
  // twice (PostgreSQL trial 12, R7); the local Direct Line answers the POST 502, so Web Chat shows it unsent.
  // An emergency or a disclosure that the local Direct Line or WhatsApp runs again (`leftToRunAgain`) is not asked to be sent again.
  const replyToFailedTurn: FailedTurnReply = (context, error) => {
    const text = context.activity.text ?? '';
    if (error instanceof ConversationLockTimeoutError) return lockedTurnReply(text, assessSafety, profile, context.activity.channelId === whatsAppChannelId);
    return failedTurnReply(text, assessSafety, profile, context.adapter instanceof InProcessAdapter && leftToRunAgain(error, text, readsAsConcern));
  };
  const adapter = createBotAdapter(config.botAuth, logger, () => prometheus.recordError('turn'), replyToFailedTurn);
  // Every channel's adapter gets the same middleware: one turn at a time per conversation, transcript, telemetry, then per-channel rendering.
  const channelAware = channelMiddleware(offeredChoices);
  const middleware = [oneTurnAtATime(conversationLock(shared)), new TranscriptLoggerMiddleware(transcripts), new ChannelTelemetryLoggerMiddleware(telemetryClient), channelAware];
  adapter.use(...middleware);

  // Templates are checked even with the LLM off, so a broken one is found before it is switched on.
  const llm = createLlmServices({
    settings: config.llm,
    prompts: loadPrompts(config.promptsDir),
    profile,
    onUsage: ({ feature, model, promptTokens, completionTokens }) =>
      telemetryClient.trackEvent({ name: 'llm.usage', properties: { feature, model }, metrics: { promptTokens, completionTokens } }),
  });
  const questionEncoder = chooseEmbedder(config, 'questions');
  const knowledge = questionEncoder.then((embedder) => openAssistantKnowledge({ config, profile, logger, embedder, onProgress: (fraction) => (indexProgress = fraction) }));
  let knowledgeSettled = false;
  /** Set by `close`: a build it stops is not a failure to report. */
  let stopping = false;
  knowledge.then(
    () => (knowledgeSettled = true),
    () => (knowledgeSettled = true),
  );
  // The safety examples were encoded by the bundled model: with hosted embeddings it runs beside them, on one thread.
  const exampleEncoder = questionEncoder.then((embedder) => (embedder instanceof PooledEmbedder ? embedder : new PooledEmbedder({ threads: 1 })));
  const readSafetyByExample = exampleEncoder.then((pool) => pooledSafetyByExample(pool));
  const triage = createAssistantTriage({ profile, knowledge, knowledgeDir: config.knowledgeDir, now, ...(config.llm && { llm }) });

  const forms = createForms({
    cases,
    caseChecks: new SqlCaseCheckGuard({ database: shared, now }),
    profile,
    now,
    ...(config.llm && { readDetails: async (text, slots) => (await llm.extractSlots(text, slots)).value }),
  });

  const handoffs = createHandoffs({
    hub,
    profile,
    conversationSoFar: storedTranscript(transcripts),
    // None while the index loads: an emergency's handoff is not held back for them.
    suggestArticles: async (query) =>
      opened ? (await opened.search(query)).articles.slice(0, 3).map(({ article }) => ({ id: article.id, title: article.title, url: article.url })) : [],
    summarise: async (request) => handoffSummaryText((await llm.summariseHandoff(request)).value),
    telemetry,
    onHandoff: (channel, reason) => prometheus.recordHandoff(channel, reason),
    now,
  });

  const lexiconSentiment = new LexiconSentimentAnalyser();
  const conversation = createConversation({
    assessSafety,
    triage,
    forms,
    handoffs,
    sentiment: config.llm ? llm.sentimentAnalyser(lexiconSentiment) : lexiconSentiment,
    contractorsNamed: contractorFinder(profile.contractors),
    telemetry,
    profile,
    logger,
    now,
    // With an LLM, its reading for risk can add a flag or the safety question (never remove one).
    ...(config.llm && { readSafety: (text: string) => llm.readSafety(text) }),
    readSafetyByExample: async (text) => (await readSafetyByExample)(text),
  });
  const bot = new CouncilBot({
    conversation,
    profile,
    memory: conversationMemoryState(conversationState),
    states: [conversationState, userState],
    references,
    transcripts,
    onMessageHandled: (channel, seconds) => prometheus.recordTurn(channel, seconds),
  });
  // The resident page's local Direct Line runs the bot in this process, never through /api/messages,
  // so it works whether or not that endpoint requires Bot Framework authentication.
  const directLine = new DirectLineAdapter(directLineStore, profile.branding.botName, now);
  directLine.use(...middleware);
  directLine.onTurnError = adapter.onTurnError;
  const clientAddress = clientAddressReader(config.trustedProxyHeader);
  const residentsLimits = residentLimits(rateCounts);
  registerBotEndpoint(
    server,
    adapter,
    (context) => bot.run(context),
    logger,
    { authenticated: Boolean(config.botAuth), isLocalConversation: (conversationId) => directLine.owns(conversationId) },
    { unauthenticated: { limits: residentsLimits, clientAddress } },
  );
  registerWebChatPage(server, profile, { keptForDays: config.retention.transcriptDays });
  registerCaseRoutes(server, cases);
  if (crm) registerOutboxRoutes(server, crm);

  const whatsApp =
    config.whatsApp &&
    new WhatsAppAdapter(config.whatsApp, {
      store: whatsAppStore,
      conversationKey: await loadOrCreateSecret(shared, 'whatsapp-conversations'),
      logger,
      readsAsConcern,
      safetyWhileSlow: (text) => safetyWhileSlow(text, assessSafety, profile),
      // The app's clock, so the 24-hour window and retention agree.
      timing: { ...realTiming, now: () => now().getTime() },
    });
  let whatsAppTakingUp: NodeJS.Timeout | undefined;
  if (whatsApp && config.whatsApp) {
    const logic = (context: TurnContext) => bot.run(context);
    whatsApp.use(...middleware);
    whatsApp.onTurnError = adapter.onTurnError;
    registerWhatsAppRoutes(server, { adapter: whatsApp, logic, verifyToken: config.whatsApp.verifyToken, appSecret: config.whatsApp.appSecret, logger });
    // A message whose instance died after acknowledging it is run by whichever instance looks next.
    whatsAppTakingUp = setInterval(() => {
      void whatsApp.takeUpUnfinishedTurns(logic).catch((error: unknown) => logger.error({ err: error }, 'WhatsApp: could not take up unfinished turns'));
      // Replies the Graph API did not take, left for another try or by an instance that died or stopped (operations trial 28, OPS28-01).
      void whatsApp.postKeptReplies().catch((error: unknown) => logger.error({ err: error }, 'WhatsApp: could not post the replies kept for another try'));
    }, whatsAppTakeUpEveryMs);
    whatsAppTakingUp.unref();
  }

  /** Who holds a call's handoff once it is put through to the contact centre's phones. */
  const phoneTeam = 'Phone team';
  const voice =
    config.voice &&
    new VoiceAdapter({
      calls: voiceCalls,
      offered: offeredChoices,
      outbox: new CallOutbox(),
      conversationKey: await loadOrCreateSecret(shared, 'voice-conversations'),
      contactCentre: contactCentreNumber(profile),
      referencePrefix: profile.council.referencePrefix,
      // The console still shows the summary, held by the phone team, until the call ends.
      onTransferred: async (conversationId) => void (await hub.accept(conversationId, phoneTeam)),
      onCallEnded: (conversationId) => hub.close(conversationId),
      readsAsConcern,
      adviceNow: spokenSafetyNow(profile, assessSafety),
      advisorsIn: () => isWithinOpeningHours(profile, now()),
      interpreterLines: [profile.interpreterLines, profile.spokenInterpreterLines, profile.emergencyInterpreterLines].flatMap((lines) => Object.entries(lines)),
      logger,
      now,
    });
  if (voice && config.voice) {
    voice.use(...middleware);
    voice.onTurnError = adapter.onTurnError;
    registerVoiceRoutes(server, { adapter: voice, logic: (context) => bot.run(context), logger, unavailable: whileUnavailable(profile, assessSafety), ...config.voice });
  }

  // One sign-in for the advisor console and the dashboard: the same accounts, sessions and throttle.
  const signIn: StaffSignIn = {
    accounts: config.advisorAccounts,
    adminToken: config.adminToken,
    sessions: new AdvisorSessions({ database: shared }),
    throttle: new LoginThrottle({ counts: rateCounts }),
    clientAddress,
    devices: new StaffDevices(await loadOrCreateSecret(shared, 'staff-devices')),
    passwordChecks: new PasswordChecks(),
    // PUBLIC_BASE_URL (set with the phone channel) says the public address is https.
    secureCookies: config.voice?.publicBaseUrl.startsWith('https:') ?? false,
  };
  const runProactively = createProactiveRunner({
    references,
    adapterFor: async (reference) => {
      if (reference.channelId === whatsAppChannelId && whatsApp) return whatsApp;
      if (reference.channelId === voiceChannelId && voice) return voice;
      if (await directLine.owns(reference.conversation?.id ?? '')) return directLine;
      return adapter;
    },
    botAppId: config.botAuth?.appId ?? '',
  });
  const advisorConsole = registerAdvisorConsole(server, {
    hub,
    residents: createResidentChannel(runProactively, bot),
    signIn,
    profile,
    logger,
  });
  registerHandoffApi(server, { hub });
  const metricsReader = createMetricsReader({ store: telemetryStore, profile, now });
  registerMetricsRoutes(server, { reader: metricsReader, prometheus, metricsToken: config.metricsToken, logger });
  registerDashboard(server, { reader: metricsReader, signIn, profile, logger });

  const startedAt = new Date().toISOString();
  registerStatusRoute(server, async () => ({
    status: opened ? 'ready' : 'starting',
    startedAt,
    llm: llm.state(),
    knowledge: opened && {
      articles: opened.manifest.articleCount,
      chunks: opened.manifest.chunkCount,
      embeddingModel: opened.manifest.embedder.id,
      builtAt: opened.manifest.builtAt,
    },
    ...(crm && { caseDelivery: await crm.deliverySummary() }),
  }));

  const directLineRoutes = registerDirectLineRoutes(server, {
    store: directLineStore,
    // Its own secret: the one before it ('directline') was half exposed as the old connector key.
    tokens: new DirectLineTokens(await loadOrCreateSecret(shared, 'directline-tokens')),
    adapter: directLine,
    logic: (context) => bot.run(context),
    logger,
    botId: 'council-assistant',
    clientAddress,
    limits: residentsLimits,
    now,
    readsAsConcern,
    safetyOverLimits: (text) => safetyOverLimits(text, assessSafety, profile),
    stillInDangerOverLimits: stillInDangerOverLimits(profile),
    safetyWhileSlow: (text) => safetyWhileSlow(text, assessSafety, profile),
    urgencyOf: (text) => {
      const safety = assessSafety(text);
      return safety.emergency ? 'emergency' : safety.safeguarding ? 'safeguarding' : undefined;
    },
    botName: profile.branding.botName,
    waitingConcerns,
  });

  // Offline readers only: an LLM's readings are not run for samples.
  const readers: WarmUpReader[] = [assessSafety, (text) => extractSlotsFromText(text, now(), profile), (text) => detectLanguage(text, Object.keys(profile.interpreterLines)), (text) => lexiconSentiment.analyse(text)];
  compileFirstUses(readers);
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const address = server.address() as AddressInfo;
  const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  logger.info({ url }, 'listening');

  const ready = knowledge.then(async (knowledgeOpened) => {
    await warmUp(spreadSample(knowledgeOpened.trainingMessages, warmUpSamples), readers);
    opened = knowledgeOpened;
    logger.info('ready');
  });
  ready.catch((error: unknown) => {
    if (stopping) return logger.info('knowledge index build stopped');
    startupFailure = 'the knowledge could not be loaded';
    logger.fatal({ err: error }, 'knowledge could not be loaded: /healthz answers 503 so the platform restarts this instance');
  });

  return {
    url,
    server,
    logger,
    ready,
    async close() {
      advisorConsole.close();
      for (const schedule of retention) schedule.stop();
      clearInterval(whatsAppTakingUp);
      directLineRoutes.stop();
      // Stopped during the first index build (a platform restarting a cold start): the encoder's threads end, so the build stops
      // now, not when it is done, and questions waiting for it are answered; its staging copy never replaces the index. Stopped
      // only after the listener had closed, the build ran on for 30 s and the instance then served as ready (operations trial 25, SRE23-F3).
      stopping = true;
      if (!knowledgeSettled) await (await questionEncoder.catch(() => undefined))?.close?.();
      await closeListener(server.server);
      await crm?.stop();
      await whatsApp?.idle();
      await (await knowledge.catch(() => undefined))?.close();
      const [embedder, examples] = await Promise.all([questionEncoder.catch(() => undefined), exampleEncoder.catch(() => undefined)]);
      if (examples && examples !== embedder) await examples.close?.();
      await flushTelemetry();
      await telemetryStore.flush();
      await transcripts.flush();
      await hub.stop();
      await shared.close();
    },
  };
}
