import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { exchange, messageTexts, residentMessage, startTestApp, temporaryDataDir, thursdayMorning } from '../support/testApp.js';

describe('restart persistence', () => {
  it('continues a conversation where it was after the server restarts on the same DATA_DIR', async () => {
    const dataDir = temporaryDataDir();
    const conversationId = 'restart-1';
    const puzzling = 'zebra quantum banjo marmalade';

    const first = await startTestApp({ DATA_DIR: dataDir }, { now: () => thursdayMorning });
    const beforeRestart = messageTexts(await exchange(first.url, residentMessage(conversationId, puzzling))).join('\n');
    expect(beforeRestart).toMatch(/not sure/i);
    await first.close();

    // The second unsure turn in a row brings in a person: only possible if the first was remembered.
    const second = await startTestApp({ DATA_DIR: dataDir }, { now: () => thursdayMorning });
    try {
      const afterRestart = messageTexts(await exchange(second.url, residentMessage(conversationId, `${puzzling} again`))).join('\n');
      expect(afterRestart).toMatch(/haven't been able to find the right answer/);

      // A different conversation on the same server starts afresh.
      const other = messageTexts(await exchange(second.url, residentMessage('restart-2', puzzling))).join('\n');
      expect(other).not.toMatch(/haven't been able to find the right answer/);
    } finally {
      await second.close();
    }
  });
});

describe('stopping during the first index build', () => {
  it('stops the build rather than waiting for it, and leaves no index half-built', async () => {
    const indexDir = temporaryDataDir();
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: temporaryDataDir(), INDEX_DIR: indexDir, LOG_LEVEL: 'silent' });
    const app = await startApp(config, createLogger('silent'));
    let ready = false;
    void app.ready.then(() => (ready = true), () => undefined);
    // The build is under way: /readyz says how far.
    await expect.poll(async () => ((await (await fetch(`${app.url}/readyz`)).json()) as { progress?: number }).progress, { timeout: 60_000, interval: 100 }).toBeGreaterThan(0);
    // A client keeps one connection alive with a request every 200 ms, and a question waits for the index (operations trial 25, SRE23-F3).
    let closed = false;
    const keptAlive = (async () => {
      while (!closed) {
        await fetch(`${app.url}/healthz`).catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    })();
    const question = fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...residentMessage('waiting-for-the-index', 'when is my bin collected'), deliveryMode: 'expectReplies' }),
    }).then((response) => response.status, () => 'connection ended');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await app.close();
    closed = true;
    await keptAlive;
    expect(await question).toBeDefined();
    expect(ready).toBe(false);
    expect(existsSync(join(indexDir, 'manifest.json'))).toBe(false);
  }, 90_000);
});
