import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAi, type FakeOpenAi } from '../llm/fakeOpenAi.js';
import { residentChat } from '../support/residentChat.js';
import { startTestApp, thursdayMorning } from '../support/testApp.js';

type App = Awaited<ReturnType<typeof startTestApp>>;
const question = 'How can I pay my council tax bill?';
const neutral = { json: { score: 0, label: 'neutral', emotions: [] } };

/** The article id the bot cites, read from the model request's retrieved data. */
const firstArticleId = (fake: FakeOpenAi): string => {
  const body = JSON.stringify(fake.requests.at(-1)?.body.messages ?? []);
  return /id[=:"\\ ]+([a-z0-9-]+-[a-z0-9-]+)/.exec(body)?.[1] ?? '';
};

describe('LLM mode through the whole app, against a local OpenAI-compatible server', () => {
  let fake: FakeOpenAi;
  let app: App;
  beforeAll(async () => {
    fake = await startFakeOpenAi();
    // The model's safety reading runs beside sentiment on every message; it sees nothing here.
    fake.always('safety_check', { json: { concern: 'none', certainty: 'clear' } });
    app = await startTestApp({ LLM: 'openai', OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: fake.url, LLM_TIMEOUT_MS: '2000' }, { now: () => thursdayMorning });
  });
  afterAll(async () => {
    await app?.close();
    await fake?.close();
  });

  it('answers with the model only after the safety detectors, and never lets the model hide an emergency', async () => {
    // No model reply is scripted: had the model been asked first, the emergency reply would still be the same.
    const turn = await residentChat(() => app.url, 'llm-safety').say('there is a strong smell of gas in my flat');
    expect(turn.text).toContain('0800 111 999');
  });

  it('answers in the model\'s words when its answer is grounded, cited and checked', async () => {
    fake.script(neutral, { json: { answer: 'You can pay your council tax by Direct Debit, which is the easiest way.', citations: ['council-tax-how-to-pay'] } });
    const turn = await residentChat(() => app.url, 'llm-good').say(question);
    expect(turn.text).toContain('You can pay your council tax by Direct Debit, which is the easiest way.');
    expect(turn.text).toMatch(/\(https:\/\/www\.northbrook\.example\/[^)]*\)/);
    expect(turn.buttons).toContain('This helped');
  });

  it('falls back to the extractive answer when the model invents a phone number', async () => {
    fake.script(neutral, { json: { answer: 'Call our council tax team on 0207 123 4567 to pay.', citations: ['council-tax-paying'] } });
    const turn = await residentChat(() => app.url, 'llm-invented').say(question);
    expect(turn.text).not.toContain('0207 123 4567');
    expect(turn.text).toMatch(/More: \[.*\]\(https:\/\/www\.northbrook\.example\//);
  });

  it('falls back, without an error to the resident, when the model server fails', async () => {
    fake.script(neutral, { status: 500 }, { status: 500 }, { status: 500 });
    const turn = await residentChat(() => app.url, 'llm-down').say(question);
    expect(turn.text).toMatch(/council tax/i);
    expect(turn.text).not.toMatch(/went wrong/);
  });

  it('sends the model personal data redacted', async () => {
    fake.script({ json: { score: -0.2, label: 'negative', emotions: [] } }, neutral);
    await residentChat(() => app.url, 'llm-redact').say('My number is 07700 900123, how do I pay council tax?');
    const sent = JSON.stringify(fake.requests.map((request) => request.body.messages));
    expect(sent).not.toContain('07700 900123');
    expect(sent).toContain('[phone]');
    expect(firstArticleId(fake)).not.toBe('');
  });

  it('fills a report\'s details the flow\'s own extractors missed from what the model points at, and asks the rest', async () => {
    const before = fake.requests.length;
    fake.script(neutral, { json: { description: 'the thing that heats our water has packed in', duration: 'since last weekend', accessTimes: null, location: 'the moon' } });
    const turn = await residentChat(() => app.url, 'llm-slots').say('I want to report a repair: the thing that heats our water has packed in since last weekend');
    // The safety reading and sentiment, then slot extraction: a message that starts a form gets no model answer drafted.
    const formats = fake.requests.slice(before).map((request) => JSON.stringify(request.body).match(/"json_schema":\{"name":"(\w+)"/)?.[1]);
    expect([...formats].sort()).toEqual(['safety_check', 'sentiment', 'slots']);
    expect(turn.text).not.toMatch(/What is wrong\?/);
    expect(turn.text).not.toMatch(/How long has this been a problem/);
    // "the moon" is not in the message, so it is not taken: the room is still asked.
    expect(turn.text).toMatch(/Where in your home is the problem\?/);
  });
});
