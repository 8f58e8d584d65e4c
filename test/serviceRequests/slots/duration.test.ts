import { describe, expect, it } from 'vitest';
import { findDuration } from '../../../src/serviceRequests/slots.js';

describe('findDuration: how long, from a longer message', () => {
  it.each([
    ['hi my kitchen tap has been leaking for 3 days now and theres water all under the sink', 'for 3 days now', 3],
    ['been like this for months, we rent from the council', 'for months', undefined],
    ["it's been there since last winter", 'since last winter', undefined],
    ['the damp has been there for about 2 weeks', 'for about 2 weeks', 14],
    ['Mould for about 2 weeks, getting worse', 'for about 2 weeks', 14],
    ['the boiler started yesterday, making a banging noise', 'started yesterday', 1],
    ['the leak has been going on for a couple of weeks', 'for a couple of weeks', 14],
    ['mould has been growing over the past few months', 'over the past few months', 90],
    ['radiator cold for a fortnight now', 'for a fortnight now', 14],
    ['It’s been like this since Christmas', 'since Christmas', undefined],
    ['damp since we moved in', 'since we moved in', undefined],
    ['water coming through the ceiling, it began 3 days ago', 'began 3 days ago', 3],
    ['the toilet has been broken for ages', 'for ages', undefined],
    ["I've been waiting for weeks and it's been leaking for 3 days", 'for 3 days', 3],
    ['the heating has been off for 2 days and we have no hot water', 'for 2 days', 2],
  ])('%j → %j', (text, description, approximateDays) => {
    expect(findDuration(text)).toEqual(approximateDays === undefined ? { description } : { description, approximateDays });
  });

  it.each([
    ["I've been waiting for weeks for someone to come", 'a wait for the council is not how long the problem has lasted'],
    ['my bins have been missed 3 weeks in a row', 'a count of failures'],
    ["we're going away for 2 weeks, can you come after?", 'a plan'],
    ['I was in hospital for 2 weeks', 'something else that lasted'],
    ["I've been a council tenant for 10 years", 'how long the resident has lived there'],
    ["we've been living here for 3 years", 'how long the resident has lived there'],
    ['will it take 2 weeks to fix?', 'a question about the repair'],
    ['can someone come in 2 weeks', 'a time in the future'],
    ['it takes 3 days to dry out', 'a length that is not a duration of the problem'],
    ['since you asked, the tap is broken', '"since" meaning because'],
    ['the tap drips every few days', 'a frequency'],
    ['it has been like this for a while', 'too vague to fill'],
    ['my boiler is broken', 'no duration at all'],
  ])('%j → nothing (%s)', (text) => expect(findDuration(text)).toBeUndefined());
});
