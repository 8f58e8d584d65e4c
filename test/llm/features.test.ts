import { beforeEach, describe, expect, it } from 'vitest';
import { deterministicHandoffSummary, handoffSummaryText } from '../../src/llm/handoffSummariser.js';
import { parseBinType, parsePostcode } from '../../src/serviceRequests/slots.js';
import { useFakeOpenAi } from './fakeOpenAi.js';
import { servicesFor, type Harness } from './harness.js';

const lexicon = { analyse: async () => ({ score: 0.1, label: 'neutral' as const, emotions: [] }) };

describe('LLM features over HTTP', () => {
  const fake = useFakeOpenAi();
  let harness: Harness;
  beforeEach(() => {
    harness = servicesFor(fake);
  });

  describe('query rewriting', () => {
    const history = [
      { from: 'resident' as const, text: 'My recycling bin was not emptied' },
      { from: 'bot' as const, text: 'Sorry about that. You can report a missed bin here.' },
    ];

    it('rewrites a follow-up using the conversation', async () => {
      fake.script({ json: { query: 'garden waste bin not emptied' } });
      expect(await harness.llm.rewriteQuery(history, 'what about the garden one?')).toEqual({ source: 'llm', value: 'garden waste bin not emptied' });
      const user = fake.requests[0]!.body.messages[1]!.content;
      expect(user).toContain('Resident: My recycling bin was not emptied\nAssistant: Sorry about that.');
      expect(user).toContain('<message>\nwhat about the garden one?\n</message>');
      expect(harness.usage.map((usage) => usage.feature)).toEqual(['query-rewrite']);
    });

    it('keeps the text as typed when there is no conversation, without asking the model', async () => {
      expect(await harness.llm.rewriteQuery([], 'when is my bin day?')).toEqual({ source: 'fallback', reason: 'no-history', value: 'when is my bin day?' });
      expect(fake.requests).toHaveLength(0);
    });

    it('keeps the text as typed when the reply is not valid', async () => {
      fake.script({ json: { query: '' } });
      expect(await harness.llm.rewriteQuery(history, 'and garden?')).toEqual({ source: 'fallback', reason: 'invalid-output', value: 'and garden?' });
    });
  });

  describe('slot extraction', () => {
    const slots = {
      binType: { description: 'which bin was missed: general, recycling, garden or food', parse: (text: string) => parseBinType(text) },
      postcode: { description: 'the postcode of the address', parse: (text: string) => parsePostcode(text) },
    };

    it('returns only values that are in the message and pass the dialog parser', async () => {
      fake.script({ json: { binType: 'brown bin', postcode: 'NB1 1AA' } });
      const result = await harness.llm.extractSlots('they missed my brown bin again this week', slots);
      expect(result).toEqual({ source: 'llm', value: { binType: 'garden' } });
      expect(fake.requests[0]!.body.response_format?.json_schema?.schema).toMatchObject({ required: ['binType', 'postcode'] });
    });

    it('drops values the parser rejects', async () => {
      fake.script({ json: { binType: 'this week', postcode: null } });
      expect(await harness.llm.extractSlots('they missed my bin this week', slots)).toEqual({ source: 'llm', value: {} });
    });

    it('returns no details on a bad reply', async () => {
      fake.script({ content: '{"binType": ' });
      expect(await harness.llm.extractSlots('brown bin missed', slots)).toEqual({ source: 'fallback', reason: 'invalid-output', value: {} });
    });
  });

  describe('handoff summary', () => {
    const request = {
      topic: 'missed-bin',
      transcript: [
        { from: 'resident' as const, text: 'My   garden bin has been missed three weeks running and I am fed up' },
        { from: 'bot' as const, text: 'Sorry to hear that.' },
        { from: 'resident' as const, text: 'I want to talk to someone' },
      ],
      details: { binType: 'garden', collectionDate: '2026-11-04' },
    };

    it('is written by the model when it can be', async () => {
      const note = { topic: 'Repeatedly missed garden bin', summary: 'Garden bin missed three weeks running; resident asked for a person.', keyDetails: ['Garden bin'] };
      fake.script({ json: note });
      expect(await harness.llm.summariseHandoff(request)).toEqual({ source: 'llm', value: note });
      expect(fake.requests[0]!.body.messages[1]!.content).toContain('<details>\nBin type: garden\nCollection date: 2026-11-04\n</details>');
    });

    it.each([
      ['a phone number nobody gave', 'Call the resident back on 07911 654321.'],
      ['an e-mail address nobody gave', 'Resident asked for updates at jo.bloggs@example.com.'],
      ['a person and an address nobody gave', 'Resident is Siobhan Murphy at 7 Larch Close, NB4 7XY.'],
    ])('is not used when it holds %s (attacker trial 11): the deterministic summary goes instead', async (_case, invented) => {
      fake.script({ json: { topic: 'Missed garden bin', summary: `Garden bin missed three weeks running. ${invented}`, keyDetails: ['Garden bin'] } });
      expect(await harness.llm.summariseHandoff(request)).toEqual({ source: 'fallback', reason: 'invalid-output', value: deterministicHandoffSummary(request) });
    });

    it('falls back to the first resident message and the details', async () => {
      fake.script({ json: { topic: 'x' } });
      const result = await harness.llm.summariseHandoff(request);
      expect(result).toEqual({ source: 'fallback', reason: 'invalid-output', value: deterministicHandoffSummary(request) });
      expect(result.value).toEqual({
        topic: 'missed-bin',
        summary: 'My garden bin has been missed three weeks running and I am fed up',
        keyDetails: ['Bin type: garden', 'Collection date: 2026-11-04'],
      });
      expect(handoffSummaryText(result.value)).toBe(
        'My garden bin has been missed three weeks running and I am fed up\n- Bin type: garden\n- Collection date: 2026-11-04',
      );
    });
  });

  describe('sentiment', () => {
    it('reads sentiment with the model', async () => {
      fake.script({ json: { score: -0.7, label: 'negative', emotions: ['angry', 'angry'] } });
      expect(await harness.llm.sentimentAnalyser(lexicon).analyse('Brilliant, another week with no heating.')).toEqual({
        score: -0.7,
        label: 'negative',
        emotions: ['angry'],
      });
      expect(fake.requests[0]!.body.messages[0]!.content).toContain('stressed, worried, angry');
    });

    it('uses the fallback analyser on any failure', async () => {
      fake.script({ json: { score: -3, label: 'furious', emotions: [] } });
      expect(await harness.llm.sentimentAnalyser(lexicon).analyse('hmm')).toEqual({ score: 0.1, label: 'neutral', emotions: [] });
    });
  });
});
