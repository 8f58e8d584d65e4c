import { describe, expect, it } from 'vitest';
import { boundMessage, readLimit, safetyCeiling } from '../../src/triage/messageLimits.js';

/** Neutral words, 10 characters a word with its space. */
const words = (count: number): string => Array.from({ length: count }, () => 'libraries').join(' ');

describe('how much of a message is read', () => {
  it.each([
    ['a short message', 'How do I pay my council tax?', 'How do I pay my council tax?', 'none'],
    ['exactly the read limit', 'a'.repeat(readLimit), 'a'.repeat(readLimit), 'none'],
    ['past the read limit: cut after the last whole word', words(250), words(200), 'beyond-read-limit'],
    ['one long word: cut where it stands', 'a'.repeat(3 * readLimit), 'a'.repeat(readLimit), 'beyond-read-limit'],
    ['emoji across the limit: never half of one', `a${'🔥'.repeat(readLimit)}`, `a${'🔥'.repeat(readLimit / 2 - 1)}`, 'beyond-read-limit'],
    ['past the safety ceiling', words(1_500), words(200), 'beyond-safety-ceiling'],
  ])('%s', (_, text, read, unread) => {
    const bounded = boundMessage(text);
    expect(bounded.read).toBe(read);
    expect(bounded.unread).toBe(unread);
    expect(bounded.checked.length).toBeLessThanOrEqual(safetyCeiling);
  });

  it('safety triage reads up to the ceiling, whole words only', () => {
    expect(boundMessage(words(900)).checked).toBe(words(900));
    expect(boundMessage(words(1_500)).checked).toBe(words(1_000));
  });
});
