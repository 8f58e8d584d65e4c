import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Request, Response, Server } from 'restify';
import type { Logger } from '../logger.js';
import { dateRangeQuery } from '../metrics/dateRange.js';
import type { MetricsReader } from '../metrics/metricsReader.js';
import { readDateRange } from '../metrics/metricsRoutes.js';
import { reportToCsv } from '../metrics/reportCsv.js';
import type { CouncilProfile } from '../profile/councilProfile.js';
import { fillTemplate, serveAsset, staffPageHeaders } from '../server/staffPageHtml.js';
import { sendJson, staffPage, type StaffSignIn } from '../server/staffSessions.js';
import { conversationMoveLabels, topicLabels } from '../triage/topics.js';

/** The sign-in form posts here as application/x-www-form-urlencoded (createServer's formRoutes). */
export const dashboardSignInRoute = '/dashboard/login';

export interface DashboardOptions {
  reader: MetricsReader;
  /** The advisor console's accounts, sessions and throttle: one staff sign-in for both pages. */
  signIn: StaffSignIn;
  profile: CouncilProfile;
  logger: Logger;
}

const pageDirectory = join(dirname(fileURLToPath(import.meta.url)), 'page');
const readPageFile = (name: string): string => readFileSync(join(pageDirectory, name), 'utf8');
/** Every topic id the measures may name, with the name a manager reads ("Damp and mould", not "damp-mould"). */
const dashboardTopicLabels = JSON.stringify({ ...topicLabels, ...conversationMoveLabels });

/** Chart.js's browser bundle, straight from node_modules (no CDN). */
const chartBundlePath = (): string => join(dirname(createRequire(import.meta.url).resolve('chart.js')), 'chart.umd.min.js');

/**
 * The service manager's dashboard: charts and tables of the measures, a date-range filter and a
 * CSV export. Staff sign in as on the advisor console; the page's data answers 401 without a session.
 */
export function registerDashboard(server: Server, options: DashboardOptions): void {
  const { reader, signIn, profile, logger } = options;
  const templates = { dashboard: readPageFile('dashboard.html'), signIn: readPageFile('signin.html') };
  const sendSignInPage = (response: Response, status: number, message = '', username = ''): void => {
    response.writeHead(status, staffPageHeaders);
    response.end(fillTemplate(templates.signIn, { councilName: profile.council.name, message, username }));
  };
  const staff = staffPage({ ...signIn, logger, path: '/dashboard', pageName: 'dashboard', sendSignInPage });

  server.get('/dashboard', async (request: Request, response: Response) => {
    const signedIn = await staff.signedInAs(request);
    if (!signedIn) return sendSignInPage(response, 200);
    const { from, to } = dateRangeQuery(reader.today()).parse({});
    response.writeHead(200, staffPageHeaders);
    response.end(
      fillTemplate(templates.dashboard, {
        councilName: profile.council.name,
        advisor: signedIn.session.advisor,
        csrfToken: signedIn.session.csrfToken,
        topicLabels: dashboardTopicLabels,
        from,
        to,
      }),
    );
  });

  server.get('/dashboard/dashboard.js', serveAsset(readPageFile('dashboard.js'), 'application/javascript; charset=utf-8'));
  server.get('/dashboard/dashboard.css', serveAsset(readPageFile('dashboard.css'), 'text/css; charset=utf-8'));
  server.get('/dashboard/chart.js', serveAsset(readFileSync(chartBundlePath()), 'application/javascript; charset=utf-8'));

  server.post(dashboardSignInRoute, staff.signIn);
  server.post('/dashboard/logout', staff.staffOnly(async (request, response, signedIn) => staff.signOut(request, response, signedIn)));

  server.get(
    '/dashboard/api/metrics',
    staff.staffOnly(async (request, response) => {
      const range = readDateRange(request, response, reader);
      if (range) sendJson(response, 200, await reader.report(range));
    }),
  );

  server.get(
    '/dashboard/export.csv',
    staff.staffOnly(async (request, response) => {
      const range = readDateRange(request, response, reader);
      if (!range) return;
      const csv = reportToCsv(await reader.report(range));
      response.writeHead(200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="assistant-metrics-${range.from}-to-${range.to}.csv"`,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      });
      response.end(csv);
    }),
  );
}
