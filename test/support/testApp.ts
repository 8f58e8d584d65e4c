import { startApp, type AppOverrides, type RunningApp } from '../../src/app.js';
import { loadConfig, type AppConfig } from '../../src/config.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { sharedIndexDir } from './sharedIndex.js';
import { temporaryDataDir } from './tempDir.js';

export { sharedIndexDir, temporaryDataDir };

/** Starts the real app on 127.0.0.1 with a random port, silent logs (unless given a logger) and the shared index. */
export async function startTestApp(environment: Record<string, string> = {}, overrides: AppOverrides = {}, logger?: Logger): Promise<RunningApp & { config: AppConfig }> {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: temporaryDataDir(),
    INDEX_DIR: sharedIndexDir,
    LOG_LEVEL: 'silent',
    ...environment,
  });
  const app = await startApp(config, logger ?? createLogger(config.logLevel), overrides);
  await app.ready;
  return { ...app, config };
}

/** Posts an activity with deliveryMode expectReplies and returns the bot's replies. */
export async function exchange(baseUrl: string, activity: Record<string, unknown>): Promise<Record<string, unknown>[]> {
  const response = await fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ deliveryMode: 'expectReplies', ...activity }),
  });
  if (response.status !== 200) throw new Error(`bot answered ${response.status}: ${await response.text()}`);
  const body = (await response.json()) as { activities?: Record<string, unknown>[] };
  return body.activities ?? [];
}

/** Thursday 5 November 2026, 10:00 in Northbrook: customer services is open; "yesterday" is Wednesday. */
export const thursdayMorning = new Date('2026-11-05T10:00:00Z');
/** Saturday 7 November 2026, 22:00: customer services is closed. */
export const saturdayNight = new Date('2026-11-07T22:00:00Z');

let sequence = 0;
/** A resident message activity in the shape Bot Framework channels send. */
export function residentMessage(conversationId: string, text: string, channelId = 'test'): Record<string, unknown> {
  sequence += 1;
  return {
    type: 'message',
    id: `activity-${sequence}`,
    text,
    channelId,
    serviceUrl: 'http://127.0.0.1:9/unused',
    conversation: { id: conversationId },
    from: { id: `resident-${conversationId}`, role: 'user' },
    recipient: { id: 'council-assistant', role: 'bot' },
    timestamp: new Date().toISOString(),
  };
}

export const messageTexts = (activities: Record<string, unknown>[]): string[] =>
  activities.filter((activity) => activity.type === 'message').map((activity) => String(activity.text ?? ''));
