import { describe, expect, it } from 'vitest';
import type { TranscriptLine } from '../../src/handoff/handoffHub.js';
import { handoffDetailLines, openingWords } from '../../src/handoff/handoffSummary.js';
import { deterministicHandoffSummary, handoffSummaryText } from '../../src/llm/handoffSummariser.js';

describe('the details an advisor reads', () => {
  it.each([
    ['nothing collected yet (the bot\'s empty shape)', { collected: {}, caseReferences: [], articlesRead: [] }, []],
    [
      'collected details keep their labels; references and articles get one',
      { collected: { Postcode: 'NB1 1AA', 'Bin type': 'Garden waste' }, caseReferences: ['NB-2026-0042'], articlesRead: ['missed-bins', 'bin-days'] },
      [
        { label: 'Postcode', value: 'NB1 1AA' },
        { label: 'Bin type', value: 'Garden waste' },
        { label: 'Case reference', value: 'NB-2026-0042' },
        { label: 'Articles read', value: 'Missed bins, Bin days' },
      ],
    ],
    [
      'other keys in words, nested records as sentences, empty parts left out',
      { binType: 'garden', contact_preference: '', flags: { needsAssistedCollection: true, notes: [] }, attempts: 3 },
      [
        { label: 'Bin type', value: 'garden' },
        { label: 'Flags', value: 'Needs assisted collection: Yes' },
        { label: 'Attempts', value: '3' },
      ],
    ],
  ])('%s', (_case, details, lines) => {
    expect(handoffDetailLines(details)).toEqual(lines);
  });

  it('makes the summary from the first message and labelled details, never debug text', () => {
    const summary = deterministicHandoffSummary({
      topic: 'Missed bin collection',
      transcript: [{ from: 'resident', text: 'My bin was missed' }],
      details: { collected: { Postcode: 'NB1 1AA' }, caseReferences: [], articlesRead: [] },
    });
    expect(handoffSummaryText(summary)).toBe('My bin was missed\n- Postcode: NB1 1AA');
  });
});

describe('the first words of the resident\'s last message on a queue row', () => {
  const at = '2026-03-02T10:00:00.000Z';
  it.each<[string, TranscriptLine[], string]>([
    ['nothing written yet', [{ from: 'bot', text: 'Hello', at }], ''],
    ['a short message, whole', [{ from: 'resident', text: '  I need  help ', at }], 'I need help'],
    [
      'the latest resident message, cut after twelve words',
      [
        { from: 'resident', text: 'first', at },
        { from: 'resident', text: 'one two three four five six seven eight nine ten eleven twelve thirteen', at },
        { from: 'bot', text: 'Someone will be with you soon.', at },
      ],
      'one two three four five six seven eight nine ten eleven twelve…',
    ],
    ['a long word run cut at a word, within 80 characters', [{ from: 'resident', text: `${'abcdefghij '.repeat(7)}abcdefghijklmnopqrstuvwxyz`, at }], `${'abcdefghij '.repeat(7).trimEnd()}…`],
  ])('%s', (_case, transcript, expected) => {
    expect(openingWords({ transcript })).toBe(expected);
  });
});
