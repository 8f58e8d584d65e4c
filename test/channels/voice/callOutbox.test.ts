import { describe, expect, it } from 'vitest';
import { CallOutbox } from '../../../src/channels/voice/callOutbox.js';

const reply = { type: 'message', speak: 'Hello.' };

describe('CallOutbox (calls that end without a status callback)', () => {
  it('lets go of replies nobody collected within half an hour', () => {
    let clock = 1_000;
    const outbox = new CallOutbox({ now: () => clock });
    outbox.add('voice-old', reply);
    clock += 31 * 60_000;
    outbox.add('voice-new', reply);
    expect(outbox.take('voice-old')).toEqual([]);
    expect(outbox.take('voice-new')).toEqual([reply]);
  });

  it('holds a bounded number of calls', () => {
    const outbox = new CallOutbox();
    for (let index = 0; index < 6_000; index += 1) outbox.add(`voice-${index}`, reply);
    expect(outbox.size).toBeLessThanOrEqual(5_000);
    expect(outbox.take('voice-5999')).toEqual([reply]);
  });
});
