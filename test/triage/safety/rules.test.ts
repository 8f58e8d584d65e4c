import { describe, expect, it } from 'vitest';
import { findHits, native, phrase, type Rule } from '../../../src/triage/safety/rules.js';

/** A message as the rules read it, one sentence. */
const message = (sentence: string) => ({ sentences: [sentence], whole: sentence });

describe('a rule needing a second concept in a native script', () => {
  // Native-script patterns are global; read with `test`, the second concept found late in one message was looked for only
  // after that point in the next, so an Arabic charcoal stove with a dizzy mother was an emergency on every other reading.
  const rule: Rule<'carbon-monoxide'> = { id: 'co.test', kind: 'carbon-monoxide', pattern: phrase('charcoal'), alsoNeeds: native('دوخة') };

  it('finds it whatever the message read before', () => {
    const late = message(`charcoal ${'x '.repeat(40)}دوخة`);
    const early = message('charcoal دوخة');
    const readings = [late, early, late, early].map((read) => findHits([rule], read).length);
    expect(readings).toEqual([1, 1, 1, 1]);
  });
});
