import { describe, expect, it } from 'vitest';
import { PollLimit } from '../../../src/channels/directLine/pollLimit.js';

describe('PollLimit: how often one conversation may be read (outside attack 17, N10)', () => {
  it('lets a burst of ten through, then about three a second, each conversation on its own', () => {
    let clock = 0;
    const polls = new PollLimit(() => clock);
    expect(Array.from({ length: 10 }, () => polls.take('flood'))).toEqual(Array(10).fill(0));
    expect(polls.take('flood')).toBeGreaterThan(0);
    expect(polls.take('resident')).toBe(0);
    clock += 1_000;
    expect([polls.take('flood'), polls.take('flood'), polls.take('flood'), polls.take('flood')]).toEqual([0, 0, 0, 1]);
  });

  it('never stops a client that polls once a second, as Web Chat does', () => {
    let clock = 0;
    const polls = new PollLimit(() => clock);
    for (let second = 0; second < 120; second += 1, clock += 1_000) expect(polls.take('resident')).toBe(0);
  });
});
