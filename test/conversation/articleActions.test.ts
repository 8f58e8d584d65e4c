import { expect, it } from 'vitest';
import { bundledProfile } from '../support/offlineTriage.js';
import { openConversation } from './harness.js';

const portugueseLine = bundledProfile.interpreterLines.por!;

it('offers an article action with a page as a link, and the rest as choices that post back', async () => {
  const turn = await (await openConversation()).say('How do I pay my council tax?');
  const choices = turn.replies.flatMap((reply) => reply.choices ?? []);
  expect(choices).toContainEqual(expect.objectContaining({ label: 'Pay or set up a Direct Debit', url: expect.stringMatching(/^https:\/\/.+\/council-tax\/pay$/) }));
  expect(choices.find((choice) => choice.label === 'This helped')).toBeDefined();
  expect(choices.find((choice) => choice.label === 'This helped')?.url).toBeUndefined();
});

// Labels such as "Pay or set up a Direct Debit" or "Make a complaint" read as Portuguese to the detector;
// the channel's edge marks a label coming back as a choice picked (test/bot/articleActions.test.ts).
it.each([
  ['a link’s label typed back', ['How do I pay my council tax?'], 'Pay or set up a Direct Debit'],
  ['a button’s label posted back', ['How do I pay my council tax?', 'bye', '1'], 'Make a complaint'],
])('adds no interpreter line to %s', async (_case, before, label) => {
  const resident = await openConversation();
  for (const message of before) await resident.say(message);
  expect((await resident.say(label, { choicePicked: true })).text).not.toContain(portugueseLine);
});

it('still offers an interpreter to a resident who writes in Portuguese', async () => {
  const turn = await (await openConversation()).say('Como posso pagar o imposto municipal da minha casa?');
  expect(turn.text).toContain(portugueseLine);
});

/** A choice that names a whole topic (the welcome menu's "Council tax", pressed as 5 on a call) is about the topic, not one article. */
it.each([
  { said: 'Council tax', extra: { choicePicked: true }, offers: 'How to pay your council tax' },
  { said: 'council tax', extra: {}, offers: 'How to pay your council tax' },
])('$said offers the topic\'s articles to choose from, and a pick is answered', async ({ said, extra, offers }) => {
  const resident = await openConversation();
  const menu = await resident.say(said, extra);
  expect(menu.text).toMatch(/What would you like to know about council tax\?/);
  expect(menu.text).not.toMatch(/Council Tax Reduction helps/);
  expect(menu.buttons).toContain(offers);
  expect((await resident.say(offers, { choicePicked: true })).text).toMatch(/Direct Debit/);
});
