import { describe, expect, it } from 'vitest';
import { asWritten } from '../../../src/channels/voice/writtenSpeech.js';

describe('asWritten', () => {
  it.each([
    ['when is my council tax due', 'When is my council tax due?'],
    ['WHEN IS MY COUNCIL TAX DUE', 'When is my council tax due?'],
    ['when do i have to pay my council tax', 'When do I have to pay my council tax?'],
    ["can i talk to someone", "Can I talk to someone?"],
    ['my bin was not collected', 'My bin was not collected'],
    ['i\'m locked out', "I'm locked out"],
    // Mixed case is as the recogniser wrote it; a name is not a question.
    ['When is my council tax due?', 'When is my council tax due?'],
    ['N B three, four Q T', 'N B three, four Q T'],
    ['Will Smith', 'Will Smith'],
    ['will smith', 'Will smith'],
  ])('%j → %j', (speech, written) => {
    expect(asWritten(speech)).toBe(written);
  });
});
