import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { openApplicationInsights } from '../../src/telemetry/applicationInsightsSink.js';
import { startFakeIngestion } from '../support/fakeIngestion.js';

// The SDK keeps one client per process, so this file opens it once.
it('posts only what is tracked, drops a refused batch instead of caching it on disk, and leaves process handlers alone', async () => {
  const ingestion = await startFakeIngestion({ status: 500 });
  const instrumentationKey = randomUUID();
  // Where the SDK's disk retry cache would go; the key is fresh, so nothing else made it.
  const retryCache = join(tmpdir(), `appInsights-node${instrumentationKey}`);
  const exceptionListeners = process.listenerCount('uncaughtExceptionMonitor') + process.listenerCount('uncaughtException');
  try {
    const sink = await openApplicationInsights(ingestion.connectionString(instrumentationKey));
    expect(process.listenerCount('uncaughtExceptionMonitor') + process.listenerCount('uncaughtException')).toBe(exceptionListeners);

    sink.client.trackEvent({ name: 'assistant.resolved', properties: { conversationId: 'c1', channelId: 'webchat' } });
    await sink.close();

    expect(ingestion.requests).toEqual([{ method: 'POST', path: '/v2.1/track', contentEncoding: 'gzip' }]);
    expect(ingestion.envelopes.map((envelope) => [envelope.data.baseType, envelope.data.baseData.name, envelope.data.baseData.properties])).toEqual([
      ['EventData', 'assistant.resolved', { conversationId: 'c1', channelId: 'webchat' }],
    ]);
    // A retriable 500 would be written to the cache straight after the answer, if caching were on.
    await sleep(300);
    expect(existsSync(retryCache)).toBe(false);
  } finally {
    await ingestion.close();
  }
});
