import { hashAdvisorPassword } from '../../src/handoff/advisorAuth.js';
import { startFakeConnector } from '../support/fakeConnector.js';
import { keepTrafficOnLoopback } from './loopbackOnly.js';
import { emulatorResident } from './residents.js';
import { sharedIndexDir, startTestApp, temporaryDataDir, thursdayMorning } from '../support/testApp.js';

/**
 * The app as the attacks meet it: auth off (as the bundled Web Chat needs), staff endpoints on
 * (ADMIN_TOKEN), two advisor accounts, and WhatsApp on with made-up credentials whose Graph API
 * is a closed port on this machine, so nothing ever leaves it. Thursday morning, so advisors are in.
 */
export const adminToken = 'attack-suite-staff-token-0123456789';
export const advisors = [
  { username: 'alice', password: 'alice-has-a-long-password' },
  { username: 'bob', password: 'bob-has-a-long-password' },
];
export const whatsAppSecret = 'attack-suite-whatsapp-app-secret';

export interface Target {
  url: string;
  dataDir: string;
  /** A channel connector on this machine that takes the bot's replies, as Azure's would. */
  connectorUrl: string;
  /** host:port of every connection the app tried to make off this machine (all refused). */
  refusedConnections: readonly string[];
  /**
   * Errors nothing caught, which would have ended the server's process: while the suite runs
   * they are recorded here instead, so one crash is reported and the other attacks still run.
   */
  uncaught: string[];
  close(): Promise<void>;
}

export async function startTarget(): Promise<Target> {
  const guard = keepTrafficOnLoopback();
  const connector = await startFakeConnector();
  const dataDir = temporaryDataDir();
  const app = await startTestApp(
    {
      DATA_DIR: dataDir,
      INDEX_DIR: sharedIndexDir,
      ADMIN_TOKEN: adminToken,
      ADVISOR_ACCOUNTS: advisors.map(({ username, password }) => `${username}:${hashAdvisorPassword(password)}`).join(','),
      WHATSAPP_VERIFY_TOKEN: 'attack-suite-verify-token',
      WHATSAPP_APP_SECRET: whatsAppSecret,
      WHATSAPP_ACCESS_TOKEN: 'attack-suite-access-token',
      WHATSAPP_PHONE_NUMBER_ID: '106540352242922',
      WHATSAPP_GRAPH_URL: 'http://127.0.0.1:9',
    },
    { now: () => thursdayMorning },
  );
  // The first answer loads the embedding model (seconds of work, once): not what any attack measures.
  await emulatorResident(app.url, 'attack-suite-warm-up').say('When is my bin collected?');
  // The embedding library's (Emscripten) handlers rethrow every uncaught error and unhandled
  // rejection, so they are set aside while the suite runs, and put back after.
  const uncaught: string[] = [];
  const recordUncaught = (error: unknown): void => void uncaught.push(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  const events = ['uncaughtException', 'unhandledRejection'] as const;
  const earlierHandlers = events.map((event) => [event, process.listeners(event as 'uncaughtException')] as const);
  for (const event of events) {
    process.removeAllListeners(event);
    process.on(event as 'uncaughtException', recordUncaught);
  }
  return {
    url: app.url,
    dataDir,
    connectorUrl: connector.url,
    refusedConnections: guard.refused,
    uncaught,
    async close() {
      await app.close();
      await connector.close();
      guard.release();
      for (const [event, handlers] of earlierHandlers) {
        process.off(event, recordUncaught);
        for (const handler of handlers) process.on(event as 'uncaughtException', handler as NodeJS.UncaughtExceptionListener);
      }
    },
  };
}
