import { describe, expect, it } from 'vitest';
import { useFakeOpenAi, type FakeOpenAi } from './fakeOpenAi.js';
import { answerRequest, retrieved, servicesFor } from './harness.js';

const phone = '07700 900123';
const email = 'jo.bloggs@example.com';
const personal = `My garden bin was missed. Call me on ${phone} or email ${email}.`;
const lexicon = { analyse: async () => ({ score: 0, label: 'neutral' as const, emotions: [] }) };

/** Sends resident text through every feature. */
async function everyFeature(fake: FakeOpenAi, overrides: Record<string, string> = {}): Promise<string> {
  const { llm } = servicesFor(fake, overrides);
  const history = [{ from: 'resident' as const, text: personal }];
  fake.script(
    { json: { query: 'garden bin missed' } },
    { json: { answer: 'x', citations: [] } },
    { json: { binType: null } },
    { json: { topic: 'Missed bin', summary: 'A missed garden bin.', keyDetails: [] } },
    { json: { score: 0, label: 'neutral', emotions: [] } },
  );
  await llm.rewriteQuery(history, personal);
  await llm.answer(answerRequest(personal, retrieved(['missed-bin-garden-waste-not-collected', 0.8]), history));
  await llm.extractSlots(personal, { binType: { description: 'which bin', parse: (text) => ({ ok: true, value: text }) } });
  await llm.summariseHandoff({ topic: 'missed-bin', transcript: history, details: { contact: `${phone}, ${email}` } });
  await llm.sentimentAnalyser(lexicon).analyse(personal);
  expect(fake.requests).toHaveLength(5);
  return fake.requests.map((request) => JSON.stringify(request.body)).join('\n');
}

describe('personal data and the model', () => {
  const fake = useFakeOpenAi();

  it('never sends a phone number or e-mail address when redaction is on (the default)', async () => {
    const sent = await everyFeature(fake);
    for (const leaked of [phone, phone.replace(' ', ''), '900123', email, 'bloggs']) expect(sent).not.toContain(leaked);
    expect(sent).toContain('[phone]');
    expect(sent).toContain('[email]');
  });

  it('sends the text as typed when redaction is turned off', async () => {
    const sent = await everyFeature(fake, { LLM_REDACT_PERSONAL_DATA: 'false' });
    expect(sent).toContain(phone);
    expect(sent).toContain(email);
  });
});
