import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase, type SqliteDatabase } from '../../src/storage/database.js';
import { residentChat } from '../support/residentChat.js';
import { startTestApp, thursdayMorning } from '../support/testApp.js';

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

// The survey's buttons post "5" … "1"; a resident may also type the number or the words.
it.each([
  ['5', 5, false],
  ['1', 1, true],
  ['5 Very good', 5, false],
  ['1 Very poor', 1, true],
  ['2', 2, true],
  ['4', 4, false],
  ['very poor', 1, true],
])('on Web Chat, rating "%s" stores %i; a complaint is offered: %s', async (answer, score, offersComplaint) => {
  const chat = residentChat(() => app.url, `rating-${answer.replace(/\W/g, '-')}`, { channelId: 'webchat' });
  await chat.say('How do I pay my council tax?');
  const survey = await chat.say("No, that's all, bye");
  expect(survey.buttons).toEqual(['5 Very good', '4 Good', '3 OK', '2 Poor', '1 Very poor']);
  const thanks = await chat.say(answer);
  // Events are written in batches a moment after the turn.
  await expect.poll(() => storedScores(chat.conversationId)).toEqual([score]);
  expect(thanks.buttons.includes('Make a complaint')).toBe(offersComplaint);
});

it('after a very poor rating, "Make a complaint" leads to how to complain', async () => {
  const chat = residentChat(() => app.url, 'rating-then-complaint', { channelId: 'webchat' });
  await chat.say('How do I pay my council tax?');
  await chat.say('bye');
  expect((await chat.say('1')).buttons).toEqual(['Make a complaint', 'Talk to someone']);
  const reply = await chat.say('Make a complaint');
  expect(reply.text).toMatch(/complain/i);
  expect(reply.text).not.toMatch(/Was this helpful\?[\s\S]*Was this helpful\?/);
});
