import { expect, it } from 'vitest';
import { openConversation } from './harness.js';

// The survey's buttons post "5" … "1"; a resident may also type the number or the words.
it.each([
  ['5', 5, false],
  ['1', 1, true],
  ['5 Very good', 5, false],
  ['1 Very poor', 1, true],
  ['2', 2, true],
  ['4', 4, false],
  ['very poor', 1, true],
])('rating "%s" records %i; a complaint is offered: %s', async (answer, score, offersComplaint) => {
  const resident = await openConversation();
  await resident.say('How do I pay my council tax?');
  const survey = await resident.say("No, that's all, bye");
  expect(survey.buttons).toEqual(['5 Very good', '4 Good', '3 OK', '2 Poor', '1 Very poor']);
  const thanks = await resident.say(answer);
  expect(resident.events.filter((event) => event.name === 'csat')).toEqual([expect.objectContaining({ score })]);
  expect(thanks.buttons.includes('Make a complaint')).toBe(offersComplaint);
});

it('after a very poor rating, "Make a complaint" leads to how to complain', async () => {
  const resident = await openConversation();
  await resident.say('How do I pay my council tax?');
  await resident.say('bye');
  expect((await resident.say('1')).buttons).toEqual(['Make a complaint', 'Talk to someone']);
  const reply = await resident.say('Make a complaint');
  expect(reply.text).toMatch(/complain/i);
  expect(reply.text).not.toMatch(/Was this helpful\?[\s\S]*Was this helpful\?/);
});
