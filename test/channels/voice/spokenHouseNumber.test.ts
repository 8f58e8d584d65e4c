import { describe, expect, it } from 'vitest';
import { withSpokenHouseNumber } from '../../../src/channels/voice/spokenHouseNumber.js';

const asked = 'What is the house number or name and the street of the address where the bin was missed? For example, 14 Holly Road.';

describe('withSpokenHouseNumber', () => {
  it.each([
    ['fourteen holly road', '14 holly road'],
    ['Fourteen Holly Road', '14 Holly Road'],
    ['twenty one b the crescent', '21B the crescent'],
    ['twenty-one Holly Road', '21 Holly Road'],
    ['one hundred and two station road', '102 station road'],
    ['three hundred high street', '300 high street'],
    ['seven a mill lane', '7A mill lane'],
    ['14 Holly Road', '14 Holly Road'],
    ['Rose Cottage, Mill Lane', 'Rose Cottage, Mill Lane'],
    ['fourteen', 'fourteen'],
  ])('%j to the address question is %j', (speech, written) => {
    expect(withSpokenHouseNumber(speech, asked)).toBe(written);
  });

  it('is left as said to any other question', () => {
    expect(withSpokenHouseNumber('two bins', 'How many bins were missed?')).toBe('two bins');
  });
});
