import { afterAll, beforeAll, expect, it } from 'vitest';
import { residentChat } from '../support/residentChat.js';
import { messageTexts, startTestApp, thursdayMorning } from '../support/testApp.js';

/** A neutral sentence, repeated to pad a message to a given length. */
const filler = (length: number): string => 'I would like to know more about the opening times of the library near the park. '.repeat(Math.ceil(length / 80)).slice(0, length);
const readToCeiling = /checked the first 10,000 characters for anything urgent and read the first 2,000 characters to answer you\. I did not read the rest\./;

// What is read of a long message is a table in test/conversation/boundedWork.test.ts; here, that /api/messages takes one.
let app: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => {
  app = await startTestApp({}, { now: () => thursdayMorning });
});
afterAll(async () => app.close());

it('a 50,000-character message over /api/messages is answered, the note first', async () => {
  const turn = await residentChat(() => app.url, 'bounded-long').say(`${filler(40_000)} I can smell gas in the kitchen. ${filler(10_000)}`);
  expect(messageTexts(turn.activities)[0]).toMatch(readToCeiling);
  expect(messageTexts(turn.activities).length).toBeGreaterThan(1);
});
