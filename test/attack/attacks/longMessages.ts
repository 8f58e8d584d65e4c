import { seededRandom } from '../prng.js';
import { jsonRequest, rawRequest, type RawResponse } from '../rawHttp.js';
import { AttackLog, type AttackReport } from '../report.js';
import { emulatorActivity } from '../residents.js';
import type { Target } from '../target.js';

/**
 * Finding 3: one long message held the event loop for seconds while safety rules and the
 * classifier ran over it, and every other resident (and the health probe) waited. Each message
 * below is sent while /healthz is polled; every poll must be answered. The printed run
 * (`npm run attack`) also fails if the event loop was held for more than 100 ms.
 */
const words = ['bin', 'missed', 'recycling', 'Larch', 'Close', 'mould', 'damp', 'boiler', 'leak', 'rent', 'council', 'tax', 'gas', 'smell', 'help', 'please', 'landlord', 'yesterday'];

export function longMessages(): [string, string][] {
  const random = seededRandom(3);
  const prose = Array.from({ length: 9000 }, () => random.pick(words)).join(' ').slice(0, 50_000).padEnd(50_000, ' bin');
  return [
    ['50,000 characters of words', prose],
    ['10,000 characters, no spaces', random.text(10_000, 'abcdefghijklmnopqrstuvwxyz')],
    ['10,000 of one letter', 'a'.repeat(10_000)],
    ['10,000 characters of punctuation and digits', random.text(10_000, '.,;:!?-0123456789')],
  ];
}

const pollEveryMs = 20;

/** Polls /healthz until `busy` settles; returns every poll's answer. */
async function pollHealthWhile(target: Target, busy: Promise<RawResponse>): Promise<RawResponse[]> {
  const polls: RawResponse[] = [];
  let done = false;
  void busy.finally(() => (done = true));
  while (!done) {
    polls.push(await rawRequest(target.url, { path: '/healthz', timeoutMs: 5000 }));
    await new Promise((resolve) => setTimeout(resolve, pollEveryMs));
  }
  return polls;
}

export async function longMessageFreeze(target: Target): Promise<AttackReport> {
  const log = new AttackLog();
  for (const [name, text] of longMessages()) {
    const conversationId = `long-${name.replace(/\W+/g, '-')}`;
    const activity = emulatorActivity(conversationId, `${conversationId}-1`, text);
    const sent = rawRequest(target.url, { ...jsonRequest('POST', '/api/messages', activity), timeoutMs: 60_000 });
    const polls = await pollHealthWhile(target, sent);
    log.count('POST /api/messages (long message)', await sent, `POST /api/messages with ${name}`);
    polls.forEach((poll) => log.count('GET /healthz (while a long message is read)', poll, `GET /healthz during ${name}`));
  }
  return log.report();
}
