import { seededRandom } from '../prng.js';
import { jsonRequest, rawRequest } from '../rawHttp.js';
import { AttackLog, type AttackReport } from '../report.js';
import type { Target } from '../target.js';

/**
 * Finding 5: with auth off, /api/messages replied to whatever serviceUrl an activity named, so
 * anyone could make the council's bot send requests into its network; and any channelId became
 * a Prometheus label. Off-machine connections are refused by the suite (loopbackOnly.ts), and
 * counted: a bot that tried is a relay even though nothing left.
 */
const foreignServiceUrls = ['http://10.255.255.1:9/', 'http://example.invalid/', 'http://169.254.169.254/latest/meta-data/', 'http://[fd00::1]:9/'];
const answerWithinMs = 2000;

const activity = (serviceUrl: string, channelId: string, conversationId: string, deliveryMode?: string) => ({
  type: 'message',
  ...(deliveryMode && { deliveryMode }),
  id: `${conversationId}-1`,
  text: 'hello',
  channelId,
  serviceUrl,
  conversation: { id: conversationId },
  from: { id: `user-${conversationId}`, role: 'user' },
  recipient: { id: 'council-assistant', role: 'bot' },
});

export async function openRelay(target: Target): Promise<AttackReport> {
  const log = new AttackLog();
  const refusedBefore = target.refusedConnections.length;
  for (const [index, serviceUrl] of foreignServiceUrls.entries()) {
    for (const channelId of ['emulator', 'msteams']) {
      const response = log.count('POST /api/messages (foreign serviceUrl)', await rawRequest(target.url, {
        ...jsonRequest('POST', '/api/messages', activity(serviceUrl, channelId, `relay-${index}-${channelId}`)),
        timeoutMs: answerWithinMs,
      }), `serviceUrl ${serviceUrl} on ${channelId}`);
      // No answer is already a problem (counted above).
      log.expect(response.status === 0 || response.status >= 400, `serviceUrl ${serviceUrl} on ${channelId} was accepted (${response.status}), not refused with 4xx`);
    }
  }
  const attempts = target.refusedConnections.slice(refusedBefore);
  log.expect(attempts.length === 0, `the bot tried to send to ${[...new Set(attempts)].join(', ')} (refused by the suite, not by the app)`);

  const channelId = seededRandom(5).text(200, 'abcdefghijklmnopqrstuvwxyz0123456789');
  const metricsBefore = await rawRequest(target.url, { path: '/metrics' });
  const unknownChannel = log.count('POST /api/messages (unknown channelId)', await rawRequest(target.url, {
    ...jsonRequest('POST', '/api/messages', activity('http://127.0.0.1:9/', channelId, 'unknown-channel-1', 'expectReplies')),
    timeoutMs: answerWithinMs,
  }), 'a 200-character channelId');
  log.expect(unknownChannel.status === 0 || unknownChannel.status >= 400, `a made-up 200-character channelId was accepted (${unknownChannel.status})`);
  const metricsAfter = await rawRequest(target.url, { path: '/metrics' });
  log.expect(!metricsBefore.body.includes(channelId), 'suite check: the channelId was on /metrics before it was sent');
  log.expect(!metricsAfter.body.includes(channelId), 'a made-up channelId became a label on /metrics');
  return log.report();
}
