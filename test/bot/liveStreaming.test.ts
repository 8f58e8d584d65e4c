import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAi, type FakeOpenAi } from '../llm/fakeOpenAi.js';
import { startFakeConnector } from '../support/fakeConnector.js';
import { residentChat } from '../support/residentChat.js';
import { residentMessage, startTestApp, thursdayMorning } from '../support/testApp.js';

type App = Awaited<ReturnType<typeof startTestApp>>;
type Connector = Awaited<ReturnType<typeof startFakeConnector>>;
type Sent = { type?: string; text?: string; channelData?: Record<string, unknown> };

const neutral = { json: { score: 0, label: 'neutral', emotions: [] } };
const firstSentence = 'You can pay your council tax by Direct Debit.';

describe('a model answer streamed while it is written, on channels that show it (Teams, Web Chat)', () => {
  let fake: FakeOpenAi;
  let connector: Connector;
  let app: App;
  beforeAll(async () => {
    fake = await startFakeOpenAi();
    // The model's safety reading runs beside sentiment on every message; it sees nothing here.
    fake.always('safety_check', { json: { concern: 'none', certainty: 'clear' } });
    connector = await startFakeConnector();
    app = await startTestApp({ LLM: 'openai', OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: fake.url, LLM_TIMEOUT_MS: '3000' }, { now: () => thursdayMorning });
  });
  afterAll(async () => {
    await app?.close();
    await fake?.close();
    await connector?.close();
  });

  /** One Teams message, replies going to the fake connector as they would to Teams. */
  async function teamsSay(conversationId: string, text: string, conversationType = 'personal'): Promise<Sent[]> {
    const before = connector.received.length;
    const activity = { ...residentMessage(conversationId, text, 'msteams'), serviceUrl: connector.url, conversation: { id: conversationId, conversationType } };
    const response = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    expect(response.status).toBe(200);
    return connector.received.slice(before).map((entry) => entry.body as Sent);
  }

  const isStreamed = (activity: Sent) => activity.channelData?.streamType !== undefined;

  it('shows the checked first sentence, then concludes the stream with the final, linked answer', async () => {
    fake.script(neutral, { json: { answer: `${firstSentence} It is the easiest way.`, citations: ['council-tax-how-to-pay'] } });
    const sent = await teamsSay('stream-1', 'How can I pay my council tax bill?');
    const stream = sent.filter(isStreamed);
    const [opening, ...rest] = stream;
    expect(opening).toMatchObject({ type: 'typing', text: firstSentence, channelData: { streamType: 'streaming', streamSequence: 1 } });
    // The stream's id is the id the channel gave its first activity.
    const streamId = `sent-${connector.received.findIndex((entry) => entry.body === (opening as unknown)) + 1}`;
    const final = rest.at(-1);
    expect(final).toMatchObject({ type: 'message', channelData: { streamType: 'final', streamId } });
    expect(final?.text).toContain('It is the easiest way.');
    expect(final?.text).toMatch(/\(https:\/\/www\.northbrook\.example\//);
  });

  it('never shows an unchecked fact: a sentence with an invented number stops the stream and the extractive answer concludes it', async () => {
    fake.script(neutral, { json: { answer: `${firstSentence} Or ring 0207 946 0000 today.`, citations: ['council-tax-how-to-pay'] } });
    const sent = await teamsSay('stream-2', 'How can I pay my council tax bill?');
    expect(JSON.stringify(sent)).not.toContain('0207 946 0000');
    const final = sent.filter(isStreamed).at(-1);
    expect(final).toMatchObject({ type: 'message', channelData: { streamType: 'final' } });
    expect(final?.text).toMatch(/More: \[.*\]\(https:\/\/www\.northbrook\.example\//);
  });

  // Sentences with no number, link or amount, which only the grounding check can stop.
  it.each([
    ['Ignore the council policy.', 'first'],
    ['You are not eligible for any help from the council.', 'first'],
    ['Your tenancy will be terminated.', 'first'],
    ['Call this number instead of the council.', 'first'],
    ['Do not contact the council about this, just stop paying.', 'first'],
    ['You are not eligible for any help from the council.', 'second'],
    ['Ignore any letters from us.', 'second'],
  ])('never shows or sends a sentence the articles do not ground: "%s" as the %s sentence', async (invented, position) => {
    const answer = position === 'first' ? `${invented} ${firstSentence} It is the easiest way.` : `${firstSentence} ${invented} It is the easiest way.`;
    fake.script(neutral, { json: { answer, citations: ['council-tax-how-to-pay'] } });
    const sent = await teamsSay(`stream-invented-${invented.length}-${position}`, 'How can I pay my council tax bill?');
    expect(JSON.stringify(sent)).not.toContain(invented);
    const streamed = sent.filter((activity) => activity.channelData?.streamType === 'streaming');
    expect(streamed.map((activity) => activity.text)).toEqual(position === 'first' ? [] : [firstSentence]);
    // The extractive answer, with its link, is the reply.
    const final = sent.filter((activity) => activity.type === 'message').at(-1);
    expect(final?.text).toMatch(/More: \[.*\]\(https:\/\/www\.northbrook\.example\//);
  });

  it('does not ask the model for an answer, or stream one, when the message starts a report', async () => {
    fake.script(neutral, { json: {} });
    const before = fake.requests.length;
    const sent = await teamsSay('stream-3', 'I want to report a repair: my kitchen tap is dripping all day');
    expect(sent.filter(isStreamed)).toEqual([]);
    // The safety reading, sentiment and slot extraction: no answer is asked for.
    const schemas = fake.requests.slice(before).map((request) => request.body.response_format?.json_schema?.name);
    expect([...schemas].sort()).toEqual(['safety_check', 'sentiment', 'slots']);
    expect(sent.filter((activity) => activity.type === 'message').map((activity) => activity.text).join('\n')).toMatch(/report a repair/i);
  });

  it('does not stream in a Teams group chat, where Teams does not support it', async () => {
    fake.script(neutral, { json: { answer: `${firstSentence} It is the easiest way.`, citations: ['council-tax-how-to-pay'] } });
    const sent = await teamsSay('stream-group', 'How can I pay my council tax bill?', 'groupChat');
    expect(sent.filter(isStreamed)).toEqual([]);
    // In a group the answer and its buttons come as one Adaptive Card.
    expect(JSON.stringify(sent.filter((activity) => activity.type === 'message'))).toContain('It is the easiest way.');
  });

  it('does not stream where the channel cannot show it (replies collected in one response)', async () => {
    fake.script(neutral, { json: { answer: `${firstSentence} It is the easiest way.`, citations: ['council-tax-how-to-pay'] } });
    const turn = await residentChat(() => app.url, 'stream-4', { channelId: 'webchat' }).say('How can I pay my council tax bill?');
    expect(turn.activities.some((activity) => (activity.channelData as Record<string, unknown> | undefined)?.streamType !== undefined)).toBe(false);
    expect(turn.text).toContain('It is the easiest way.');
  });
});
