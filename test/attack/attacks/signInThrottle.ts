import { rawRequest, type RawResponse } from '../rawHttp.js';
import { AttackLog, type AttackReport } from '../report.js';
import { advisors, type Target } from '../target.js';

/**
 * Finding 6: the sign-in throttle checked, then awaited scrypt, then counted, so 200 guesses
 * sent at once were all checked; the console and the dashboard each had their own throttle; and
 * it counted by address only, so a guesser with many addresses was never slowed. Each source
 * address below is another loopback address (127.0.0.0/8 is all this machine).
 */

/** LoginThrottle's failures allowed per window: per person (address and username), and per username from any address. */
const throttleLimit = 5;
const usernameLimit = 25;
const parallelGuesses = 200;

const guess = (target: Target, page: '/advisor/login' | '/dashboard/login', username: string, from: string): Promise<RawResponse> =>
  rawRequest(target.url, {
    method: 'POST',
    path: page,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username, password: `wrong-${Math.random()}` }).toString(),
    localAddress: from,
    timeoutMs: 30_000,
  });

export async function signInThrottle(target: Target): Promise<AttackReport> {
  const log = new AttackLog();
  const statuses = (responses: RawResponse[]) => ({
    checked: responses.filter((response) => response.status === 401).length,
    refused: responses.filter((response) => response.status === 429).length,
  });

  const [first, second] = advisors;
  const parallel = await Promise.all(Array.from({ length: parallelGuesses }, () => guess(target, '/advisor/login', first!.username, '127.0.0.20')));
  parallel.forEach((response, index) => log.count('POST /advisor/login (200 at once)', response, `parallel guess ${index + 1}`));
  const { checked, refused } = statuses(parallel);
  log.expect(checked <= throttleLimit, `${checked} of ${parallelGuesses} guesses sent at once were checked (401), ${refused} refused (429): at most ${throttleLimit} should be checked`);

  const shared: RawResponse[] = [];
  for (let attempt = 0; attempt < throttleLimit; attempt += 1) shared.push(log.count('POST /advisor/login', await guess(target, '/advisor/login', 'no-such-advisor', '127.0.0.21'), 'console guess'));
  const onDashboard = log.count('POST /dashboard/login', await guess(target, '/dashboard/login', 'no-such-advisor', '127.0.0.21'), 'dashboard guess after the console is locked');
  log.expect(onDashboard.status === 429, `after ${throttleLimit} failures on /advisor/login, /dashboard/login still checked a password (${onDashboard.status}): the two pages do not share one throttle`);

  const spread: RawResponse[] = [];
  for (let address = 1; address <= usernameLimit + 2 * throttleLimit; address += 1) {
    spread.push(log.count('POST /advisor/login (one username, many addresses)', await guess(target, '/advisor/login', second!.username, `127.0.1.${address}`), `guess from 127.0.1.${address}`));
  }
  const byUsername = statuses(spread);
  log.expect(byUsername.checked <= usernameLimit, `${byUsername.checked} guesses at "${second!.username}" from ${spread.length} addresses were all checked: the throttle is not keyed by username`);
  return log.report();
}
