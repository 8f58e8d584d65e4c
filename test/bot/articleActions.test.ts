import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadCouncilProfile } from '../../src/profile/councilProfile.js';
import { residentChat } from '../support/residentChat.js';
import { startTestApp, thursdayMorning } from '../support/testApp.js';

let app: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => {
  app = await startTestApp({}, { now: () => thursdayMorning });
});
afterAll(async () => app.close());

type Action = { type?: string; title?: string; value?: string };
const actionsOf = (activities: Record<string, unknown>[]): Action[] =>
  activities.flatMap((activity) => ((activity.suggestedActions as { actions?: Action[] } | undefined)?.actions ?? []));

const portugueseLine = () => loadCouncilProfile(app.config.councilProfilePath).interpreterLines.por!;

it('offers an article action with a page as openUrl, and the rest as imBack', async () => {
  const turn = await residentChat(() => app.url, 'pay-actions', { channelId: 'webchat' }).say('How do I pay my council tax?');
  const actions = actionsOf(turn.activities);
  expect(actions).toContainEqual({ type: 'openUrl', title: 'Pay or set up a Direct Debit', value: expect.stringMatching(/^https:\/\/.+\/council-tax\/pay$/) });
  expect(actions.find((action) => action.title === 'This helped')).toMatchObject({ type: 'imBack' });
});

// The channel's edge marks a label coming back as a choice picked, so the detector never sees it.
// Labels such as "Pay or set up a Direct Debit" or "Make a complaint" read as Portuguese to the detector.
it.each([
  ['a link’s label typed back', ['How do I pay my council tax?'], 'Pay or set up a Direct Debit'],
  ['a button’s label posted back', ['How do I pay my council tax?', 'bye', '1'], 'Make a complaint'],
])('adds no interpreter line to %s', async (_case, before, label) => {
  const chat = residentChat(() => app.url, `label-${label.replace(/\W/g, '-')}`, { channelId: 'webchat' });
  for (const message of before) await chat.say(message);
  expect((await chat.say(label)).text).not.toContain(portugueseLine());
});
