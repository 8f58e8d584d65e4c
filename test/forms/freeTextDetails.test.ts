import { describe, expect, it } from 'vitest';
import type { DetailReader } from '../../src/forms/formRunner.js';
import type { SlotSpec } from '../../src/llm/slotExtractor.js';
import { openConversation } from './harness.js';

/**
 * Stands in for the model: for each slot it is asked about, it points at the words given here
 * (as the model would), and keeps a value only if the slot's own parser accepts those words.
 */
function pointingReader(words: Record<string, string>) {
  const askedFor: string[][] = [];
  const readDetails: DetailReader = async (_text, slots) => {
    const entries = Object.entries(slots) as [string, SlotSpec<unknown>][];
    askedFor.push(entries.map(([name]) => name));
    const found: Record<string, unknown> = {};
    for (const [name, spec] of entries) {
      const said = words[name];
      if (said === undefined) continue;
      const parsed = spec.parse(said);
      if (parsed.ok) found[name] = parsed.value;
    }
    return found as never;
  };
  return { readDetails, askedFor };
}

describe('details found by the language model in a first message', () => {
  it('skips the questions the model answered, after the flow\'s own extractors', async () => {
    const reader = pointingReader({ description: 'the thing that heats our water has packed in', duration: 'since last weekend' });
    const chat = openConversation({ readDetails: reader.readDetails });
    const opening = await chat.start('report-repair', 'In the bathroom the thing that heats our water has packed in since last weekend');
    // The room was found by the deterministic extractor, so the model was not asked about it.
    expect(reader.askedFor).toEqual([['description', 'duration', 'accessTimes']]);
    expect(opening.text).not.toMatch(/What is wrong\?/);
    expect(opening.text).not.toMatch(/How long has this been a problem\?/);
    expect(opening.text).toMatch(/Does anyone living there have a disability/);
  });

  it('keeps a detail only when the slot\'s own parser accepts the model\'s words', async () => {
    const reader = pointingReader({ binType: 'the purple one', collectionDate: 'Wednesday' });
    const chat = openConversation({ readDetails: reader.readDetails });
    const opening = await chat.start('report-missed-bin', 'The purple one got left behind on Wednesday');
    expect(opening.text).toMatch(/Which bin was missed\?/);
    await chat.answer('Recycling', 'no', 'NB1 1AA');
    await chat.say('14 Holly Road');
    const summary = await chat.say('No thanks');
    expect(summary.text).toContain('- Collection day: Wednesday 4 November');
  });

  it('lets the deterministic value win when both found the same detail', async () => {
    const reader = pointingReader({ rooms: 'kitchen', duration: 'a few months' });
    const chat = openConversation({ readDetails: reader.readDetails });
    const opening = await chat.start('report-damp-mould', 'There is black mould in the bedroom and it has been there a few months');
    expect(reader.askedFor[0]).not.toContain('rooms');
    expect(opening.text).not.toMatch(/Which rooms/);
    expect(opening.text).not.toMatch(/How long has it been there/);
    await chat.answer('Council', 'One wall', 'no');
    expect(chat.results).toEqual([]);
  });

  it('works as before without a model, and a model failure only means more questions', async () => {
    const failing: DetailReader = async () => ({});
    for (const readDetails of [undefined, failing]) {
      const chat = openConversation(readDetails ? { readDetails } : {});
      const opening = await chat.start('report-repair', 'In the bathroom the thing that heats our water has packed in since last weekend');
      expect(opening.text).toMatch(/What is wrong\?/);
    }
  });
});
