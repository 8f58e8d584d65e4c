import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { dashboardSignInRoute, registerDashboard } from '../../src/dashboard/dashboardRoutes.js';
import { hashAdvisorPassword, parseAdvisorAccounts } from '../../src/handoff/advisorAuth.js';
import { AdvisorSessions } from '../../src/handoff/advisorSessions.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { createMetricsReader } from '../../src/metrics/metricsReader.js';
import { registerMetricsRoutes } from '../../src/metrics/metricsRoutes.js';
import { PrometheusMetrics } from '../../src/metrics/prometheusMetrics.js';
import { loadCouncilProfile } from '../../src/profile/councilProfile.js';
import { StaffDevices } from '../../src/handoff/staffDevices.js';
import { PasswordChecks } from '../../src/server/passwordChecks.js';
import { LoginThrottle } from '../../src/handoff/loginThrottle.js';
import { WindowedCounts } from '../../src/storage/windowedCounts.js';
import { clientAddressReader } from '../../src/server/clientAddress.js';
import { createServer } from '../../src/server/createServer.js';
import { openDatabase } from '../../src/storage/database.js';
import { migrate } from '../../src/storage/sql/migrations.js';
import { openSqlite } from '../../src/storage/sql/sqlDatabase.js';
import { createConversationTelemetry } from '../../src/telemetry/conversationTelemetry.js';
import { SqliteTelemetryClient } from '../../src/telemetry/sqliteTelemetryClient.js';
import { TelemetryEventStore } from '../../src/telemetry/telemetryEventStore.js';
import { scriptedAsOf, scriptedEvents } from '../metrics/scriptedConversations.js';
import { temporaryDataDir } from './tempDir.js';

export const profile = loadCouncilProfile(fileURLToPath(new URL('../../knowledge/council.yaml', import.meta.url)));
export const staffToken = 'a-long-enough-staff-token';
export const staffPassword = 'carol-has-a-long-password';

export interface MetricsServerOptions {
  /** METRICS_TOKEN for /metrics; unset = open. */
  metricsToken?: string;
  logger?: Logger;
}

/**
 * A restify server with the app's middleware (staff guard, query and body parsing, as in
 * src/server/createServer.ts), the metrics routes and the dashboard, holding the scripted
 * conversations recorded through the real telemetry path at their own times.
 */
export async function startMetricsServer({ metricsToken, logger = createLogger('silent') }: MetricsServerOptions = {}) {
  const database = openDatabase(temporaryDataDir());
  const shared = openSqlite(database);
  await migrate(shared);
  const store = new TelemetryEventStore(shared);
  let clock = new Date();
  const telemetry = createConversationTelemetry(new SqliteTelemetryClient({ store, now: () => clock }));
  for (const { at, event } of scriptedEvents) {
    clock = new Date(at);
    telemetry.record(event);
  }
  const reader = createMetricsReader({ store, profile, now: () => scriptedAsOf });
  const prometheus = new PrometheusMetrics();

  const server = createServer({ logger, adminToken: staffToken, isReady: () => true, formRoutes: [dashboardSignInRoute] });
  registerMetricsRoutes(server, { reader, prometheus, metricsToken, logger });
  registerDashboard(server, {
    reader,
    signIn: {
      accounts: parseAdvisorAccounts(`carol:${hashAdvisorPassword(staffPassword)}`),
      adminToken: staffToken,
      sessions: new AdvisorSessions({ database: shared }),
      throttle: new LoginThrottle({ counts: new WindowedCounts({ database: shared }) }),
      clientAddress: clientAddressReader(undefined),
      passwordChecks: new PasswordChecks(),
      devices: new StaffDevices(randomBytes(32)),
      secureCookies: false,
    },
    profile,
    logger,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    prometheus,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      database.close();
    },
  };
}

/** Signs in to the dashboard through its form, as a browser would; returns the session cookie. */
export async function signInToDashboard(baseUrl: string, username = 'carol', password = staffPassword): Promise<string> {
  const response = await fetch(`${baseUrl}/dashboard/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username, password }).toString(),
    redirect: 'manual',
  });
  if (response.status !== 303) throw new Error(`sign-in answered ${response.status}`);
  return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
}
