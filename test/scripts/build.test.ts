import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedIndexDir } from '../support/sharedIndex.js';
import { temporaryDataDir } from '../support/tempDir.js';

/** `npm start` without npm's wrapper: the build, then the compiled server under plain node (no tsx loader anywhere). */
describe('the compiled server (scripts/build.mjs, then node dist/index.js)', () => {
  const server = { url: '', stop: () => {} };
  beforeAll(async () => {
    await promisify(execFile)(process.execPath, ['scripts/build.mjs']);
    const child = spawn(process.execPath, ['dist/index.js'], {
      env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: '0', DATA_DIR: temporaryDataDir(), INDEX_DIR: sharedIndexDir, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    server.stop = () => child.kill('SIGTERM');
    for await (const line of createInterface({ input: child.stdout })) {
      const { msg, url } = JSON.parse(line) as { msg?: string; url?: string };
      if (msg === 'listening') server.url = url!;
      if (msg === 'ready') break;
    }
    child.stdout.resume();
    expect(child.exitCode).toBeNull();
  });
  afterAll(async () => {
    server.stop();
  });

  it('answers /healthz', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect([response.status, await response.json()]).toEqual([200, { status: 'ok' }]);
  });

  it('answers a question, so its encoder thread found the compiled worker', async () => {
    const response = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        deliveryMode: 'expectReplies',
        text: 'How do I pay my council tax?',
        channelId: 'webchat',
        serviceUrl: 'http://127.0.0.1:9/unused',
        conversation: { id: 'compiled' },
        from: { id: 'resident', role: 'user' },
        recipient: { id: 'council-assistant', role: 'bot' },
      }),
    });
    const { activities } = (await response.json()) as { activities: { type: string; text?: string }[] };
    expect(activities.filter((activity) => activity.type === 'message').map((activity) => activity.text).join('\n')).toMatch(/Direct Debit/);
  });
});
