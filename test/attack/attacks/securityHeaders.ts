import { rawRequest } from '../rawHttp.js';
import { AttackLog, type AttackReport } from '../report.js';
import type { Target } from '../target.js';

/**
 * Finding 9: the resident page had no Content-Security-Policy, so it could be framed
 * (clickjacking) and any injected script would run. Every page a browser opens carries a
 * policy that names frame-ancestors, nosniff and a Referrer-Policy.
 */
const pages = ['/', '/advisor', '/dashboard'];

const required: [string, (value: string) => boolean][] = [
  ['content-security-policy with frame-ancestors', (value) => /frame-ancestors\s+[^;]+/.test(value)],
  ['x-content-type-options: nosniff', (value) => value.toLowerCase() === 'nosniff'],
  ['referrer-policy', (value) => value.trim() !== ''],
];
const headerName = (requirement: string): string => requirement.split(/[ :]/)[0]!;

export async function securityHeaders(target: Target): Promise<AttackReport> {
  const log = new AttackLog();
  for (const path of pages) {
    const response = log.count(`GET ${path}`, await rawRequest(target.url, { path }), `GET ${path}`);
    if (response.status === 0 || response.status === -1) continue;
    log.expect(response.status === 200, `GET ${path} answered ${response.status}`);
    for (const [requirement, holds] of required) {
      const value = response.headers[headerName(requirement)];
      log.expect(typeof value === 'string' && holds(value), `GET ${path} has no ${requirement} (got ${JSON.stringify(value)})`);
    }
  }
  return log.report();
}
