import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase, type SqliteDatabase } from '../../src/storage/database.js';
import { residentChat } from '../support/residentChat.js';
import { startTestApp, thursdayMorning } from '../support/testApp.js';

// Every rating and what it offers is a table in test/conversation/rating.test.ts; here, that the score is stored.
let app: Awaited<ReturnType<typeof startTestApp>>;
let database: SqliteDatabase;
beforeAll(async () => {
  app = await startTestApp({}, { now: () => thursdayMorning });
  database = openDatabase(app.config.dataDir);
});
afterAll(async () => {
  database.close();
  await app.close();
});

const storedScores = (conversationId: string): number[] =>
  database
    .prepare<[string], { metrics: string }>("SELECT metrics FROM telemetry_events WHERE name LIKE '%csat' AND conversation_id = ? ORDER BY id")
    .all(conversationId)
    .map((row) => (JSON.parse(row.metrics) as { score: number }).score);

it('on Web Chat, a rating picked from the survey is stored with the conversation', async () => {
  const chat = residentChat(() => app.url, 'rating-stored', { channelId: 'webchat' });
  await chat.say('How do I pay my council tax?');
  expect((await chat.say("No, that's all, bye")).buttons).toEqual(['5 Very good', '4 Good', '3 OK', '2 Poor', '1 Very poor']);
  await chat.say('2 Poor');
  // Events are written in batches a moment after the turn.
  await expect.poll(() => storedScores(chat.conversationId)).toEqual([2]);
});
