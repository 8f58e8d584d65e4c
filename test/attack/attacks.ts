import { caseReferences } from './attacks/caseReferences.js';
import { directLineSpoofing } from './attacks/directLineSpoofing.js';
import { fuzz } from './attacks/fuzz.js';
import { longMessageFreeze } from './attacks/longMessages.js';
import { malformedActivities } from './attacks/malformedActivities.js';
import { multipartUploads } from './attacks/multipartUploads.js';
import { openRelay } from './attacks/openRelay.js';
import { securityHeaders } from './attacks/securityHeaders.js';
import { signInThrottle } from './attacks/signInThrottle.js';
import { staffGuard } from './attacks/staffGuard.js';
import type { AttackReport } from './report.js';
import type { Target } from './target.js';

/**
 * The attack suite, one entry per finding, in the order they run against one server. Order
 * matters twice: the sign-in attacks lock addresses out, so staff sign-ins come before them, and
 * the fuzz (which locks out 127.0.0.1) comes last.
 */
export interface Attack {
  finding: number;
  name: string;
  run(target: Target): Promise<AttackReport>;
}

export const attacks: Attack[] = [
  { finding: 1, name: 'staff guard bypass by path spelling', run: staffGuard },
  { finding: 2, name: 'enumerable case references', run: caseReferences },
  { finding: 3, name: 'one long message freezes the service', run: longMessageFreeze },
  { finding: 4, name: 'residents act as the bot or the hub', run: directLineSpoofing },
  { finding: 5, name: 'open relay with auth off', run: openRelay },
  { finding: 6, name: 'sign-in throttle bypass', run: signInThrottle },
  { finding: 7, name: 'multipart uploads fill the disk', run: multipartUploads },
  { finding: 8, name: 'malformed activities', run: malformedActivities },
  { finding: 9, name: 'missing security headers', run: securityHeaders },
  { finding: 10, name: 'bounded fuzz of every inbound route', run: fuzz },
];

/**
 * Runs one attack; an attack that throws, or an error nothing caught while it ran (which would
 * have ended the server), is a problem like any other.
 */
export async function runAttack(attack: Attack, target: Target): Promise<AttackReport> {
  const uncaughtBefore = target.uncaught.length;
  let report: AttackReport;
  try {
    report = await attack.run(target);
  } catch (error) {
    report = { problems: [`the attack could not finish: ${error instanceof Error ? error.message : String(error)}`], slow: [], tallies: [] };
  }
  const crashes = target.uncaught.slice(uncaughtBefore).map((error) => `uncaught error (it would have stopped the server): ${error}`);
  return { ...report, problems: [...report.problems, ...crashes] };
}
